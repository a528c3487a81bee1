// Issue 3: highlighting off and on for a site from the popup, without a reload, remembered across restarts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { extensionLaunchOptions, installNetworkGuard, tabIdOf } from '../support/extension-browser.mjs';
import { expect, test, waitForScan } from './fixtures';

/** The article's markup as the server sent it, parsed afresh: what "restored" must equal. */
function pristineArticleHtml(page: Page) {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').querySelector('article')?.innerHTML ?? '';
  });
}

test('turning a site off restores the page exactly; turning it on highlights again without a reload', async ({
  page,
  server,
  openPopup,
  tabIdOf: tabIdOfPage,
}) => {
  const slug = server.demoPages[2]?.slug;
  await page.goto(server.demoUrl(slug));
  await waitForScan(page);
  const highlighted = await page.locator('deal-lens-mark').count();
  expect(highlighted).toBeGreaterThan(20);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
  const text = await page.locator('body').innerText();

  const popup = await openPopup(await tabIdOfPage(page));
  const toggle = popup.getByRole('switch', { name: /^Highlight on 127\.0\.0\.1$/ });
  await expect(toggle).toBeChecked();
  await toggle.press('Space');
  await expect(toggle).not.toBeChecked();

  await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'off');
  await expect(page.locator('deal-lens-mark')).toHaveCount(0);
  expect(await page.locator('article').innerHTML()).toBe(await pristineArticleHtml(page));
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
  expect(await page.locator('body').innerText()).toBe(text);

  await popup.bringToFront();
  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'ready');
  await expect(page.locator('deal-lens-mark')).toHaveCount(highlighted);
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
    await expect(page.locator('deal-lens-mark')).toHaveCount(0);
    await context.close();

    context = await chromium.launchPersistentContext(profile, extensionLaunchOptions());
    await installNetworkGuard(context, () => undefined);
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto(url);
    await expect(again.locator('html')).toHaveAttribute('data-deal-lens', 'off');
    await again.waitForTimeout(500);
    await expect(again.locator('deal-lens-mark')).toHaveCount(0);
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
