// Issue 22: what a page can learn from a card the reader opens, and what it can make the card do. The card has
// one size whatever the store holds; it acts on a click only when it was really visible and still; and in the
// "only when I hold Alt" mode a pointer resting on a known name changes nothing a page can observe.
import type { Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { cardFrame, cardFrameBox, hasCardFrame, hoverHighlight, openCard, readHighlights } from './page-layer';
import { putRecords, setSettings, userArticle, userEntity, userFact } from './store-writes';

/** A page with one name at a fixed place (monospace: two names of one length have one box). */
const onePage = (name: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<style>body { font: 18px/1.5 monospace; margin: 40px; }</style></head><body><article>
<p>Yesterday <span id="name">${name}</span> opened an office downtown.</p></article></body></html>`;

/** Where the page's own hit tests find something of ours: a 10 px grid over the viewport. */
function hitMap(page: Page) {
  return page.evaluate(() => {
    const hits: string[] = [];
    for (let y = 0; y < innerHeight; y += 10)
      for (let x = 0; x < innerWidth; x += 10) {
        const top = document.elementFromPoint(x, y);
        if (top && /^x[a-z0-9]{10}-[a-z0-9]{6}$/.test(top.localName)) hits.push(`${x},${y}`);
      }
    return hits;
  });
}

test('a card has one size and one footprint whatever the store holds about the name', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  const longNote = 'A private note the reader wrote, long enough to fill a card. '.repeat(6);
  await putRecords(context, extensionId, {
    entities: [userEntity('alpha-corp', 'Alpha Corp', 'company'), userEntity('omega-corp', 'Omega Corp', 'company')],
    facts: Array.from({ length: 12 }, (_, i) => userFact(`omega-fact-${i}`, 'omega-corp', longNote, i + 1)),
  });
  const measure = async (name: string) => {
    await page.goto(server.setPage(`/crafted/card-size-${name.split(' ')[0]}.html`, onePage(name)));
    await waitForScan(page);
    await hoverHighlight(page, name);
    const card = await openCard(page, extensionId);
    const frame = await cardFrame(page, extensionId);
    const scrolls = await frame.evaluate(() => {
      const el = document.querySelector('.dl-card') as HTMLElement;
      return el.scrollHeight > el.clientHeight;
    });
    return {
      box: await cardFrameBox(page, extensionId),
      hits: await hitMap(page),
      scrolls,
      text: (await card.textContent()) ?? '',
    };
  };
  const empty = await measure('Alpha Corp');
  const full = await measure('Omega Corp');
  // The full card holds much more, and scrolls inside…
  expect(full.text.length).toBeGreaterThan(empty.text.length * 5);
  expect(full.scrolls).toBe(true);
  expect(empty.scrolls).toBe(false);
  // …in the same frame, at the same place, with the same footprint for the page's hit tests.
  expect(full.box).toEqual(empty.box);
  expect(full.hits).toEqual(empty.hits);
  expect(empty.hits.length).toBeGreaterThan(100);
});

test('a card covered by the page refuses the click; uncovered and still, it takes it', async ({
  page,
  server,
  context,
  extensionId,
}) => {
  await putRecords(context, extensionId, {
    entities: [userEntity('secret-corp', 'Secret Corp', 'company')],
    articles: [userArticle('secret-source', 'https://source.example/story')],
    facts: [userFact('secret-fact', 'secret-corp', 'A private note.', 7, 'secret-source')],
  });
  await page.goto(server.setPage('/crafted/covered.html', onePage('Secret Corp')));
  await waitForScan(page);
  await hoverHighlight(page, 'Secret Corp');
  await openCard(page, extensionId);
  const frame = await cardFrame(page, extensionId);
  const box = await cardFrameBox(page, extensionId);
  if (!box) throw new Error('no card box');
  const close = await frame.locator('.dl-close').boundingBox();
  const link = frame.locator('.dl-source a').first();
  const linkBox = await link.boundingBox();
  if (!close || !linkBox) throw new Error('no close button or source link in the card');
  const notice = frame.locator('.dl-guard-notice');

  // The page lays a decoy over the card that lets clicks through to it (the classic clickjacking set-up).
  await page.evaluate((b) => {
    const decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.textContent = 'Click here to win!';
    decoy.style.cssText = `position: fixed; left: ${b.x}px; top: ${b.y}px; width: ${b.width}px; height: ${b.height}px;
      background: white; z-index: 2147483647; pointer-events: none;`;
    document.documentElement.append(decoy);
  }, box);
  await page.waitForTimeout(500);
  // The click on the close button's spot reaches the card, which refuses it and says why.
  await page.mouse.move(close.x + close.width / 2, close.y + close.height / 2, { steps: 3 });
  await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not check that this card was fully visible');
  expect(hasCardFrame(page, extensionId)).toBe(true);
  // A source link opens no source: only the extension's own confirmation tab, out of the page's reach.
  const opened = context.waitForEvent('page');
  await page.mouse.click(linkBox.x + 4, linkBox.y + linkBox.height / 2);
  const confirmation = await opened;
  await expect(confirmation).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/open-link\\.html\\?url=`));
  await expect(confirmation.getByRole('heading', { name: 'Open this link?' })).toBeVisible();
  await confirmation.close();

  // The decoy goes: once the card has been seen, still, for a moment, the same click closes it.
  await page.bringToFront();
  await page.evaluate(() => document.getElementById('decoy')?.remove());
  await page.mouse.move(close.x + close.width / 2, close.y + close.height / 2, { steps: 2 });
  await page.waitForTimeout(700);
  await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
  await expect.poll(() => hasCardFrame(page, extensionId)).toBe(false);
});

