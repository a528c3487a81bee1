// Highlighting off and on for a site from the popup, without a reload, remembered across restarts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import {
  extensionLaunchOptions,
  extensionServiceWorker,
  installNetworkGuard,
  tabIdOf,
} from '../support/extension-browser.mjs';
import { expect, test, waitForScan } from './fixtures';
import { readHighlights } from './page-layer';

test('turning a site off clears every highlight and leaves the page as served; on again without a reload', async ({
  page,
  server,
  openPopup,
  tabIdOf: tabIdOfPage,
}) => {
  const demo = server.demoPages[2];
  await page.goto(server.demoUrl(demo?.slug));
  await waitForScan(page);
  const highlighted = (await readHighlights(page)).length;
  expect(highlighted).toBeGreaterThan(20);
  const served = await page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML,
    demo?.html ?? '',
  );

  const popup = await openPopup(await tabIdOfPage(page));
  const toggle = popup.getByRole('switch', { name: /^Highlight on 127\.0\.0\.1$/ });
  await expect(toggle).toBeChecked();
  await toggle.press('Space');
  await expect(toggle).not.toBeChecked();

  await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'off');
  expect(await readHighlights(page)).toEqual([]);
  // Nothing of ours is left in the page: no host element, no highlight.
  expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe('body');
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(served);

  await popup.bringToFront();
  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'ready');
  await expect.poll(async () => (await readHighlights(page)).length).toBe(highlighted);
});

test('the popup of a site that is off says so, and its button turns Deal Lens back on without a reload (issue 25)', async ({
  page,
  server,
  openPopup,
  tabIdOf: tabIdOfPage,
  errors,
  externalRequests,
}) => {
  const demo = server.demoPages[1];
  await page.goto(server.demoUrl(demo?.slug));
  await waitForScan(page);
  const highlighted = (await readHighlights(page)).length;
  expect(highlighted).toBeGreaterThan(5);

  const popup = await openPopup(await tabIdOfPage(page));
  await popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' }).press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'off');
  // A popup opened now, as a reader would after turning the site off: it says so plainly, with the way back.
  await popup.reload();
  await expect(popup.getByRole('status')).toHaveText('Deal Lens is off on 127.0.0.1.');
  await expect(popup.locator('.dl-off-notice')).toContainText('Turn it back on here or with the switch above');
  await expect(popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' })).not.toBeChecked();
  await expect(popup.getByRole('heading', { name: 'On this page' })).toHaveCount(0);
  const axe = await new AxeBuilder({ page: popup }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  const turnOn = popup.getByRole('button', { name: 'Turn on for 127.0.0.1' });
  await turnOn.focus();
  await popup.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'ready');
  await expect.poll(async () => (await readHighlights(page)).length).toBe(highlighted);
  // The popup follows the page as it is scanned again: no notice, the switch on, the page's names listed.
  await expect(popup.locator('.dl-off-notice')).toHaveCount(0);
  await expect(popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' })).toBeChecked();
  await expect(popup.getByRole('heading', { name: 'On this page' })).toBeVisible();
  await expect(popup.locator('.dl-entity-counts [data-entity]').first()).toBeVisible();

  errors.expectNone();
  externalRequests.expectNone();
});

test('in French, the popup says the site is off in French, and its labels keep French spacing (issue 25)', async ({
  server,
}) => {
  // Playwright's `locale` sets navigator.language, which picks the interface's language (see library-settings).
  const context = await chromium.launchPersistentContext('', { ...extensionLaunchOptions(), locale: 'fr-FR' });
  try {
    await installNetworkGuard(context, () => undefined);
    const id = new URL((await extensionServiceWorker(context)).url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.demoUrl(server.demoPages[2]?.slug));
    await waitForScan(page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${await tabIdOf(context, page)}`);
    const parties = popup.locator('.dl-deals .dl-parties').first();
    await expect(parties).toBeVisible();
    // No line break between "Parties" and its colon: a no-break space, as French typography wants.
    expect(await parties.evaluate((p) => p.textContent)).toMatch(/^Parties\u00a0: \S/);

    await popup.getByRole('switch', { name: 'Surligner sur 127.0.0.1' }).press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'off');
    await popup.reload();
    await expect(popup.getByRole('status')).toHaveText('Deal Lens est désactivé sur 127.0.0.1.');
    await popup.getByRole('button', { name: 'Activer sur 127.0.0.1' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'ready');
    await expect(popup.getByRole('heading', { name: 'Sur cette page' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a site turned off stays off after the browser restarts', async ({ server }) => {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-profile-'));
  const url = server.demoUrl(server.demoPages[0]?.slug);
  try {
    let context = await chromium.launchPersistentContext(profile, extensionLaunchOptions());
    await installNetworkGuard(context, () => undefined);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await waitForScan(page);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${await tabIdOf(context, page)}`);
    await popup.getByRole('switch').click();
    await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'off');
    expect(await readHighlights(page)).toEqual([]);
    await context.close();

    context = await chromium.launchPersistentContext(profile, extensionLaunchOptions());
    await installNetworkGuard(context, () => undefined);
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto(url);
    // "off" is set only once the content script has read the settings: nothing can be painted after it.
    await expect(again.locator('html')).toHaveAttribute('data-deal-lens', 'off');
    expect(await readHighlights(again)).toEqual([]);
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
