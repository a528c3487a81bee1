// Pages that try Deal Lens's limits: words a reader cannot see, a text node larger than one message, a page that
// never stops changing.
import { expect, test, waitForScan } from './fixtures';
import {
  cardFrameBox,
  describeLayer,
  expectReportedCounts,
  highlightTexts,
  hoverHighlight,
  listMentions,
  openCard,
} from './page-layer';

const HIDDEN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hidden</title><style>
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .box { width: 0; height: 0; overflow: hidden; display: block; }
</style></head><body><article>
<p>Visible: Huawei works in Lima.</p>
<p style="display:none">Hidden: Google Cloud</p>
<p style="visibility:hidden">Hidden: Dina Boluarte</p>
<p style="opacity:0">Hidden: Nayib Bukele</p>
<p aria-hidden="true">Hidden: Claudia Sheinbaum</p>
<p hidden>Hidden: Thomas Kurian</p>
<p>Tiny: <span style="font-size:0">Amazon Web Services</span></p>
<p><span class="box">Boxed: Google Distributed Cloud</span></p>
<p><span class="sr-only">Screen readers only: Cointelegraph</span></p>
<details><summary>More</summary><p>Folded: El Salvador</p></details>
<p id="later" style="display:none">Revealed later: Mexique</p>
</article></body></html>`;

test('words a reader cannot see are never highlighted nor counted; shown later, they are', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  await page.goto(server.setPage('/crafted/hidden.html', HIDDEN));
  await waitForScan(page);
  expect(await highlightTexts(page)).toEqual(['Huawei', 'Lima']);
  const tabId = await tabIdOf(page);
  await expectReportedCounts(serviceWorker, tabId, { huawei: 1, lima: 1 });
  // The page reveals a paragraph it had hidden with a style: its mention is shown.
  await page.evaluate(() => document.getElementById('later')?.removeAttribute('style'));
  await expect.poll(() => highlightTexts(page)).toEqual(['Huawei', 'Lima', 'Mexique']);
  // So does a folded section the reader opens.
  await page.locator('summary').click();
  await expect.poll(() => highlightTexts(page)).toEqual(['Huawei', 'Lima', 'El Salvador', 'Mexique']);
  await waitForScan(page);
  await expectReportedCounts(serviceWorker, tabId, { huawei: 1, lima: 1, 'el-salvador': 1, mexico: 1 });
});

test('a 600,000-character text node before the article’s first mention: the article is still highlighted', async ({
  page,
  server,
  errors,
}) => {
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(10_600);
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Long</title></head><body><main><article>
    <div id="filler"></div><p>Huawei forme des jeunes au Pérou.</p></article></main>
    <script>document.getElementById('filler').textContent = ${JSON.stringify(filler)} + ' Google Cloud à la fin.';</script>
    </body></html>`;
  await page.goto(server.setPage('/crafted/long-node.html', html));
  expect(await page.evaluate(() => document.getElementById('filler')?.firstChild?.textContent?.length)).toBeGreaterThan(
    600_000,
  );
  await waitForScan(page, 30_000);
  expect(await highlightTexts(page)).toEqual(['Google Cloud', 'Huawei', 'Pérou']);
  errors.expectNone((e) => e.kind !== 'console' || !e.text.includes('favicon'));
});

test('a page with 4,000 mentions: all are listed, boxes are drawn only near the viewport and follow the reader', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  // The highlight layer draws boxes over the mentions near the viewport only (lib/highlight/overlay-painter.ts);
  // every mention is highlighted all the same: listed through the contract, and counted for the popup.
  const paragraphs = Array.from({ length: 2_000 }, (_, i) => `<p id="p${i}">Paragraphe ${i} : Huawei au Pérou.</p>`);
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Long</title></head><body><main><article>
    ${paragraphs.join('')}</article></main></body></html>`;
  await page.goto(server.setPage('/crafted/many-mentions.html', html));
  await waitForScan(page, 60_000);
  const tabId = await tabIdOf(page);
  await expectReportedCounts(serviceWorker, tabId, { huawei: 2_000, peru: 2_000 });
  expect(await listMentions(page)).toHaveLength(4_000);
  const drawnTexts = async () => {
    const { drawn } = await describeLayer(page);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    // Each paragraph's number is just before its mentions: "Paragraphe 12 : Huawei".
    return new Set(drawn.map((m) => /(\d+) : [^:]*$/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]));
  };
  await expect.poll(async () => (await drawnTexts()).has('0')).toBe(true);
  const atTop = await drawnTexts();
  expect(atTop.size).toBeLessThanOrEqual(100);
  expect(atTop.has('1999')).toBe(false);
  // The reader jumps to the end: the last paragraph's mentions get boxes, the first ones lose theirs.
  await page.mouse.move(200, 200);
  await page.mouse.wheel(0, 1_000_000);
  await expect.poll(async () => (await drawnTexts()).has('1999'), { timeout: 15_000 }).toBe(true);
  expect((await drawnTexts()).has('0')).toBe(false);
});

test('on a page that changes every 100 ms, a paragraph added later is highlighted all the same', async ({
  page,
  server,
}) => {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ticker</title></head><body><main><article>
    <p>Cours : <span id="clock">0</span></p><div id="feed"><p>Rien pour l'instant.</p></div></article></main>
    <script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 100);</script>
    </body></html>`;
  await page.goto(server.setPage('/crafted/ticker.html', html));
  await waitForScan(page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'AWS annonce une région au Mexique.';
    document.getElementById('feed')?.append(p);
  });
  // Without a maximum wait, every tick of the clock would push the scan back forever.
  await expect.poll(() => highlightTexts(page)).toEqual(['AWS', 'Mexique']);
});

test('a page whose policy forbids frames, styles and scripts still gets its highlights and cards', async ({
  page,
  server,
  extensionId,
  errors,
}) => {
  const url = server.setPage('/crafted/strict-csp.html', {
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP</title></head><body><article>
      <p>Huawei aurait conclu un accord avec le Pérou.</p></article></body></html>`,
    contentType: 'text/html; charset=utf-8',
    headers: {
      'Content-Security-Policy':
        "default-src 'none'; frame-src 'none'; child-src 'none'; style-src 'none'; script-src 'none'",
    },
  });
  await page.goto(url);
  await waitForScan(page);
  expect(await highlightTexts(page)).toEqual(['Huawei', 'Pérou']);
  await hoverHighlight(page, 'Huawei');
  const card = await openCard(page, extensionId);
  await expect(card).toContainText('Huawei × Peru');
  const box = await cardFrameBox(page, extensionId);
  expect(box?.width).toBe(380);
  expect(box?.height).toBeGreaterThan(100);
  errors.expectNone();
});
