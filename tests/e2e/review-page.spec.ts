// Issue 21 parts 3–4: the saved-article review page — grouped, compact, accept or discard by group or by item,
// edit in place, marks against the store, keyboard and axe; and adding what extraction missed by selecting it.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { REVIEW_SECOND_STORY, REVIEW_SECOND_TITLE, REVIEW_STORY, REVIEW_STORY_TITLE } from './review-fixture';

/** A common laptop viewport: the height the issue measured (about 4,000 px) was read at this width. */
const VIEWPORT = { width: 1280, height: 800 };

/** Saves the story from the popup and opens its review page, as a reader does. */
async function openReview(
  context: BrowserContext,
  page: Page,
  url: string,
  openPopup: (tabId?: number) => Promise<Page>,
  tabIdOf: (p: Page) => Promise<number>,
  title = REVIEW_STORY_TITLE,
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
  await expect(review.getByRole('heading', { level: 1 })).toHaveText(title);
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

  // A narrow window: one column, nothing wider than the window.
  await review.setViewportSize({ width: 600, height: 800 });
  expect(await review.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
  errors.expectNone();
});

test('group by group from the keyboard: a name edited in place, all names added, all figures discarded, the deal filed', async ({
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
    server.setPage('/crafted/review/groups.html', REVIEW_STORY),
    openPopup,
    tabIdOf,
  );
  const names = review.getByRole('region', { name: /^Names/ });
  const figures = review.getByRole('region', { name: /^Figures/ });

  // Edit in place: the ministry's whole name, typed from the keyboard, then added with its own button.
  const ministry = names.locator('[data-candidate-entity="Ministry of Industry"]');
  await ministry.getByLabel('Name').fill('Ministry of Industry, Energy and Mining');
  await ministry.getByLabel('Aliases (comma-separated)').fill('MIEM');
  await ministry.getByLabel('Name').press('Tab');
  await expect(ministry.getByLabel('Kind')).toBeFocused();
  await ministry.getByRole('button', { name: 'Add' }).focus();
  await review.keyboard.press('Enter');
  await expect(review.getByRole('status')).toHaveText('1 names added: highlighted on every page from now on.');
  await expect(ministry).toHaveCount(0);

  // Every proposed name's row carries a mark, and the store's own names are listed once, marked "in store".
  await expect(names.locator('li[data-mark="new"]')).toHaveCount(7);
  await expect(names.getByText(/Already in your store: .*Ministry of Industry, Energy and Mining/)).toBeVisible();

  // "Accept all" of the names, reached with Tab alone from the top of the page.
  await review.locator('h1').click();
  const acceptNames = names.getByRole('button', { name: /^Accept all/ });
  let presses = 0;
  while (!(await acceptNames.evaluate((b) => b === document.activeElement)) && presses < 120) {
    await review.keyboard.press('Tab');
    presses++;
  }
  await expect(acceptNames).toBeFocused();
  await review.keyboard.press('Enter');
  await expect(review.getByRole('status')).toHaveText('7 names added: highlighted on every page from now on.');
  await expect(names.locator('li')).toHaveCount(0);

  // File the deal with its group's "accept all": its figures are then filed from this article, marked "in store".
  await review
    .getByRole('region', { name: /^Deal/ })
    .getByRole('button', { name: /^Accept all/ })
    .click();
  await expect(review.getByRole('status')).toContainText('Created “Nordwind Data × Uruguay”');
  await expect(review.locator('[data-candidate-deal]')).toHaveCount(0);
  await expect(figures.locator('li[data-filed-fact][data-mark="in-store"]').first()).toBeVisible();

  // Then discard all the figures left.
  const left = await figures.locator('[data-candidate-fact]').count();
  expect(left).toBeGreaterThan(0);
  await figures.getByRole('button', { name: /^Discard all/ }).click();
  await expect(review.getByRole('status')).toHaveText(`${left} discarded.`);
  await expect(figures.locator('[data-candidate-fact]')).toHaveCount(0);
  errors.expectNone();
});

