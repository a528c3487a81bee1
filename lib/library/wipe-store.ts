import { writeCatalog } from '@/lib/store/catalog-write';
import type { DealLensDatabase } from '@/lib/store/db';
import { dataTables } from './records';

/**
 * Empties every record table, and the candidates saved articles proposed, in one transaction (before importing a
 * bundle on a fresh start, or handing the machine on): no sentence of a saved article survives a wipe. The store's own bookkeeping (seed version and ids) stays, so the background does not re-seed behind
 * the reader's back; the next extension update brings the seed records back, as on a new install.
 */
export async function wipeStore(db: DealLensDatabase): Promise<void> {
  const tables = [...dataTables(db), db.candidates];
  await writeCatalog(db, tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
    return { result: undefined, changes: { entitiesChanged: true } };
  });
}
