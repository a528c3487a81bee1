// Issue 21 parts 3–4: the saved-article review page — grouped, compact, accept or discard by group or by item,
// edit in place, marks against the store, keyboard and axe; and adding what extraction missed by selecting it.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { REVIEW_STORY, REVIEW_STORY_TITLE } from './review-fixture';

/** A common laptop viewport: the height the issue measured (about 4,000 px) was read at this width. */
const VIEWPORT = { width: 1280, height: 800 };

/** Saves the story from the popup and opens its review page, as a reader does. */
async function openReview(
  context: BrowserContext,
  page: Page,
  url: string,
  openPopup: (tabId?: number) => Promise<Page>,
  tabIdOf: (p: Page) => Promise<number>,
): Promise<Page> {
  await page.goto(url);
  await waitForScan(page);
  const popup = await openPopup(await tabIdOf(page));
  await popup.getByRole('button', { name: 'Save this article' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  const [review] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Review the article' }).click(),
  ]);
  await review.setViewportSize(VIEWPORT);
  await expect(review.getByRole('heading', { level: 1 })).toHaveText(REVIEW_STORY_TITLE);
  await expect(review.locator('[data-candidate-deal]').first()).toBeVisible();
  await popup.close();
  return review;
}

test('the review page fits: grouped, about a screen and a half tall, axe clean', async ({
  context,
  page,
  server,
  openPopup,
  tabIdOf,
  errors,
}) => {
  test.setTimeout(90_000);
  const review = await openReview(
    context,
    page,
    server.setPage('/crafted/review/fits.html', REVIEW_STORY),
    openPopup,
    tabIdOf,
  );
  const height = await review.evaluate(() => document.documentElement.scrollHeight);
  const shot = process.env.REVIEW_SHOT;
  if (shot) await review.screenshot({ path: `docs/review-${shot}.png`, fullPage: true });
  test.info().annotations.push({ type: 'page height', description: `${height} px at 1280×800` });
  console.log(`review page height: ${height} px at 1280×800`);
  if (shot === 'before') return;

  for (const group of ['Deal', 'Figures', 'Names']) {
    await expect(review.getByRole('region', { name: new RegExp(`^${group}`) })).toBeVisible();
  }
  expect(height).toBeLessThanOrEqual(1800);
  const results = await new AxeBuilder({ page: review }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  errors.expectNone();
});
