import type { DealLensDatabase } from './db';

/** The tables that hold seed records. */
export type RecordKind = 'entities' | 'deals' | 'facts' | 'articles';

/**
 * Ids of seed records the reader deleted, per table. The seeder re-adds any seed record it finds missing, so a
 * deletion alone would be undone by the next extension update; this list is what it should leave out.
 * The library writes it (deletions, merges); the seeder (seed-store.ts) leaves these ids out.
 */
export const SEED_TOMBSTONES_KEY = 'seed-tombstones';

export type Tombstones = Record<RecordKind, string[]>;

const empty = (): Tombstones => ({ entities: [], deals: [], facts: [], articles: [] });

export async function readTombstones(db: DealLensDatabase): Promise<Tombstones> {
  const value = (await db.meta.get(SEED_TOMBSTONES_KEY))?.value as Partial<Tombstones> | undefined;
  const result = empty();
  for (const kind of Object.keys(result) as RecordKind[]) {
    const ids = value?.[kind];
    if (Array.isArray(ids)) result[kind] = ids.filter((id): id is string => typeof id === 'string');
  }
  return result;
}

/**
 * Adds the deleted seed records' ids and removes the ids of records written again (re-created or imported).
 * Call inside the transaction that deletes or writes them, with `db.meta` in its scope.
 */
export async function updateTombstones(
  db: DealLensDatabase,
  deleted: Partial<Record<RecordKind, readonly { id: string; origin: string }[]>>,
  written: Partial<Record<RecordKind, readonly { id: string }[]>> = {},
): Promise<void> {
  const current = await readTombstones(db);
  const next = empty();
  for (const kind of Object.keys(next) as RecordKind[]) {
    const set = new Set(current[kind]);
    for (const record of written[kind] ?? []) set.delete(record.id);
    for (const record of deleted[kind] ?? []) if (record.origin === 'seed') set.add(record.id);
    next[kind] = [...set].sort();
  }
  if (JSON.stringify(next) !== JSON.stringify(current)) await db.meta.put({ key: SEED_TOMBSTONES_KEY, value: next });
}
