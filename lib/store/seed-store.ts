import type { Table } from 'dexie';
import type { SeedRecords } from '@/lib/seed/seed-records';
import { writeCatalog } from './catalog-write';
import type { DealLensDatabase } from './db';
import { sameRecord } from './same-record';
import { readTombstones } from './seed-tombstones';

/** What one seeding run did, per table. */
export interface SeedReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Seed records the reader created over or edited: left exactly as they are. */
  keptUserEdits: number;
  /** Records an older seed catalog had and this one dropped (unedited ones only). */
  removed: number;
}

interface SeedIds {
  entities: string[];
  deals: string[];
  facts: string[];
  articles: string[];
}

const SEED_IDS_KEY = 'seed-ids';
export const SEED_VERSION_KEY = 'seed-version';

type SeedableRecord = { id: string; origin: 'seed' | 'user'; editedAt?: number };

/**
 * Writes the seed records into the store in one transaction, idempotently: a second run changes nothing, and
 * nothing the reader created or edited is overwritten or deleted, whatever the seed catalog now says.
 */
export async function applySeedRecords(db: DealLensDatabase, seed: SeedRecords): Promise<SeedReport> {
  const report: SeedReport = { added: 0, updated: 0, unchanged: 0, keptUserEdits: 0, removed: 0 };
  await writeCatalog(db, [db.entities, db.deals, db.facts, db.articles, db.mentions], async () => {
    const previous = ((await db.meta.get(SEED_IDS_KEY))?.value as SeedIds | undefined) ?? {
      entities: [],
      deals: [],
      facts: [],
      articles: [],
    };
    // Seed records the reader deleted (or merged away) stay deleted: the seed leaves them out.
    const gone = await readTombstones(db);
    const keep = <T extends { id: string }>(records: readonly T[], ids: readonly string[]) =>
      ids.length === 0 ? records : records.filter((r) => !ids.includes(r.id));
    await syncTable(db.entities, keep(seed.entities, gone.entities), previous.entities, report);
    const entitiesChanged = report.added + report.updated + report.removed > 0;
    await syncTable(db.deals, keep(seed.deals, gone.deals), previous.deals, report);
    await syncTable(db.facts, keep(seed.facts, gone.facts), previous.facts, report);
    // An article's savedAt is when it first entered the store; a later seeding run must not move it.
    await syncTable(db.articles, keep(seed.articles, gone.articles), previous.articles, report, (next, stored) => ({
      ...next,
      savedAt: stored.savedAt,
    }));
    await syncSeedMentions(db, { ...seed, mentions: seed.mentions.filter((m) => !gone.entities.includes(m.entityId)) });
    const ids: SeedIds = {
      entities: seed.entities.map((r) => r.id),
      deals: seed.deals.map((r) => r.id),
      facts: seed.facts.map((r) => r.id),
      articles: seed.articles.map((r) => r.id),
    };
    await db.meta.put({ key: SEED_IDS_KEY, value: ids });
    await db.meta.put({ key: SEED_VERSION_KEY, value: seed.version });
    // Seeding reads the tombstones (above) but never writes them: it deletes and re-adds nothing the reader did.
    return { result: undefined, changes: { entitiesChanged } };
  });
  return report;
}

async function syncTable<T extends SeedableRecord>(
  table: Table<T, string>,
  records: readonly T[],
  previousIds: readonly string[],
  report: SeedReport,
  keepFromStored: (next: T, stored: T) => T = (next) => next,
): Promise<void> {
  const stored = await table.bulkGet(records.map((r) => r.id));
  const writes: T[] = [];
  records.forEach((record, i) => {
    const existing = stored[i];
    if (!existing) {
      report.added++;
      writes.push(record);
    } else if (isUsers(existing)) {
      report.keptUserEdits++;
    } else {
      const next = keepFromStored(record, existing);
      if (sameRecord(next, existing)) {
        report.unchanged++;
      } else {
        report.updated++;
        writes.push(next);
      }
    }
  });
  if (writes.length > 0) await table.bulkPut(writes);

  const current = new Set(records.map((r) => r.id));
  const dropped = previousIds.filter((id) => !current.has(id));
  const droppedStored = await table.bulkGet(dropped);
  const deletable = droppedStored.filter((r): r is T => r !== undefined && !isUsers(r)).map((r) => r.id);
  if (deletable.length > 0) await table.bulkDelete(deletable as never[]);
  report.removed += deletable.length;
}

/** Seed articles' mention counts are recomputed from the seed; articles the reader edited keep theirs. */
async function syncSeedMentions(db: DealLensDatabase, seed: SeedRecords): Promise<void> {
  for (const article of seed.articles) {
    const stored = await db.articles.get(article.id);
    // A deleted article gets no mentions back; an edited one keeps its own.
    if (!stored || isUsers(stored)) continue;
    const rows = seed.mentions.filter((m) => m.articleId === article.id);
    const existing = await db.mentions.where('articleId').equals(article.id).toArray();
    if (sameRecord(sortMentions(rows), sortMentions(existing))) continue;
    await db.mentions.where('articleId').equals(article.id).delete();
    await db.mentions.bulkPut(rows);
  }
}

function isUsers(record: SeedableRecord): boolean {
  return record.origin === 'user' || record.editedAt !== undefined;
}

function sortMentions<T extends { entityId: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.entityId.localeCompare(b.entityId));
}
