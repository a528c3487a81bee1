// Issue 7: the library page — edit an alias and see it on a page, merge two entities, export → wipe → import, a
// refused bundle leaves the store as it was, and no serious accessibility issue.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { expectReportedCounts, highlightTexts } from './page-layer';
import { readStoreTable } from './store-reads';

/** Opens the library at a hash (`#entities/huawei`) in a new tab, once its lists have loaded. */
async function openLibrary(context: BrowserContext, extensionId: string, hash = '#entities'): Promise<Page> {
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html${hash}`);
  await expect(library.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(library.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  return library;
}

/** Every record of every table of the store, read straight from IndexedDB in the library's origin. */
async function readStore(library: Page) {
  const tables = ['entities', 'deals', 'facts', 'articles', 'mentions'] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) out[table] = await readStoreTable<unknown>(library, table);
  return out;
}

async function exportBundle(library: Page): Promise<{ text: string; download: Download }> {
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const file = await download.path();
  return { text: await readFile(file, 'utf8'), download };
}

const withoutDate = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });

test('an alias added in the library is highlighted on the next page read', async ({
  context,
  extensionId,
  page,
  server,
  serviceWorker,
  tabIdOf,
  errors,
}) => {
  const library = await openLibrary(context, extensionId, '#entities/huawei');
  await expect(library.getByRole('heading', { name: 'Edit “Huawei”' })).toBeVisible();
  await library.getByRole('button', { name: 'Add an alias' }).click();
  await library.getByLabel('Text').last().fill('Pengyou Tech');
  await library.getByRole('button', { name: 'Save' }).click();
  await expect(library.getByText('Saved “Huawei”.')).toBeVisible();

  await page.bringToFront();
  await page.goto(
    server.setPage(
      '/crafted/library-alias.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pengyou</title></head><body><article>
       <h1>Pengyou Tech opens a training centre</h1>
       <p>The training centre opened by Pengyou Tech in Lima will train engineers.</p></article></body></html>`,
    ),
  );
  await waitForScan(page);
  expect(await highlightTexts(page)).toEqual(['Pengyou Tech', 'Pengyou Tech', 'Lima']);
  await expectReportedCounts(serviceWorker, await tabIdOf(page), { huawei: 2, lima: 1 });
  errors.expectNone((e) => e.url.startsWith(`chrome-extension://${extensionId}/`));
});

