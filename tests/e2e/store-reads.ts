// Reads the extension's store straight from IndexedDB, in an extension page's own origin (the store is the
// extension's): what the end-to-end tests check a reader's click wrote.
import type { Page } from '@playwright/test';

/** Every record of one table of the `deal-lens` database, read from `page` (an extension page). */
export function readStoreTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('deal-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => {
            db.close();
            reject(request.error);
          };
        };
      }),
    table,
  );
}
