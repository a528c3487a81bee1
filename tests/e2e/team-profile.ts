// Two (or more) Deal Lens profiles in one test, for the team library (issue 24): each a fresh Chromium with the
// built extension, the network guard on, and helpers for the options page and the store.
import { type BrowserContext, chromium, expect, type Page } from '@playwright/test';
import {
  type BlockedRequest,
  extensionDir,
  extensionLaunchOptions,
  extensionServiceWorker,
  installNetworkGuard,
  startNetworkSink,
} from '../support/extension-browser.mjs';

export interface TeamProfile {
  context: BrowserContext;
  extensionId: string;
  /** The options page, open for the whole test. */
  options: Page;
  /** Requests the guard blocked (anything not on this machine). */
  blocked: BlockedRequest[];
  close(): Promise<void>;
}

export async function launchProfile(): Promise<TeamProfile> {
  const blocked: BlockedRequest[] = [];
  const sink = await startNetworkSink((request) => blocked.push(request));
  const context = await chromium.launchPersistentContext(
    '',
    extensionLaunchOptions({ dir: extensionDir(), headless: true, proxyServer: sink.server }),
  );
  await installNetworkGuard(context, (request) => blocked.push(request));
  const worker = await extensionServiceWorker(context);
  const extensionId = new URL(worker.url()).host;
  const options = context.pages()[0] ?? (await context.newPage());
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('status')).not.toHaveText('Loading…');
  return {
    context,
    extensionId,
    options,
    blocked,
    async close() {
      await context.close();
      await sink.close();
    },
  };
}

/** Fills the options page and presses "Sync now"; waits for the status to leave "Syncing…". */
export async function setUpTeam(
  profile: TeamProfile,
  fields: { url: string; database: string; username: string; password: string },
): Promise<void> {
  const page = profile.options;
  await page.getByLabel('Team server URL').fill(fields.url);
  await page.getByLabel('Database').fill(fields.database);
  await page.getByLabel('User name').fill(fields.username);
  await page.getByLabel('Password').fill(fields.password);
  await syncNow(profile);
}

/** Presses "Sync now" and waits until a cycle has ended (the status names a result, not "Syncing…"). */
export async function syncNow(profile: TeamProfile): Promise<string> {
  const page = profile.options;
  const button = page.getByRole('button', { name: 'Sync now' });
  await button.click();
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const status = page.getByRole('status');
  await expect(status).not.toContainText('Syncing', { timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

/**
 * Writes records into the store of a profile the way the store's write road does: the records and their outbox
 * entries in one IndexedDB transaction, and a new catalog version so pages match new names.
 */
export async function writeShared(
  profile: TeamProfile,
  records: { entities?: unknown[]; facts?: unknown[]; deals?: unknown[]; articles?: unknown[] },
): Promise<void> {
  await profile.options.evaluate(async (input) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entities', 'deals', 'facts', 'articles', 'meta', 'outbox'], 'readwrite');
      const kinds = { entities: 'entity', deals: 'deal', facts: 'fact', articles: 'article' } as const;
      for (const table of Object.keys(kinds) as (keyof typeof kinds)[]) {
        for (const record of (input[table] ?? []) as { id: string }[]) {
          tx.objectStore(table).put(record);
          tx.objectStore('outbox').add({ docId: `${kinds[table]}:${record.id}` });
        }
      }
      tx.objectStore('meta').put({ key: 'catalog-version', value: `test-${Date.now()}-${Math.random()}` });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** One record of a profile's store, read straight from IndexedDB. */
export async function readRecord(
  profile: TeamProfile,
  table: string,
  id: string,
): Promise<Record<string, unknown> | null> {
  return profile.options.evaluate(
    async ({ table, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('deal-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const record = await new Promise<unknown>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).get(id);
        request.onsuccess = () => resolve(request.result ?? null);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return record as Record<string, unknown> | null;
    },
    { table, id },
  );
}
