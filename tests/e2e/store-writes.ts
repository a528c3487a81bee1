// Writes records straight into the extension's store from its own origin (as an import would), for tests that
// need the reader's private records: a person only this reader knows, a note, many facts.
import type { BrowserContext } from '@playwright/test';
import { expect } from './fixtures';

/** An alias as the store keeps it. */
export const alias = (text: string) => ({
  text,
  lang: 'en',
  case: 'insensitive',
  weak: false,
  cuesBefore: [],
  vetoBefore: [],
  vetoAfter: [],
});

/** A reader-made entity with one alias, its own name. */
export const userEntity = (id: string, name: string, kind = 'person', description = '') => ({
  id,
  name,
  kind,
  description,
  aliases: [alias(name)],
  excludes: [],
  relations: [],
  origin: 'user',
});

/** A saved article at a web address (what a fact's source link points to). */
export const userArticle = (id: string, url: string) => ({
  id,
  url,
  title: `Story ${id}`,
  publisher: 'Source Example',
  language: 'en',
  text: `The story ${id}, as it was saved.`,
  contentHash: '0'.repeat(64),
  savedAt: 1,
  origin: 'user',
});

/** A reader-made fact about an entity, cited to a seed article (or `articleId`). */
export const userFact = (id: string, entityId: string, note: string, value = 5, articleId = 'seed-huawei-peru') => ({
  id,
  subject: { type: 'entity', id: entityId },
  label: 'Cloud budget',
  value,
  unit: 'people',
  quote: `a quote about ${entityId}`,
  note,
  articleId,
  origin: 'user',
});

/** Puts entities and facts into the store and changes the catalog version, so pages match the new names. */
export async function putRecords(
  context: BrowserContext,
  extensionId: string,
  records: { entities?: unknown[]; facts?: unknown[]; articles?: unknown[] },
): Promise<void> {
  const admin = await context.newPage();
  await admin.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(admin.locator('[data-deal]').first()).toBeVisible();
  await admin.evaluate(async ({ entities = [], facts = [], articles = [] }) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entities', 'facts', 'articles', 'meta'], 'readwrite');
      for (const article of articles) tx.objectStore('articles').put(article);
      for (const entity of entities) tx.objectStore('entities').put(entity);
      for (const fact of facts) tx.objectStore('facts').put(fact);
      tx.objectStore('meta').put({ key: 'catalog-version', value: `test-${Date.now()}-${Math.random()}` });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
  await admin.close();
}

/** Sets the reader's settings (merged into what is stored), as the library's settings section does. */
export async function setSettings(context: BrowserContext, extensionId: string, change: Record<string, unknown>) {
  const admin = await context.newPage();
  await admin.goto(`chrome-extension://${extensionId}/popup.html`);
  await admin.evaluate(async (change) => {
    type Local = {
      storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
    };
    const { storage } = (globalThis as unknown as { chrome: Local }).chrome;
    const { settings } = await storage.local.get('settings');
    await storage.local.set({ settings: { ...(settings as object), ...change } });
  }, change);
  await admin.close();
}