test('a reader-added entity merged into the seed one moves its aliases there', async ({
  context,
  extensionId,
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  const library = await openLibrary(context, extensionId, '#entities?new');
  await library.getByLabel('Name', { exact: true }).fill('Amazon Web Services (AWS)');
  await library.getByLabel('Text').first().fill('AWS Cloud Unit');
  await library.getByRole('button', { name: 'Save' }).click();
  await expect(library.getByRole('heading', { name: 'Edit “Amazon Web Services (AWS)”' })).toBeVisible();
  await expect(library).toHaveURL(/#entities\/amazon-web-services-aws$/);

  await library.getByRole('button', { name: 'Merge…' }).click();
  const dialog = library.getByRole('dialog');
  await dialog.getByLabel('The other entity').selectOption('aws');
  // The seed entity is kept by default.
  await expect(dialog.getByRole('radio', { name: 'Amazon Web Services', exact: true })).toBeChecked();
  await expect(dialog).toContainText('move to “Amazon Web Services”');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(library.getByText('Merged “Amazon Web Services (AWS)” into “Amazon Web Services”.')).toBeVisible();
  await expect(library).toHaveURL(/#entities\/aws$/);
  const aliasTexts = await library
    .locator('[data-group="aliases"] [data-alias] input[id$="-text"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(aliasTexts).toEqual(expect.arrayContaining(['AWS', 'Amazon Web Services', 'AWS Cloud Unit']));
  const store = await readStore(library);
  expect((store.entities as { id: string }[]).some((e) => e.id === 'amazon-web-services-aws')).toBe(false);

  await page.bringToFront();
  await page.goto(
    server.setPage(
      '/crafted/library-merge.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AWS</title></head><body><article><p>The AWS Cloud Unit grows.</p></article></body></html>',
    ),
  );
  await waitForScan(page);
  expect(await highlightTexts(page)).toEqual(['AWS Cloud Unit']);
  await expectReportedCounts(serviceWorker, await tabIdOf(page), { aws: 1 });
});

test('export → wipe → import gives the same store, record for record', async ({ context, extensionId, errors }) => {
  const library = await openLibrary(context, extensionId, '#transfer');
  const before = await readStore(library);
  expect(before.entities?.length).toBeGreaterThan(30);
  const first = await exportBundle(library);
  expect(first.download.suggestedFilename()).toMatch(/^deal-lens-\d{4}-\d{2}-\d{2}\.json$/);

  await library.getByRole('button', { name: 'Erase the store…' }).click();
  await library.getByRole('dialog').getByRole('button', { name: 'Erase everything' }).click();
  await expect(library.getByText('The store is empty.')).toBeVisible();
  const wiped = await readStore(library);
  expect(Object.values(wiped).every((rows) => rows.length === 0)).toBe(true);

  await library.getByLabel('Bundle to import (JSON)').setInputFiles(await first.download.path());
  const total = Object.values(before).reduce((n, rows) => n + rows.length, 0);
  await expect(library.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
    `Imported: ${total} added, 0 updated, 0 skipped.`,
  );
  const after = await readStore(library);
  const sorted = (store: Record<string, unknown[]>) =>
    Object.fromEntries(Object.entries(store).map(([k, rows]) => [k, rows.map((r) => JSON.stringify(r)).sort()]));
  expect(sorted(after)).toEqual(sorted(before));
  const second = await exportBundle(library);
  expect(withoutDate(second.text)).toEqual(withoutDate(first.text));
  errors.expectNone((e) => e.url.startsWith(`chrome-extension://${extensionId}/`));
});

test('a malformed bundle is refused, naming what and where, and the store is unchanged', async ({
  context,
  extensionId,
}) => {
  const library = await openLibrary(context, extensionId, '#transfer');
  const before = await readStore(library);
  const { text } = await exportBundle(library);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-bundles-'));
  try {
    const cases: [string, string | Buffer, RegExp][] = [];
    const broken = JSON.parse(text);
    broken.deals[0].parties[1] = 'atlantis';
    broken.entities.push({ ...broken.entities[0], id: 'brand-new-entity', origin: 'user' });
    cases.push([
      'broken-reference.json',
      JSON.stringify(broken),
      /deals\[0\]\.parties\.1: no entity has the id “atlantis”/,
    ]);
    const newer = { ...JSON.parse(text), version: 2 };
    cases.push(['newer.json', JSON.stringify(newer), /comes from a newer Deal Lens \(bundle version 2/]);
    const wrongType = JSON.parse(text);
    wrongType.facts[1].value = 'ten';
    cases.push(['wrong-type.json', JSON.stringify(wrongType), /facts\[1\]\.value \(id "[a-z0-9-]+"\)/]);
    cases.push(['garbage.json', '{"format": "deal-lens-bundle", "version": 1, "entities": [', /not JSON/]);
    // 50 MB of garbage: refused by its size before it is read.
    cases.push([
      'huge.json',
      Buffer.alloc(50 * 1024 * 1024, 0x7b),
      /This file is 50 MB; a bundle can be at most 32 MB/,
    ]);

    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      await library.getByLabel('Bundle to import (JSON)').setInputFiles(file);
      const alert = library.getByRole('alert');
      await expect(alert, name).toContainText(message);
      await expect(alert, name).toContainText('Nothing was imported; your store is unchanged.');
      expect(await readStore(library), name).toEqual(before);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// One test per view, each in its own browser: axe over the whole library in one test took over a minute on two
// busy cores; split, each view's check takes a few seconds and none depends on the machine's speed.
const LIBRARY_VIEWS: [where: string, hash: string, ready: (library: Page) => Promise<void>][] = [
  ['entity list', '#entities', (l) => expect(l.getByRole('table', { name: 'Entities' })).toBeVisible()],
  ['entity editor', '#entities/huawei', (l) => expect(l.locator('main h2').first()).toBeVisible()],
  ['deal editor', '#deals/aws-mexico', (l) => expect(l.locator('main h2').first()).toBeVisible()],
  [
    'new deal, party list open',
    '#deals?new',
    async (l) => {
      await l.getByRole('combobox', { name: 'Party 1' }).fill('peru');
      await expect(l.getByRole('listbox')).toBeVisible();
    },
  ],
  ['deal list', '#deals', (l) => expect(l.getByRole('table', { name: 'Deals' })).toBeVisible()],
  ['fact list', '#facts', (l) => expect(l.locator('main h2').first()).toBeVisible()],
  ['article list', '#articles', (l) => expect(l.locator('main h2').first()).toBeVisible()],
  ['conflicts', '#conflicts', (l) => expect(l.locator('main h2').first()).toBeVisible()],
  ['export and import', '#transfer', (l) => expect(l.locator('main h2').first()).toBeVisible()],
  ['settings', '#settings', (l) => expect(l.locator('main h2').first()).toBeVisible()],
  [
    'delete dialog',
    '#entities/huawei',
    async (l) => {
      await l.getByRole('button', { name: 'Delete…' }).click();
      await expect(l.getByRole('dialog')).toBeVisible();
    },
  ],
];

for (const [where, hash, ready] of LIBRARY_VIEWS) {
  test(`library, ${where}: no serious or critical accessibility issue`, async ({ context, extensionId }) => {
    const library = await openLibrary(context, extensionId, hash);
    await ready(library);
    const results = await new AxeBuilder({ page: library }).analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const sideways = (library: Page) =>
  library.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the deal form fits 1,280 px and a narrow window, and says what is wrong in words (issue 21)', async ({
  context,
  extensionId,
}) => {
  const library = await openLibrary(context, extensionId, '#deals?new');
  await expect(library.getByRole('heading', { name: 'New deal' })).toBeVisible();
  for (const width of [1280, 400]) {
    await library.setViewportSize({ width, height: 900 });
    expect(await sideways(library), `${width} px`).toBeLessThanOrEqual(0);
  }
  await library.setViewportSize({ width: 1280, height: 900 });

  await library.getByRole('button', { name: 'Save' }).click();
  const alert = library.getByRole('alert');
  await expect(alert).toContainText('Title: Fill in this field.');
  await expect(alert).toContainText('Parties: Choose at least 2.');
  await expect(alert).not.toContainText(/Too small|expected|Invalid input|>=/);

  // The party picker, by keyboard only: type, move, choose; the open list fits a narrow window too.
  const party = library.getByRole('combobox', { name: 'Party 1' });
  await party.fill('gobierno del p');
  await expect(party).toHaveAttribute('aria-expanded', 'true');
  await library.setViewportSize({ width: 400, height: 900 });
  expect(await sideways(library), 'list open at 400 px').toBeLessThanOrEqual(0);
  await party.press('Enter');
  await expect(party).toHaveValue('Government of Peru (Government)');
  await expect(party).toHaveAttribute('aria-expanded', 'false');
});

test('the deal list sorts from its headers by keyboard, and fits the window (issue 21)', async ({
  context,
  extensionId,
}) => {
  const library = await openLibrary(context, extensionId, '#deals');
  const table = library.getByRole('table', { name: 'Deals' });
  await expect(table).toBeVisible();
  for (const width of [1280, 400]) {
    await library.setViewportSize({ width, height: 900 });
    expect(await sideways(library), `${width} px`).toBeLessThanOrEqual(0);
  }
  await library.setViewportSize({ width: 1280, height: 900 });
  const title = table.getByRole('button', { name: 'Title' });
  await title.focus();
  await library.keyboard.press('Enter');
  const titleHeader = table.getByRole('columnheader', { name: 'Title' });
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  await library.keyboard.press('Enter');
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('columnheader', { name: /Date/ })).not.toHaveAttribute('aria-sort', /.+/);
});
