// Issue 23, item 3: the toolbar badge counts the new and differing figures of a page that reports a deal of the
// store — read after the page's scan, with nothing the page can see — and the reader's setting turns it off.
import { AWS_MEXICO_UPDATE } from '../support/page-figures-demo';
import { expect, test, waitForScan } from './fixtures';
import { hoverHighlight, openCard } from './page-layer';
import { setSettings } from './store-writes';

test('the toolbar badge shows how many figures the page adds, and the setting turns it off', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
  context,
  extensionId,
}) => {
  const badgeOf = (tabId: number) =>
    serviceWorker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
          }
        ).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
  // Off by default (docs/privacy.md): the reader turns it on in the settings.
  await setSettings(context, extensionId, { badge: true });
  await page.goto(server.setPage('/crafted/aws-mexico-badge.html', AWS_MEXICO_UPDATE));
  await page.evaluate(() => {
    const seen: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type}:${r.attributeName ?? ''}:${r.target.nodeName}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    Object.assign(window, { seenByPage: seen });
  });
  await waitForScan(page);
  const tabId = await tabIdOf(page);
  // One figure differs (9,000 jobs a year) and two are new (three availability zones, $300 million).
  await expect.poll(() => badgeOf(tabId), { timeout: 15_000 }).toBe('3');
  expect(await page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage)).toEqual([]);

  // The card of AWS says what this page adds about it and its deals: "new on this page".
  await hoverHighlight(page, 'AWS');
  const card = await openCard(page, extensionId);
  const added = card.locator('[data-new-on-page]');
  await expect(added).toHaveCount(2);
  await expect(added.first()).toContainText('new on this page');
  await expect(card.locator('.dl-new-on-page')).toContainText('three availability zones');
  await expect(card.locator('.dl-new-on-page')).toContainText('$300 million');
  await page.mouse.move(5, 5);

  // A page that names nothing of the store has no badge.
  await page.goto(
    server.setPage(
      '/crafted/no-deal.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><article><p>${'Rain is expected on Tuesday across the valley, with 12 millimetres by evening. '.repeat(8)}</p></article></body></html>`,
    ),
  );
  await waitForScan(page);
  await expect.poll(() => badgeOf(tabId)).toBe('');

  // Turned off in the settings: the article brings no number.
  await setSettings(context, extensionId, { badge: false });
  await page.goto(server.setPage('/crafted/aws-mexico-badge.html', AWS_MEXICO_UPDATE));
  await waitForScan(page);
  await page.waitForTimeout(3000);
  expect(await badgeOf(tabId)).toBe('');
});
