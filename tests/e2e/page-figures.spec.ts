// Issue 23: the popup's "On this page" tells which of the page's figures the reader already has (known), which
// are new, and which contradict the store (differs) — on a page that reports the seed deal AWS × Mexico again,
// with one figure changed. The page is read by the extension without the page learning anything.
import AxeBuilder from '@axe-core/playwright';
import { AWS_MEXICO_UPDATE, AWS_MEXICO_UPDATE_STATUSES } from '../support/page-figures-demo';
import { expect, test, waitForScan } from './fixtures';

test('"On this page" marks the page’s figures known, new or differing, differing first', async ({
  page,
  server,
  openPopup,
  tabIdOf,
}) => {
  await page.goto(server.setPage('/crafted/aws-mexico-update.html', AWS_MEXICO_UPDATE));
  await waitForScan(page);
  // Everything the page could see of the reading: changes to its tree, and its own timeline.
  await page.evaluate(() => {
    const seen: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type}:${r.attributeName ?? ''}:${r.target.nodeName}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    // The entries a script can make or cause by fetching (marks, measures, resources); the browser's own frame
    // timings (long animation frames, paints) follow the machine's load, not what the extension read.
    const made = () => performance.getEntries().filter((e) => ['mark', 'measure', 'resource'].includes(e.entryType));
    Object.assign(window, { seenByPage: seen, entriesMade: made, entriesBefore: made().length });
  });

  const popup = await openPopup(await tabIdOf(page));
  const rows = popup.locator('[data-page-figure]');
  await expect(rows).toHaveCount(6);
  await expect(popup.locator('[data-page-figures="ready"]')).toBeVisible();
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(
    AWS_MEXICO_UPDATE_STATUSES,
  );

  // Differs: the page's value and sentence beside the store's value, sentence and source.
  const differs = popup.locator('[data-page-figure][data-status="differs"]');
  await expect(differs).toContainText('9,000 jobs a year');
  await expect(differs).toContainText('The AWS project will create some 9,000 jobs a year');
  await expect(differs.locator('.dl-pf-stored-value')).toHaveText('7,000');
  await expect(differs).toContainText('créera plus de 7 000 emplois par an');
  // The seed's source has no address: its publisher and date, not a link.
  await expect(differs.locator('.dl-pf-source')).toHaveText('Forbes Mexico, 14 January 2025');
  await expect(differs).toContainText('AWS × Mexico');

  // New: only the page has them.
  const fresh = popup.locator('[data-page-figure][data-status="new"]');
  await expect(fresh.nth(0)).toContainText('three availability zones');
  await expect(fresh.nth(1)).toContainText('$300 million');
  await expect(fresh.locator('.dl-pf-stored-value')).toHaveCount(0);

  // Known: the store's value and its source.
  const known = popup.locator('[data-page-figure][data-status="known"]');
  await expect(known.filter({ hasText: '400,000 Mexicans' })).toHaveCount(1);
  await expect(known.filter({ hasText: '$10 million' })).toHaveCount(1);
  await expect(known.filter({ hasText: '15 years' })).toHaveCount(1);
  await expect(known.filter({ hasText: '400,000 Mexicans' }).locator('.dl-pf-stored-value')).toContainText(
    'In your store: 400,000',
  );
  await expect(popup.locator('.dl-pf-summary')).toHaveText('1 differing · 2 new · 3 known');

  // Keyboard: Tab reaches a figure's source; Enter opens the stored sentence.
  let inFigure = false;
  for (let i = 0; i < 40 && !inFigure; i++) {
    await popup.keyboard.press('Tab');
    inFigure = await popup.evaluate(
      () => document.activeElement?.tagName === 'SUMMARY' && !!document.activeElement.closest('[data-page-figure]'),
    );
  }
  expect(inFigure).toBe(true);
  await popup.keyboard.press('Enter');
  await expect(popup.locator('[data-page-figure] details[open] .dl-quote')).toHaveCount(1);

  const axe = await new AxeBuilder({ page: popup }).include('.dl-on-page').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // The page learnt nothing: no change to its tree, no mark, measure or request in its timeline.
  const seen = await page.evaluate(() => {
    const w = window as unknown as { seenByPage: string[]; entriesMade: () => unknown[]; entriesBefore: number };
    return { mutations: w.seenByPage, newEntries: w.entriesMade().length - w.entriesBefore };
  });
  expect(seen).toEqual({ mutations: [], newEntries: 0 });

  // "Show on the page": the page scrolls to the figure and has it selected (the reader's own act, like a click).
  await differs.getByRole('button', { name: 'Show “9,000 jobs a year” on the page' }).click();
  await expect
    .poll(() => page.evaluate(() => getSelection()?.toString().replace(/\s+/g, ' ')))
    .toBe('9,000 jobs a year');
});

test('"On this page" says so when the page is too short to be an article', async ({
  page,
  server,
  openPopup,
  tabIdOf,
}) => {
  await page.goto(
    server.setPage(
      '/crafted/aws-brief.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Brief</title></head><body><p>AWS and Mexico.</p></body></html>',
    ),
  );
  await waitForScan(page);
  const popup = await openPopup(await tabIdOf(page));
  await expect(popup.locator('[data-page-figures="failed"]')).toHaveText(
    'No article found on this page: no figure to compare.',
  );
  await expect(popup.locator('[data-page-figure]')).toHaveCount(0);
});
