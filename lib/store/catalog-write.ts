import type { Table } from 'dexie';
import { bumpCatalogVersion } from './catalog-version';
import { takeChangedDocIds } from './change-tracker';
import type { DealLensDatabase } from './db';
import { type RecordKind, updateTombstones } from './seed-tombstones';

/** What one write did to the catalog, as the rules below need to know it. */
export interface CatalogChanges {
  /** Records removed: the seed ones among them get a tombstone, so seeding does not bring them back. */
  deleted?: Partial<Record<RecordKind, readonly { id: string; origin: string }[]>>;
  /** Records created, re-created or imported: their tombstones go. */
  written?: Partial<Record<RecordKind, readonly { id: string }[]>>;
  /** Entities or aliases changed other than through `deleted.entities` / `written.entities` (an edit, a wipe). */
  entitiesChanged?: boolean;
}

/** The write's result, and what it changed. */
export interface CatalogWriteResult<T> {
  result: T;
  changes: CatalogChanges;
}

/**
 * The one road for a write to the catalog (entities, deals, facts, articles and what hangs off them). It runs
 * `write` in one read-write transaction over `tables` and `meta`, then applies, in that same transaction, the two
 * rules every such write owes the rest of the extension (issue 13, docs/adr/0008-one-road-to-the-store.md):
 * - tombstones (docs/adr/0006-seeding-and-tombstones.md): deleted seed records are remembered, written ones
 *   forgotten;
 * - the catalog version changes whenever entities changed (any deleted or written, or `entitiesChanged`), so the
 *   background recompiles its matcher and the version never runs ahead of the data.
 */
export async function writeCatalog<T>(
  db: DealLensDatabase,
  tables: readonly Table[],
  write: () => Promise<CatalogWriteResult<T>>,
  options: CatalogWriteOptions = {},
): Promise<T> {
  const scope = [...new Set([...tables, db.meta, db.outbox, db.editConflicts])];
  const outcome = await db.transaction('rw', scope, async () => {
    const { result, changes } = await write();
    await applyCatalogRules(db, changes);
    // The team library's outbox (issue 24), in this same transaction: a change is queued for the team if and only
    // if it is committed. Changes that came from the team are not sent back.
    const changed = takeChangedDocIds();
    if (!options.fromTeam && changed.length > 0) await db.outbox.bulkAdd(changed.map((docId) => ({ docId })));
    return { result, queued: !options.fromTeam && changed.length > 0 };
  });
  if (outcome.queued) for (const listener of afterWriteListeners) listener();
  return outcome.result;
}

export interface CatalogWriteOptions {
  /** The write applies documents that came from the team server: nothing goes to the outbox. */
  fromTeam?: boolean;
}

const afterWriteListeners = new Set<() => void>();

/**
 * Calls back after each committed write that queued changes for the team (the background starts a sync cycle;
 * an extension page tells the background). Returns the way to stop.
 */
export function onQueuedForTeam(listener: () => void): () => void {
  afterWriteListeners.add(listener);
  return () => afterWriteListeners.delete(listener);
}

/** Tombstones and catalog version for `changes`; called inside the write's transaction. */
async function applyCatalogRules(db: DealLensDatabase, changes: CatalogChanges): Promise<void> {
  const { deleted, written, entitiesChanged = false } = changes;
  if (deleted || written) await updateTombstones(db, deleted ?? {}, written ?? {});
  if (entitiesChanged || (deleted?.entities?.length ?? 0) > 0 || (written?.entities?.length ?? 0) > 0) {
    await bumpCatalogVersion(db);
  }
}