test('add what was missed: a selected figure and a selected name join the review; axe clean with the bar open', async ({
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
    server.setPage('/crafted/review/selection.html', REVIEW_STORY),
    openPopup,
    tabIdOf,
  );
  const select = (words: string) =>
    review.evaluate((target) => {
      const panel = document.querySelector('.dl-text-panel') as HTMLElement;
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(target) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`“${target}” is not in the saved text`);
    }, words);
  const bar = review.getByRole('region', { name: 'Add the selection' });
  const figures = review.getByRole('region', { name: /^Figures/ });

  // Extraction does not read "half a percentage point"; the reader selects it and adds it as a figure.
  await expect(figures.locator('[data-candidate-fact]').filter({ hasText: '0.5' })).toHaveCount(0);
  await select('half a percentage point');
  await expect(bar).toContainText('Selected: “half a percentage point”');
  const axe = await new AxeBuilder({ page: review }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await bar.getByRole('button', { name: 'Add as figure' }).click();
  await expect(review.getByRole('status')).toHaveText(
    'Figure “half a percentage point” added at the top of the figures.',
  );
  await expect(bar).toHaveCount(0);
  const added = figures.locator('[data-candidate-fact]').first();
  await expect(added).toContainText('Analysts at Pampa Research estimate the campus could add half a percentage point');
  await expect(added.getByLabel('Measure').locator('option:checked')).toHaveText('Change in percentage points');

  // A name: the analysts' firm, selected and added as a company; its proposal is settled with it.
  await expect(review.locator('[data-candidate-entity="Pampa Research"]')).toHaveCount(1);
  await select('Pampa Research');
  await bar.getByLabel('Kind of name').selectOption('company');
  await bar.getByRole('button', { name: 'Add as name' }).click();
  await expect(review.getByRole('status')).toHaveText('Added “Pampa Research” (Company).');
  await expect(review.locator('[data-candidate-entity="Pampa Research"]')).toHaveCount(0);
  await expect(review.locator('mark.dl-mention').filter({ hasText: 'Pampa Research' })).toHaveCount(1);

  // A selection with no figure in it says so, and adds nothing.
  const before = await figures.locator('[data-candidate-fact]').count();
  await select('clean power');
  await bar.getByRole('button', { name: 'Add as figure' }).click();
  await expect(review.getByRole('status')).toHaveText('No figure found in “clean power”.');
  await expect(figures.locator('[data-candidate-fact]')).toHaveCount(before);
  errors.expectNone();
});

test('a second outlet’s figures are marked against the store: the same amount confirms, another capacity differs', async ({
  context,
  page,
  server,
  openPopup,
  tabIdOf,
  errors,
}) => {
  test.setTimeout(120_000);
  const first = await openReview(
    context,
    page,
    server.setPage('/crafted/review/first.html', REVIEW_STORY),
    openPopup,
    tabIdOf,
  );
  await first.locator('[data-candidate-deal]').first().getByRole('button').first().click();
  await expect(first.getByRole('status')).toContainText('Created “Nordwind Data × Uruguay”');
  await first.close();

  const second = await openReview(
    context,
    page,
    server.setPage('/crafted/review/second.html', REVIEW_SECOND_STORY),
    openPopup,
    tabIdOf,
    REVIEW_SECOND_TITLE,
  );
  const figures = second.getByRole('region', { name: /^Figures/ });
  const row = (value: string) => figures.locator('[data-candidate-fact]').filter({ hasText: value });
  await expect(row('US$850M')).toHaveAttribute('data-mark', 'confirms');
  await expect(row('150 MW')).toHaveAttribute('data-mark', 'differs');
  await expect(row('150 MW').locator('[data-mark]').first()).toHaveAttribute(
    'title',
    /^The store says 120\sMW for this measure\.$/,
  );
  // The same figure about something else is nothing the store has: the mark follows the subject.
  await row('US$850M').getByLabel('About').selectOption({ label: 'Uruguay' });
  await expect(row('US$850M')).toHaveAttribute('data-mark', 'new');
  errors.expectNone();
});
