// Issue 20 end to end: a reader saves two outlets' articles on a deal the store does not have, from real news
// pages of the annotated corpus (tests/fixtures/deal-corpus), and takes the one-click default each time. The
// first creates the deal with its headline and leaves the seed deal of the same company alone; the second is
// filed under that deal, its restated figures confirming the first outlet's instead of adding copies.
import type { Page } from '@playwright/test';
import { dealStoryPages, loadDealStories } from '../support/deal-corpus';
import { expect, test, waitForScan } from './fixtures';
import { readStoreTable } from './store-reads';

const story = loadDealStories(['dev']).find((s) => s.id === 'aws-chile-region');
if (!story) throw new Error('the corpus has no aws-chile-region story');
const [first, second] = dealStoryPages([story]);

test('two outlets on an unseen deal: one click creates it, the second outlet is filed under it', async ({
  context,
  page,
  server,
  openPopup,
  tabIdOf,
  errors,
  externalRequests,
}) => {
  // Two saves with their extraction and proposal, two review pages: about 10 s alone, more on two busy cores.
  test.setTimeout(90_000);
  if (!first || !second) throw new Error('the story has two outlets');

  /** Saves the page from the popup, opens its review page and clicks the first proposal's first button. */
  async function saveAndFile(path: string, html: string): Promise<Page> {
    await page.goto(server.setPage(path, html));
    await waitForScan(page);
    const popup = await openPopup(await tabIdOf(page));
    await popup.getByRole('button', { name: /Save this article|Save again/ }).click();
    await expect(popup.getByRole('status')).toContainText('Saved');
    const [review] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Review the article' }).click(),
    ]);
    await expect(review.locator('[data-candidate-deal]').first()).toBeVisible();
    await review.locator('[data-candidate-deal]').first().getByRole('button').first().click();
    await expect(review.getByRole('status')).toBeVisible();
    return review;
  }

  const review = await saveAndFile(first.path, first.html);
  await expect(review.getByRole('status')).toContainText('Created “Amazon Web Services × Chile”');
  const deals = await readStoreTable(review, 'deals');
  const chile = deals.find((d) => d.title === 'Amazon Web Services × Chile');
  expect(chile?.headline).toMatchObject({ value: 2.5e9, unit: 'USD' });
  // The seed deal of the same company is untouched: its sources are the seed article's alone.
  expect(deals.find((d) => d.id === 'aws-mexico')?.sourceArticles).toEqual(['seed-aws-mexico']);

  const again = await saveAndFile(second.path, second.html);
  await expect(again.getByRole('status')).toContainText('under “Amazon Web Services × Chile”');
  const after = await readStoreTable(again, 'deals');
  expect(after.filter((d) => String(d.title).includes('Chile'))).toHaveLength(1);
  expect(after.find((d) => d.id === chile?.id)?.sourceArticles).toHaveLength(2);
  // The second outlet restates the first outlet's headline amount: the fact gains a source, no copy is filed.
  const facts = await readStoreTable(again, 'facts');
  const investment = facts.filter(
    (f) => (f.subject as { id: string }).id === chile?.id && f.value === 2.5e9 && f.unit === 'USD',
  );
  expect(investment).toHaveLength(1);
  expect(investment[0]?.confirmations).toHaveLength(1);

  errors.expectNone();
  externalRequests.expectNone();
});