test('a card the page slides under the pointer just before the click refuses it', async ({
  page,
  server,
  extensionId,
}) => {
  const filler = '<p>Filler paragraph that gives the page room to scroll.</p>'.repeat(40);
  await page.goto(
    server.setPage(
      '/crafted/slide.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><article>
       ${filler}<p>Huawei opened a cloud region in Lima.</p>${filler}</article></body></html>`,
    ),
  );
  await waitForScan(page);
  await hoverHighlight(page, 'Huawei');
  await openCard(page, extensionId);
  const frame = await cardFrame(page, extensionId);
  const close = await frame.locator('.dl-close').boundingBox();
  if (!close) throw new Error('no close button');
  await page.mouse.move(close.x + close.width / 2, close.y + close.height / 2, { steps: 3 });
  await page.waitForTimeout(700);
  // The page scrolls itself by a few pixels: the card follows its mention, and the click right after is refused.
  await page.evaluate(() => window.scrollBy(0, 6));
  await expect.poll(async () => (await frame.locator('.dl-close').boundingBox())?.y).not.toBe(close.y);
  const moved = await frame.locator('.dl-close').boundingBox();
  if (!moved) throw new Error('no close button');
  await page.mouse.click(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await expect(frame.locator('.dl-guard-notice')).toContainText('moved just before your click');
  expect(hasCardFrame(page, extensionId)).toBe(true);
});

test('"only when I hold Alt": resting on a known name changes nothing the page sees; Alt+hover and keys open', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await setSettings(context, extensionId, { cardTrigger: 'alt' });
  await page.goto(server.setPage('/crafted/alt.html', onePage('Huawei')));
  await waitForScan(page);
  // The page watches everything it can, from now on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type}:${(r.target as Element).localName}:${r.attributeName ?? ''}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout', 'blur'])
      addEventListener(type, (e) => seen.push(`${type}:${(e.target as Element)?.localName ?? 'window'}`), true);
  });
  const hits = await hitMap(page);
  await hoverHighlight(page, 'Huawei');
  await page.mouse.move(((await page.locator('#name').boundingBox())?.x ?? 0) + 20, 68, { steps: 4 });
  await page.waitForTimeout(1_000);
  expect(hasCardFrame(page, extensionId)).toBe(false);
  expect((await readHighlights(page)).filter((h) => h.kind === 'active')).toEqual([]);
  expect(await hitMap(page)).toEqual(hits);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((s) => !s.startsWith('pointer'))).toEqual([]);

  // Holding Alt over the name opens its card.
  await page.keyboard.down('Alt');
  await hoverHighlight(page, 'Huawei');
  await expect(await openCard(page, extensionId)).toContainText('Huawei');
  await page.keyboard.up('Alt');
  await page.mouse.move(2, 2, { steps: 2 });
  await expect.poll(() => hasCardFrame(page, extensionId)).toBe(false);

  // The keyboard walk works in this mode too.
  await page.keyboard.press('Alt+Shift+K');
  await expect.poll(async () => (await readHighlights(page)).filter((h) => h.kind === 'active').length).toBe(1);
  await page.keyboard.press('Enter');
  await expect(await openCard(page, extensionId)).toContainText('Huawei');
});
