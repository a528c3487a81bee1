// Content that appears later is highlighted as it appears, never twice; a scan runs only when the page changed.
import { expect, test, waitForScan } from './fixtures';
import { expectReportedCounts, highlightTexts } from './page-layer';

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
  serviceWorker,
  tabIdOf,
  errors,
}) => {
  await page.goto(server.setPage('/crafted/live.html', LIVE_BLOG));
  await page.locator('body[data-done="1"]').waitFor({ state: 'attached' });
  await expect
    .poll(() => highlightTexts(page))
    .toEqual([
      'Huawei',
      'Pérou',
      'Huawei',
      'Lima',
      'AWS',
      'Mexique',
      'Claudia Sheinbaum',
      'AWS',
      // A surname alone counts once the full name has appeared on the page.
      'Sheinbaum',
      // "Mexicains" is a nationality word, not a mention of Mexico (issue 15).
      'Google Cloud',
      'gouvernement du Salvador',
    ]);
  await waitForScan(page);
  await expectReportedCounts(serviceWorker, await tabIdOf(page), {
    huawei: 2,
    peru: 1,
    lima: 1,
    aws: 2,
    mexico: 1,
    'claudia-sheinbaum': 2,
    'google-cloud': 1,
    'government-of-el-salvador': 1,
  });
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
  expect(await page.locator('#feed').innerText()).toContain('09:15 — Sheinbaum parle de 400 000 Mexicains formés.');
  errors.expectNone();
});

const STATIC = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title><script>
  // The page records every state Deal Lens shows, from before the content script starts.
  window.states = [];
  new MutationObserver(() => states.push(document.documentElement.dataset.dealLens)).observe(
    document.documentElement, { attributes: true, attributeFilter: ['data-deal-lens'] });
</script></head><body><article><p>Huawei et le Pérou.</p><div id="more"></div></article></body></html>`;

test('a scan runs once per page change, and reads only the new text', async ({ page, server }) => {
  await page.goto(server.setPage('/crafted/static.html', STATIC));
  await waitForScan(page);
  expect(await highlightTexts(page)).toEqual(['Huawei', 'Pérou']);
  // One change of the page, then a sentinel we can wait for: the new mention painted.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'AWS aussi.';
    document.getElementById('more')?.append(p);
  });
  await expect.poll(() => highlightTexts(page)).toEqual(['Huawei', 'Pérou', 'AWS']);
  await waitForScan(page);
  // Exactly two scans so far: the page load and the one change; none triggered by our own painting.
  expect(await page.evaluate(() => (window as unknown as { states: string[] }).states)).toEqual([
    'scanning',
    'ready',
    'scanning',
    'ready',
  ]);
});

const SPA = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>SPA</title></head><body>
<nav><a id="next" href="/crafted/spa/second">Article suivant</a></nav><main id="view"><article><h1>Huawei au Pérou</h1>
<p>Huawei forme des jeunes au Pérou.</p></article></main><script>
  document.getElementById('next').addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState({}, '', '/crafted/spa/second');
    document.getElementById('view').innerHTML =
      '<article><h1>AWS au Mexique</h1><p>Claudia Sheinbaum salue l’investissement d’AWS.</p></article>';
  });
</script></body></html>`;

test('a single-page app: the next article replaces the first, and its highlights and report follow', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  await page.goto(server.setPage('/crafted/spa/first.html', SPA));
  await waitForScan(page);
  expect(await highlightTexts(page)).toEqual(['Huawei', 'Pérou', 'Huawei', 'Pérou']);
  await page.locator('#next').click();
  await expect.poll(() => highlightTexts(page)).toEqual(['AWS', 'Mexique', 'Claudia Sheinbaum', 'AWS']);
  const tabId = await tabIdOf(page);
  await expectReportedCounts(serviceWorker, tabId, { aws: 2, mexico: 1, 'claudia-sheinbaum': 1 });
  const url = await serviceWorker.evaluate(async (id) => {
    type Session = { storage: { session: { get(key: string): Promise<Record<string, { url?: string }>> } } };
    const key = `tab-state-${id}`;
    return (await (globalThis as unknown as { chrome: Session }).chrome.storage.session.get(key))[key]?.url;
  }, tabId);
  expect(url).toMatch(/\/crafted\/spa\/second$/);
});
