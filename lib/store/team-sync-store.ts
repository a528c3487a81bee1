import type { Table } from 'dexie';
import type { Mention } from '@/lib/schema';
import {
  parseSyncDocId,
  type SyncDoc,
  type SyncStatus,
  SyncStatusSchema,
  type TeamServer,
  TeamServerSchema,
} from '@/lib/schema/sync';
import { docToRecord, recordToDocBody, type SharedRecord, sameShared, TABLE_OF } from '@/lib/sync/team-docs';
import { type CatalogChanges, writeCatalog } from './catalog-write';
import type { DealLensDatabase, EditConflict, QuarantinedDoc } from './db';

// Everything the team library keeps in the store (issue 24). The server settings live in the extension's own
// IndexedDB rather than `storage.local`, which a content script (inside a web page's process) can read.
const SERVER_KEY = 'team-server';
const STATUS_KEY = 'team-sync-status';
const cursorKey = (replica: string) => `team-sync-cursor:${replica}`;

/** The team server the reader set up, or null (then nothing leaves the browser). */
export async function readTeamServer(db: DealLensDatabase): Promise<TeamServer | null> {
  const parsed = TeamServerSchema.safeParse((await db.meta.get(SERVER_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** Saves (or, with null, forgets) the team server; validated, so a bad value never reaches a sync cycle. */
export async function writeTeamServer(db: DealLensDatabase, server: TeamServer | null): Promise<void> {
  if (server === null) {
    await db.meta.delete(SERVER_KEY);
    return;
  }
  await db.meta.put({ key: SERVER_KEY, value: TeamServerSchema.parse(server) });
}

export async function readSyncStatus(db: DealLensDatabase): Promise<SyncStatus> {
  const parsed = SyncStatusSchema.safeParse((await db.meta.get(STATUS_KEY))?.value);
  return parsed.success ? parsed.data : SyncStatusSchema.parse({ state: 'off' });
}

export async function writeSyncStatus(db: DealLensDatabase, status: SyncStatus): Promise<void> {
  await db.meta.put({ key: STATUS_KEY, value: SyncStatusSchema.parse(status) });
}

/** The replica's changes already applied to the store: where the next cycle resumes after any stop. */
export async function readCursor(db: DealLensDatabase, replica: string): Promise<string | number> {
  const value = (await db.meta.get(cursorKey(replica)))?.value;
  return typeof value === 'string' || typeof value === 'number' ? value : 0;
}

/**
 * Moves the cursor over replica changes that need no applying: the ones this browser just wrote into its replica
 * from the store itself (see lib/sync/sync-cycle.ts).
 */
export async function writeCursor(db: DealLensDatabase, replica: string, cursor: string | number): Promise<void> {
  await db.meta.put({ key: cursorKey(replica), value: cursor });
}

const sentKey = (replica: string) => `team-sync-sent:${replica}`;
const receivedKey = (replica: string) => `team-sync-received:${replica}`;

/** The server database's update sequence this replica last pulled up to (null: never). */
export async function readReceivedSeq(db: DealLensDatabase, replica: string): Promise<string | null> {
  const value = (await db.meta.get(receivedKey(replica)))?.value;
  return typeof value === 'string' ? value : null;
}

export async function writeReceivedSeq(db: DealLensDatabase, replica: string, seq: string): Promise<void> {
  await db.meta.put({ key: receivedKey(replica), value: seq });
}

/** The replica's update sequence the server last had all of (null: unknown, send to be sure). */
export async function readSentSeq(db: DealLensDatabase, replica: string): Promise<string | number | null> {
  const value = (await db.meta.get(sentKey(replica)))?.value;
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

export async function writeSentSeq(db: DealLensDatabase, replica: string, seq: string | number): Promise<void> {
  await db.meta.put({ key: sentKey(replica), value: seq });
}

/** What the outbox holds: distinct document ids, and the last entry read (entries up to it go once sent). */
export async function readOutbox(db: DealLensDatabase): Promise<{ docIds: string[]; lastSeq: number }> {
  const entries = await db.outbox.toArray();
  return {
    docIds: [...new Set(entries.map((entry) => entry.docId))],
    lastSeq: entries.reduce((last, entry) => Math.max(last, entry.seq ?? 0), 0),
  };
}

/** Drops the outbox entries up to `lastSeq`, once the server has them; later writes stay queued. */
export async function dropOutbox(db: DealLensDatabase, lastSeq: number): Promise<void> {
  await db.outbox.where('seq').belowOrEqual(lastSeq).delete();
}

/** How many records wait to reach the team. */
export async function countWaiting(db: DealLensDatabase): Promise<number> {
  return new Set(await db.outbox.orderBy('docId').uniqueKeys()).size;
}

/** A record as it stands here, for the outbox: absent means deleted. */
export interface LocalRecord {
  docId: string;
  record: SharedRecord | undefined;
  mentions: Mention[];
}

/** The current records behind outbox document ids, read in one transaction (one bulk read per table). */
export async function readRecordsForPush(db: DealLensDatabase, docIds: readonly string[]): Promise<LocalRecord[]> {
  return db.transaction('r', [db.entities, db.deals, db.facts, db.articles, db.mentions], async () => {
    const named = docIds.flatMap((docId) => {
      const parsed = parseSyncDocId(docId);
      return parsed ? [{ docId, ...parsed }] : [];
    });
    const out: LocalRecord[] = [];
    for (const kind of ['entity', 'deal', 'fact', 'article'] as const) {
      const ofKind = named.filter((n) => n.kind === kind);
      if (ofKind.length === 0) continue;
      const records = (await db.table(TABLE_OF[kind]).bulkGet(ofKind.map((n) => n.id))) as (SharedRecord | undefined)[];
      for (const [i, n] of ofKind.entries()) {
        const mentions = kind === 'article' ? await db.mentions.where('articleId').equals(n.id).toArray() : [];
        out.push({ docId: n.docId, record: records[i], mentions });
      }
    }
    return out;
  });
}

/**
 * Stamps records just handed to the team with who changed them and when (the reader's user name), without
 * queueing them again. Read and written in one transaction, so an edit made meanwhile is never overwritten.
 */
export async function stampAuthor(db: DealLensDatabase, docIds: readonly string[], author: string, at: number) {
  if (docIds.length === 0) return;
  const tables = [db.entities, db.deals, db.facts, db.articles];
  await writeCatalog(
    db,
    tables,
    async () => {
      for (const kind of ['entity', 'deal', 'fact', 'article'] as const) {
        const ids = docIds.flatMap((docId) => {
          const named = parseSyncDocId(docId);
          return named?.kind === kind ? [named.id] : [];
        });
        if (ids.length === 0) continue;
        const table = db.table(TABLE_OF[kind]);
        const records = (await table.bulkGet(ids)) as (SharedRecord | undefined)[];
        await table.bulkPut(records.flatMap((r) => (r ? [{ ...r, changedBy: author, changedAt: at }] : [])));
      }
      return { result: undefined, changes: {} };
    },
    { fromTeam: true },
  );
}

/** One batch of the replica's changes feed, validated: documents to store, ids deleted, what was set aside. */
export interface TeamBatch {
  replica: string;
  docs: SyncDoc[];
  deleted: string[];
  quarantined: QuarantinedDoc[];
  /** Conflicts now known (documents with several live versions), and documents whose conflict is gone. */
  conflicts: EditConflict[];
  settled: string[];
  /** The feed position after this batch, saved in the same transaction. */
  cursor: string | number;
}

/**
 * Applies a batch from the team through the one road to the store, in one transaction with its cursor: a
 * service worker stopped half-way resumes exactly after the last batch applied. Records with a change still
 * in the outbox keep the local version (it goes out next cycle); private records are never touched.
 * Returns how many records changed.
 */
export async function applyTeamBatch(db: DealLensDatabase, batch: TeamBatch): Promise<number> {
  const tables: Table[] = [db.entities, db.deals, db.facts, db.articles, db.mentions, db.quarantine];
  return writeCatalog(
    db,
    tables,
    async () => {
      const pending = new Set(await db.outbox.orderBy('docId').uniqueKeys());
      const written: Record<string, SharedRecord[]> = {};
      const deleted: Record<string, SharedRecord[]> = {};
      const locals = new Map<string, SharedRecord>();
      for (const kind of ['entity', 'deal', 'fact', 'article'] as const) {
        const ids = batch.docs.filter((doc) => doc.kind === kind).map((doc) => doc.record.id);
        if (ids.length === 0) continue;
        const found = (await db.table(TABLE_OF[kind]).bulkGet(ids)) as (SharedRecord | undefined)[];
        for (const record of found) if (record) locals.set(`${kind}:${record.id}`, record);
      }
      const articleMentions: { id: string; mentions: Mention[] }[] = [];
      for (const doc of batch.docs) {
        if (pending.has(doc._id)) continue;
        const local = locals.get(doc._id);
        const record = docToRecord(doc, local);
        if (!record) continue;
        const { _id, _rev, ...incoming } = doc;
        if (local?.changedBy === doc.author) {
          const localBody = recordToDocBody(doc.kind, local, doc.author, doc.changedAt);
          if (localBody && sameShared(localBody, incoming)) continue;
        }
        listIn(written, TABLE_OF[doc.kind]).push(record);
        if (doc.kind === 'article') {
          articleMentions.push({
            id: doc.record.id,
            mentions: doc.mentions.map((m) => ({ ...m, articleId: doc.record.id })),
          });
        }
      }
      for (const [kind, records] of Object.entries(written)) await db.table(kind).bulkPut(records);
      for (const { id, mentions } of articleMentions) {
        await db.mentions.where('articleId').equals(id).delete();
        await db.mentions.bulkPut(mentions);
      }
      for (const docId of batch.deleted) {
        const named = parseSyncDocId(docId);
        if (!named || pending.has(docId)) continue;
        const kind = TABLE_OF[named.kind];
        const local = (await db.table(kind).get(named.id)) as SharedRecord | undefined;
        if (!local || local.private) continue;
        await db.table(kind).delete(named.id);
        if (kind === 'articles') await db.mentions.where('articleId').equals(named.id).delete();
        listIn(deleted, kind).push(local);
      }
      const changed =
        Object.values(written).reduce((n, list) => n + list.length, 0) +
        Object.values(deleted).reduce((n, list) => n + list.length, 0);
      const changes: CatalogChanges = { written, deleted };
      if (batch.quarantined.length > 0) await db.quarantine.bulkPut(batch.quarantined);
      if (batch.conflicts.length > 0) await db.editConflicts.bulkPut(batch.conflicts);
      if (batch.settled.length > 0) await db.editConflicts.bulkDelete(batch.settled);
      await db.meta.put({ key: cursorKey(batch.replica), value: batch.cursor });
      return { result: changed, changes };
    },
    { fromTeam: true },
  );
}

/** Records edited in two places, for the library's "Edited in two places". */
export function listEditConflicts(db: DealLensDatabase): Promise<EditConflict[]> {
  return db.editConflicts.filter((conflict) => conflict.resolvedAt === undefined).toArray();
}

/** Conflicts the reader settled, whose losing revisions the next cycle removes from the replica. */
export function listResolvedConflicts(db: DealLensDatabase): Promise<EditConflict[]> {
  return db.editConflicts.filter((conflict) => conflict.resolvedAt !== undefined).toArray();
}

export async function forgetConflicts(db: DealLensDatabase, docIds: readonly string[]): Promise<void> {
  await db.editConflicts.bulkDelete([...docIds]);
}

export async function countQuarantined(db: DealLensDatabase): Promise<number> {
  return db.quarantine.count();
}

export async function countConflicts(db: DealLensDatabase): Promise<number> {
  return (await listEditConflicts(db)).length;
}

/** The list under `key`, created empty when absent. */
function listIn<T>(lists: Record<string, T[]>, key: string): T[] {
  const list = lists[key] ?? [];
  lists[key] = list;
  return list;
}
