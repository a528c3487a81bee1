// The popup for a tab lists the page's entities and the deals related to them; accessibility of the popup and
// of a page with an open card.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Frame } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { cardFrame, hoverHighlight, openCard, readHighlights } from './page-layer';

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

/** Runs axe-core inside one frame (what AxeBuilder does for the frames it can reach). */
async function axeInFrame(frame: Frame) {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(source);
  return frame.evaluate(async () => {
    type Result = { id: string; help: string; impact?: string | null; nodes: unknown[] };
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const { violations, passes } = await axe.run();
    return { violations, passes: passes.length };
  });
}

test('a page with highlights and an open card has no serious or critical accessibility issue', async ({
  page,
  server,
  extensionId,
}) => {
  await page.goto(server.demoUrl(server.demoPages[2]?.slug));
  await waitForScan(page);
  await hoverHighlight(page, 'Huawei', 1);
  const card = await openCard(page, extensionId);
  // The page with its highlights (painted: nothing of ours in its DOM but the card's closed host)…
  const results = await new AxeBuilder({ page }).analyze();
  // …and the card: axe cannot see into a closed shadow root, so it runs inside the card frame itself.
  const inCard = await axeInFrame(await cardFrame(page, extensionId));
  await expect(card).toBeVisible();
  expect(results.passes.length).toBeGreaterThan(5);
  expect(inCard.passes).toBeGreaterThan(5);
  for (const violations of [results.violations, inCard.violations]) {
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test('a name under "On this page" takes the reader to its first mention and opens its card', async ({
  page,
  server,
  openPopup,
  tabIdOf,
  extensionId,
}) => {
  await page.goto(server.demoUrl(server.demoPages[2]?.slug));
  await waitForScan(page);
  const popup = await openPopup(await tabIdOf(page));
  const chip = popup.getByRole('button', { name: /Dina Boluarte/ });
  await expect(chip).toHaveAttribute('title', 'Show Dina Boluarte on the page');
  await chip.click();
  await page.bringToFront();
  const card = await openCard(page, extensionId);
  await expect(card).toContainText('Dina Boluarte');
  expect((await readHighlights(page)).filter((h) => h.kind === 'active').map((h) => h.text)).toEqual(['Dina Boluarte']);
});
