// Issue 3: content that appears later is highlighted as it appears, never twice; the extension's own changes
// never trigger a rescan.
import { expect, test, waitForScan } from './fixtures';

const LIVE_BLOG = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Direct</title></head>
<body><main><article><h1>En direct : Huawei au Pérou</h1><div id="feed"><p>09:00 — Huawei arrive à Lima.</p></div></article></main>
<script>
  const updates = [
    '09:05 — AWS annonce une région au Mexique.',
    '09:10 — Claudia Sheinbaum salue l’accord avec AWS.',
    '09:15 — Sheinbaum parle de 400 000 Mexicains formés.',
    '09:20 — Google Cloud et le gouvernement du Salvador signent.',
  ];
  let i = 0;
  const timer = setInterval(() => {
    const p = document.createElement('p');
    p.textContent = updates[i++];
    document.getElementById('feed').append(p);
    if (i === updates.length) { clearInterval(timer); document.body.dataset.done = '1'; }
  }, 400);
</script></body></html>`;

test('a live blog: new paragraphs are highlighted as they arrive, old ones are not doubled', async ({
  page,
  server,
  errors,
}) => {
  await page.goto(server.setPage('/crafted/live.html', LIVE_BLOG));
  await page.locator('body[data-done="1"]').waitFor({ state: 'attached' });
  await expect
    .poll(() =>
      page
        .locator('deal-lens-mark')
        .evaluateAll((ms) => ms.map((m) => `${m.getAttribute('data-entity')}:${m.textContent}`)),
    )
    .toEqual([
      'huawei:Huawei',
      'peru:Pérou',
      'huawei:Huawei',
      'lima:Lima',
      'aws:AWS',
      'mexico:Mexique',
      'claudia-sheinbaum:Claudia Sheinbaum',
      'aws:AWS',
      // A surname alone counts once the full name has appeared on the page.
      'claudia-sheinbaum:Sheinbaum',
      'mexico:Mexicains',
      'google-cloud:Google Cloud',
      'government-of-el-salvador:gouvernement du Salvador',
    ]);
  await waitForScan(page);
  // Nested marks would mean a rescan of highlighted text.
  expect(await page.locator('deal-lens-mark deal-lens-mark').count()).toBe(0);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
  expect(await page.locator('#feed').innerText()).toContain('09:15 — Sheinbaum parle de 400 000 Mexicains formés.');
  errors.expectNone();
});

test('the scan settles: with no page change, nothing more is sent or wrapped', async ({ page, server }) => {
  await page.goto(
    server.setPage('/crafted/static.html', '<!doctype html><article><p>Huawei et le Pérou.</p></article>'),
  );
  await waitForScan(page);
  const marks = await page.locator('deal-lens-mark').count();
  const slices = await page.evaluate(() => performance.getEntriesByName('deal-lens:slice').length);
  await page.waitForTimeout(1_000);
  expect(await page.locator('deal-lens-mark').count()).toBe(marks);
  expect(await page.evaluate(() => performance.getEntriesByName('deal-lens:slice').length)).toBe(slices);
});
