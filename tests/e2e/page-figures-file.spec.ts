// Issue 23, item 2: one click from a row of "On this page". "Add to AWS × Mexico" files a new figure under the
// deal with the page as its source (saving the page, not saved yet, first); "Mark as newer" makes the page's
// differing figure the current value while the old one stays, with its source, as history. Opened again, the
// popup calls both figures known, and the page learnt nothing of it.
import { AWS_MEXICO_UPDATE } from '../support/page-figures-demo';
import { expect, test, waitForScan } from './fixtures';

test('"Add to <deal>" and "Mark as newer" file the page’s figures with one click', async ({
  page,
  server,
  openPopup,
  tabIdOf,
}) => {
  await page.goto(server.setPage('/crafted/aws-mexico-file.html', AWS_MEXICO_UPDATE));
  await waitForScan(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type}:${r.attributeName ?? ''}:${r.target.nodeName}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    Object.assign(window, { seenByPage: seen });
  });
  const tabId = await tabIdOf(page);
  const popup = await openPopup(tabId);
  await expect(popup.locator('[data-page-figure]')).toHaveCount(6);
  // Known figures have nothing to file.
  await expect(popup.locator('[data-page-figure][data-status="known"] [data-file-figure]')).toHaveCount(0);

  // New: "Add to AWS × Mexico", by keyboard.
  const zones = popup.locator('[data-page-figure][data-status="new"]', { hasText: 'three availability zones' });
  const add = zones.getByRole('button', {
    name: 'Add “three availability zones” to AWS × Mexico, with this page as its source',
  });
  await expect(add).toHaveText('Add to AWS × Mexico');
  await add.focus();
  await popup.keyboard.press('Enter');
  await expect(zones.locator('[data-filed="added"]')).toHaveText(
    'Added to AWS × Mexico, with this page as its source.',
  );

  // Differs: "Mark as newer".
  const jobs = popup.locator('[data-page-figure][data-status="differs"]', { hasText: '9,000 jobs a year' });
  await jobs.getByRole('button', { name: /^Mark “9,000 jobs a year” as newer than 7,000/ }).click();
  await expect(jobs.locator('[data-filed="newer"]')).toHaveText(
    'Now the current value; 7,000 stays in the history with its source.',
  );

  // What the store holds: the page saved as an article, both figures filed from it, the old value kept.
  const stored = await popup.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    type F = { id: string; value?: number; articleId: string; supersededBy?: string; subject: { id: string } };
    const facts = await all<F>('facts');
    const articles = await all<{ id: string; url?: string }>('articles');
    db.close();
    const article = articles.find((a) => a.url?.endsWith('/crafted/aws-mexico-file.html'));
    return {
      saved: article !== undefined,
      fromPage: facts
        .filter((f) => f.articleId === article?.id)
        .map((f) => [f.subject.id, f.value])
        .sort(),
      old: facts.find((f) => f.id === 'aws-mexico-jobs-per-year'),
      newJobs: facts.find((f) => f.articleId === article?.id && f.value === 9000)?.id,
    };
  });
  expect(stored.saved).toBe(true);
  expect(stored.fromPage).toEqual([
    ['aws-mexico', 3],
    ['aws-mexico', 9000],
  ]);
  expect(stored.old?.value).toBe(7000);
  expect(stored.old?.supersededBy).toBe(stored.newJobs);

  // Opened again: both are now what the reader knows; nothing differs.
  await popup.close();
  const again = await openPopup(tabId);
  await expect(again.locator('[data-page-figures="ready"]')).toBeVisible();
  await expect(again.locator('[data-page-figure][data-status="differs"]')).toHaveCount(0);
  await expect(again.locator('[data-page-figure][data-status="known"]', { hasText: '9,000 jobs a year' })).toHaveCount(
    1,
  );
  await expect(
    again.locator('[data-page-figure][data-status="known"]', { hasText: 'three availability zones' }),
  ).toHaveCount(1);

  expect(await page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage)).toEqual([]);
});
