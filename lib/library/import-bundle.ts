import type { Mention } from '@/lib/schema';
import { writeCatalog } from '@/lib/store/catalog-write';
import type { DealLensDatabase } from '@/lib/store/db';
import { sameRecord } from '@/lib/store/same-record';
import { BundleError, type BundleIssue, MAX_LISTED_ISSUES } from './bundle-error';
import { BUNDLE_TABLES, type Bundle, type BundleTable } from './bundle-schema';
import { dataTables, mentionKey, type RecordKind } from './records';
import {
  articleReferences,
  brokenReferences,
  dealReferences,
  entityReferences,
  factReferences,
  type KnownIds,
  mentionReferences,
  type Reference,
} from './references';

/** What an import did to one table. */
export interface TableReport {
  added: number;
  updated: number;
  /** Already there as in the bundle, or kept because the store's copy is the reader's newer edit. */
  skipped: number;
}

export type ImportReport = Record<BundleTable, TableReport>;

type Versioned = { origin?: 'seed' | 'user'; editedAt?: number };

/**
 * What to do with one incoming record, given the stored one:
 * - nothing stored: add it;
 * - the same: skip;
 * - an untouched seed record: skip (the installed seed catalog is the authority on its own records);
 * - the store holds a later edit: skip (the reader's newest work wins);
 * - otherwise the bundle's copy replaces the store's.
 */
export function mergeDecision(incoming: unknown, stored: unknown): 'add' | 'update' | 'skip' {
  if (stored === undefined) return 'add';
  if (sameRecord(incoming, stored)) return 'skip';
  const a = incoming as Versioned;
  const b = stored as Versioned;
  if (a.origin === 'seed' && a.editedAt === undefined) return 'skip';
  if (b.editedAt !== undefined && b.editedAt > (a.editedAt ?? Number.NEGATIVE_INFINITY)) return 'skip';
  return 'update';
}

const REFERENCES: Record<BundleTable, (record: never) => Reference[]> = {
  entities: entityReferences,
  deals: dealReferences,
  facts: factReferences,
  articles: articleReferences,
  mentions: mentionReferences,
};

/**
 * Merges a validated bundle into the store in one transaction. Every reference must resolve in the bundle or the
 * store: otherwise a {@link BundleError} aborts the transaction before anything is written, and the store is exactly
 * as before. Entities written bump the catalog version in the same transaction.
 */
export async function importBundle(db: DealLensDatabase, bundle: Bundle): Promise<ImportReport> {
  return writeCatalog(db, dataTables(db), async () => {
    const known = await knownIds(db, bundle);
    const broken: BundleIssue[] = [];
    for (const table of BUNDLE_TABLES) {
      bundle[table].forEach((record, i) => {
        for (const issue of brokenReferences(REFERENCES[table](record as never), known)) {
          const { path, ...rest } = issue;
          broken.push({ ...rest, where: `${table}[${i}].${path}` });
        }
      });
    }
    if (broken.length > 0) throw new BundleError('broken-reference', broken.slice(0, MAX_LISTED_ISSUES), broken.length);

    const report = {} as ImportReport;
    const written: Partial<Record<RecordKind, { id: string }[]>> = {};
    for (const table of BUNDLE_TABLES) {
      const records = bundle[table] as readonly object[];
      const dexie = db.table(table);
      const keys = records.map((r) => (table === 'mentions' ? mentionKey(r as Mention) : (r as { id: string }).id));
      const stored = await dexie.bulkGet(keys as never[]);
      const writes: object[] = [];
      const counts: TableReport = { added: 0, updated: 0, skipped: 0 };
      records.forEach((record, i) => {
        const decision = mergeDecision(record, stored[i]);
        if (decision === 'add') counts.added++;
        else if (decision === 'update') counts.updated++;
        else counts.skipped++;
        if (decision !== 'skip') writes.push(record);
      });
      if (writes.length > 0) await dexie.bulkPut(writes);
      if (table !== 'mentions') written[table] = writes as { id: string }[];
      report[table] = counts;
    }
    return { result: report, changes: { written } };
  });
}

/** Ids that references may point at: the bundle's records and the store's. */
async function knownIds(db: DealLensDatabase, bundle: Bundle): Promise<KnownIds> {
  const [entities, deals, articles] = await Promise.all([
    db.entities.toCollection().primaryKeys(),
    db.deals.toCollection().primaryKeys(),
    db.articles.toCollection().primaryKeys(),
  ]);
  return {
    entities: new Set([...entities, ...bundle.entities.map((r) => r.id)]),
    deals: new Set([...deals, ...bundle.deals.map((r) => r.id)]),
    articles: new Set([...articles, ...bundle.articles.map((r) => r.id)]),
  };
}

/** Totals over every table, for the report's headline. */
export function reportTotals(report: ImportReport): TableReport {
  return BUNDLE_TABLES.reduce(
    (sum, table) => ({
      added: sum.added + report[table].added,
      updated: sum.updated + report[table].updated,
      skipped: sum.skipped + report[table].skipped,
    }),
    { added: 0, updated: 0, skipped: 0 },
  );
}
