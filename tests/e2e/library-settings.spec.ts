// Issue 7: settings changed in the library reach open pages without a reload; the library speaks the browser's
// language (French under a French locale).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { extensionLaunchOptions, extensionServiceWorker, installNetworkGuard } from '../support/extension-browser.mjs';
import { expect, test, waitForScan } from './fixtures';
import { readHighlights } from './page-layer';

async function openLibrary(context: BrowserContext, extensionId: string, hash: string): Promise<Page> {
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html${hash}`);
  await expect(library.getByRole('heading', { level: 1 })).toBeVisible();
  return library;
}

/** The settings as stored, read in the service worker (where `chrome` is the extension API). */
function storedSettings(): Promise<unknown> {
  type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
  const api = (globalThis as unknown as { chrome: Api }).chrome;
  return api.storage.local.get('settings').then((items) => items.settings);
}

test('settings changed in the library apply to an open page at once', async ({
  context,
  extensionId,
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.demoUrl(server.demoPages[2]?.slug));
  await waitForScan(page);
  const highlighted = (await readHighlights(page)).length;
  expect(highlighted).toBeGreaterThan(10);
  const html = page.locator('html');
  const count = async () => (await readHighlights(page)).length;

  const library = await openLibrary(context, extensionId, '#settings');
  const everywhere = library.getByRole('switch', { name: 'Highlight on every site' });
  await expect(everywhere).toBeChecked();
  await everywhere.click();
  await expect(html).toHaveAttribute('data-deal-lens', 'off');
  await expect.poll(count).toBe(0);
  await everywhere.click();
  await expect(html).toHaveAttribute('data-deal-lens', 'ready');
  await expect.poll(count).toBe(highlighted);

  // Per site: turned off from the list, and back on.
  await library.getByLabel('Turn off on a site').fill(page.url());
  await library.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(html).toHaveAttribute('data-deal-lens', 'off');
  await expect.poll(count).toBe(0);
  await library.getByRole('button', { name: 'Turn back on for 127.0.0.1' }).click();
  await expect(html).toHaveAttribute('data-deal-lens', 'ready');
  await expect.poll(count).toBe(highlighted);

  // Scope: the whole page reads more than the article alone (the demo pages have a masthead and an aside).
  await library.getByLabel('The whole page').check();
  await expect(html).toHaveAttribute('data-deal-lens', 'ready');
  await expect.poll(count).toBeGreaterThan(highlighted);

  // The other settings are stored, typed, for the content script to follow.
  await library.getByLabel('Tinted background').check();
  await library.getByLabel('Highlight only the first mention of each entity').check();
  await library.getByLabel('Person').uncheck();
  await library.getByLabel('Delay before a card opens (milliseconds)').fill('250');
  await library.getByLabel('Delay before a card opens (milliseconds)').blur();
  await expect(library.getByText('Settings saved. Open pages follow them now.')).toBeVisible();
  await expect
    .poll(() => serviceWorker.evaluate(storedSettings))
    .toMatchObject({
      enabled: true,
      disabledSites: [],
      scope: 'page',
      highlightStyle: 'background',
      firstMentionOnly: true,
      hoverDelayMs: 250,
      kinds: ['company', 'government', 'country', 'organization', 'program', 'place', 'asset'],
    });
  // The page follows the new style at once: the same mentions, painted the other way.
  await expect
    .poll(async () => new Set((await readHighlights(page)).map((h) => h.kind)))
    .toEqual(new Set(['background']));

  // The navigation shortcut: refused when it could steal typing, saved written the usual way, used at once.
  const shortcut = library.getByLabel('Keyboard shortcut to move through a page’s highlights');
  await shortcut.fill('Shift+K');
  await shortcut.press('Enter');
  await expect(library.getByText('Alt, Ctrl or Meta, then one letter, digit or F1–F12, joined by +.')).toBeVisible();
  await shortcut.fill('ctrl + alt + j');
  await shortcut.press('Enter');
  await expect(shortcut).toHaveValue('Ctrl+Alt+J');
  await expect.poll(() => serviceWorker.evaluate(storedSettings)).toMatchObject({ navigationShortcut: 'Ctrl+Alt+J' });
  await page.bringToFront();
  // The old shortcut no longer does anything (keys are handled as they are dispatched)…
  await page.keyboard.press('Alt+Shift+K');
  expect((await readHighlights(page)).filter((h) => h.kind === 'active')).toEqual([]);
  // …the new one starts navigation.
  await page.keyboard.press('Control+Alt+KeyJ');
  await expect.poll(async () => (await readHighlights(page)).filter((h) => h.kind === 'active').length).toBe(1);
});

test('the library follows a French browser locale', async () => {
  // The fixture's browser is English; this one gets Playwright's `locale`, which sets navigator.language (Debian's
  // Chromium ships only en-US UI resources, so --lang alone does not).
  const context = await chromium.launchPersistentContext('', { ...extensionLaunchOptions(), locale: 'fr-FR' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-fr-'));
  try {
    await installNetworkGuard(context, () => undefined);
    const id = new URL((await extensionServiceWorker(context)).url()).host;
    const library = await openLibrary(context, id, '#entities');
    expect(await library.evaluate(() => navigator.language)).toBe('fr-FR');
    await expect(library.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(library.getByRole('heading', { level: 1 })).toHaveText('Bibliothèque Deal Lens');
    await expect(library.getByRole('table', { name: 'Entités' })).toBeVisible();
    await expect(library.getByRole('link', { name: 'Nouvelle entité' })).toBeVisible();

    await library.getByRole('link', { name: 'Export et import' }).click();
    const file = path.join(dir, 'faux.json');
    await writeFile(file, JSON.stringify({ format: 'deal-lens-bundle', version: 1, exportedAt: 'hier' }));
    await library.getByLabel('Lot à importer (JSON)').setInputFiles(file);
    const alert = library.getByRole('alert');
    await expect(alert).toContainText('Certaines fiches de ce lot ne sont pas valides.');
    await expect(alert).toContainText('Rien n’a été importé ; votre base est inchangée.');
    // The schema's own messages are French too.
    await expect(alert).toContainText('attendu');

    await library.getByRole('link', { name: 'Réglages' }).click();
    await expect(library.getByRole('switch', { name: 'Surligner sur tous les sites' })).toBeChecked();
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
