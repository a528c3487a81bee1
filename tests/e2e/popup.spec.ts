// Issue 5: the popup for a tab lists the page's entities and the deals related to them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForScan } from './fixtures';

test('on a page that only names Peru, the popup lists the Huawei deal', async ({
  page,
  server,
  openPopup,
  tabIdOf,
}) => {
  await page.goto(
    server.setPage(
      '/crafted/peru.html',
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pérou</title></head><body><article>
       <h1>Le Pérou signe un nouvel accord minier</h1>
       <p>Le Pérou signe avec plusieurs partenaires un accord sur les métaux critiques.</p></article></body></html>`,
    ),
  );
  await waitForScan(page);
  const popup = await openPopup(await tabIdOf(page));
  await expect(popup.getByRole('heading', { name: 'On this page' })).toBeVisible();
  await expect(popup.locator('.dl-entity-counts [data-entity="peru"]')).toContainText('Peru');
  await expect(popup.getByRole('heading', { name: 'Related deals' })).toBeVisible();
  const related = popup.locator('.dl-deals [data-deal]');
  await expect(related).toHaveCount(1);
  await expect(related.first()).toHaveAttribute('data-deal', 'huawei-peru');
  await expect(related.first()).toContainText('Via Peru');
  // Its figures, with their quotes and sources, one click away.
  await related
    .first()
    .getByText(/Key figures/)
    .click();
  await expect(related.first()).toContainText("former 20 000 jeunes au Pérou dans le domaine de l'IA");
});

test('a page with no known entity shows the recent deals; the popup is usable at 360 px', async ({
  page,
  server,
  openPopup,
  tabIdOf,
}) => {
  await page.goto(
    server.setPage('/crafted/nothing.html', '<!doctype html><article><p>Il pleut sur la ville.</p></article>'),
  );
  await waitForScan(page);
  const popup = await openPopup(await tabIdOf(page));
  await popup.setViewportSize({ width: 360, height: 600 });
  await expect(popup.getByRole('status')).toHaveText('No known company, government or person on this page.');
  await expect(popup.getByRole('heading', { name: 'Recent deals' })).toBeVisible();
  await expect(popup.locator('[data-deal]')).toHaveCount(3);
  const overflow = await popup.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the popup has no serious or critical accessibility issue', async ({ page, server, openPopup, tabIdOf }) => {
  await page.goto(server.demoUrl(server.demoPages[1]?.slug));
  await waitForScan(page);
  const popup = await openPopup(await tabIdOf(page));
  await expect(popup.locator('[data-deal]').first()).toBeVisible();
  await popup.locator('details summary').first().click();
  const results = await new AxeBuilder({ page: popup }).analyze();
  expect(results.passes.length).toBeGreaterThan(5);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('an open card has no serious or critical accessibility issue', async ({ page, server }) => {
  await page.goto(server.demoUrl(server.demoPages[2]?.slug));
  await waitForScan(page);
  await page.locator('article p deal-lens-mark[data-entity="huawei"]').first().hover();
  await expect(page.locator('deal-lens-card .dl-card')).toHaveAttribute('data-status', 'ready');
  const results = await new AxeBuilder({ page }).include('deal-lens-card').analyze();
  expect(results.passes.length).toBeGreaterThan(5);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
