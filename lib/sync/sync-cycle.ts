import type { SyncStatus, TeamServer } from '@/lib/schema/sync';
import type { DealLensDatabase, EditConflict, QuarantinedDoc } from '@/lib/store/db';
import {
  applyTeamBatch,
  countConflicts,
  countQuarantined,
  countWaiting,
  dropOutbox,
  forgetConflicts,
  listResolvedConflicts,
  readCursor,
  readOutbox,
  readReceivedSeq,
  readRecordsForPush,
  readSentSeq,
  readSyncStatus,
  stampAuthor,
  writeCursor,
  writeReceivedSeq,
  writeSentSeq,
} from '@/lib/store/team-sync-store';
import { checkServer, describeError, type ServerCheck } from './server-check';
import { type DocBody, readDoc, recordToDocBody, sameShared } from './team-docs';
import type { Replica } from './team-replica';

/** The two ends of one cycle: the local PouchDB replica (IndexedDB) and the server's database. */
export interface CycleReplicas {
  local: Replica;
  remote: Replica;
  name: string;
}

export interface CycleOptions {
  /** Checks the server before replicating (injected by tests). */
  check?: (server: TeamServer) => Promise<ServerCheck>;
  now?: () => number;
  /** Documents per changes-feed batch applied to the store in one transaction. */
  batchSize?: number;
}

type Row = { id: string; value?: { rev: string; deleted?: boolean }; doc?: Record<string, unknown> | null };

/**
 * One short sync cycle (issue 24, docs/adr/0012-team-library.md):
 * 1. the outbox goes into the local replica (always possible, server or not);
 * 2. the server is asked who we are (the status line names any problem), then replication runs both ways
 *    (PouchDB checkpoints it, so a stopped service worker resumes);
 * 3. the outbox entries sent are dropped, and the replica's changes feed is applied to the store in validated
 *    batches, each with its cursor, conflicts and quarantined documents.
 * Returns the status to show; never throws for a server problem.
 */
export async function runSyncCycle(
  db: DealLensDatabase,
  server: TeamServer,
  replicas: CycleReplicas,
  options: CycleOptions = {},
): Promise<SyncStatus> {
  const now = options.now ?? Date.now;
  const { local, remote, name } = replicas;
  // What the store wrote into the replica need not come back into the store: when every earlier change of the
  // replica was applied already, the cursor moves past the ones written now (a first sync of a large store then
  // skips reading, validating and comparing each of its records again). Nothing else writes to the replica
  // meanwhile: cycles never overlap, and the pull comes later in the cycle.
  const cursor = await readCursor(db, name);
  const seqBefore = (await local.info()).update_seq;
  // A replica never written to (a first sync) has no document to look up.
  const { lastSeq } = await pushOutboxToReplica(db, local, server.username, now(), seqBefore === 0);
  const seqAfter = (await local.info()).update_seq;
  if (cursor === seqBefore && seqAfter !== seqBefore) await writeCursor(db, name, seqAfter);

  const check = await (options.check ?? ((s: TeamServer) => checkServer(s)))(server);
  if (!check.ok) return failed(db, check.error, check.detail);
  try {
    // Nothing written into the replica since the server last had all of it: no push to make. With nothing new
    // on the server either, a no-op cycle is the three checks, sent together.
    const before = (await local.info()).update_seq;
    // (An empty replica, a new member's, has nothing to push.)
    const pushing = before !== 0 && before !== (await readSentSeq(db, name));
    // Nothing new on the server since the last pull (its update sequence, read by the check): no pull to make.
    const pulling = check.updateSeq === undefined || check.updateSeq !== (await readReceivedSeq(db, name));
    // Push and pull run side by side (each is checkpointed on its own, and what one writes the other finds
    // already there), so a first sync waits for the longer of the two, not their sum. Both are waited for,
    // whatever happens to the other, so no replication outlives its cycle.
    const [sent, received] = await Promise.allSettled([
      pushing ? local.replicate.to(remote, REPLICATION) : null,
      pulling ? local.replicate.from(remote, REPLICATION) : null,
    ]);
    if (sent.status === 'rejected') throw sent.reason;
    if (sent.value && (!sent.value.ok || (sent.value.errors?.length ?? 0) > 0)) {
      return failed(db, 'failed', describeError(sent.value.errors?.[0]));
    }
    await dropOutbox(db, lastSeq);
    if (received.status === 'rejected') throw received.reason;
    if (received.value) {
      if (!received.value.ok) return failed(db, 'failed', describeError(received.value.errors?.[0]));
      // The sequence read before this pull: anything that came in meanwhile makes the next cycle pull again.
      if (check.updateSeq !== undefined) await writeReceivedSeq(db, name, check.updateSeq);
    }
    // What the pull wrote came from the server: it need not go back.
    await writeSentSeq(db, name, (await local.info()).update_seq);
  } catch (error) {
    // The server answered the checks, then failed: ask again, so the line names the cause if it now has one.
    const again = await (options.check ?? ((s: TeamServer) => checkServer(s)))(server);
    return failed(db, again.ok ? 'failed' : again.error, again.ok ? describeError(error) : again.detail);
  }
  await applyReplicaChanges(db, local, name, options.batchSize ?? 1000, now);
  return finished(db, { state: 'synced', lastSyncedAt: now() });
}

/**
 * Writes the records behind the outbox into the local replica: a document per changed record, a deletion
 * (tombstone) per deleted one, nothing for private records or unchanged ones. Conflicts the reader settled
 * lose their other versions here. Returns the last outbox entry handled.
 */
async function pushOutboxToReplica(db: DealLensDatabase, local: Replica, author: string, at: number, fresh: boolean) {
  // With a `fresh` replica no slice looks its documents up (the outbox's ids are distinct, so no slice finds
  // one written by another).
  const { docIds, lastSeq } = await readOutbox(db);
  // In slices, so a first sync of a large store holds a bounded number of records in memory at once.
  for (let start = 0; start < docIds.length; start += PUSH_SLICE) {
    await pushSlice(db, local, docIds.slice(start, start + PUSH_SLICE), author, at, fresh);
  }
  await removeSettledLosers(db, local);
  return { lastSeq };
}

const PUSH_SLICE = 1000;

/** Documents per replication batch, each batch one round trip and one checkpoint. */
const REPLICATION = { batch_size: 1000 };

/** Writes one slice of outbox records into the replica and stamps them with their author. */
async function pushSlice(
  db: DealLensDatabase,
  local: Replica,
  docIds: string[],
  author: string,
  at: number,
  fresh: boolean,
) {
  const records = await readRecordsForPush(db, docIds);
  const existing = new Map<string, Row>();
  const rows = fresh ? [] : ((await local.allDocs({ keys: docIds, include_docs: true })).rows as Row[]);
  for (const row of rows) if (row.value) existing.set(row.id, row);
  const docs: Record<string, unknown>[] = [];
  const stamped: string[] = [];
  for (const { docId, record, mentions } of records) {
    const kind = docId.slice(0, docId.indexOf(':')) as DocBody['kind'];
    const current = existing.get(docId);
    const rev = current?.value?.deleted ? undefined : current?.value?.rev;
    if (!record) {
      if (rev) docs.push({ _id: docId, _rev: rev, _deleted: true });
      continue;
    }
    const body = recordToDocBody(kind, record, author, at, mentions);
    if (!body) continue;
    const before = current?.doc ? readDoc(current.doc) : null;
    if (before?.status === 'ok' && sameShared(before.doc, body)) continue;
    docs.push({ ...body, _id: docId, ...(rev ? { _rev: rev } : {}) });
    stamped.push(docId);
  }
  if (docs.length > 0) await local.bulkDocs(docs);
  await stampAuthor(db, stamped, author, at);
}

/** Conflicts the reader settled: their losing revisions leave the replica (and, replicated, the server). */
async function removeSettledLosers(db: DealLensDatabase, local: Replica) {
  const resolved = await listResolvedConflicts(db);
  if (resolved.length === 0) return;
  const losers = resolved.flatMap((conflict) =>
    conflict.versions.slice(1).map((version) => ({ _id: conflict.docId, _rev: version.rev, _deleted: true })),
  );
  await local.bulkDocs(losers);
  await forgetConflicts(
    db,
    resolved.map((conflict) => conflict.docId),
  );
}

/** Applies the replica's changes since the stored cursor, batch by batch. */
async function applyReplicaChanges(
  db: DealLensDatabase,
  local: Replica,
  replica: string,
  batchSize: number,
  now: () => number,
): Promise<void> {
  let since = await readCursor(db, replica);
  for (;;) {
    const feed = await local.changes({ since, include_docs: true, conflicts: true, limit: batchSize });
    if (feed.results.length === 0) return;
    const batch = {
      replica,
      docs: [] as Parameters<typeof applyTeamBatch>[1]['docs'],
      deleted: [] as string[],
      quarantined: [] as QuarantinedDoc[],
      conflicts: [] as EditConflict[],
      settled: [] as string[],
      cursor: feed.last_seq,
    };
    for (const change of feed.results) {
      const raw = change.doc as (Record<string, unknown> & { _conflicts?: string[] }) | undefined;
      if (change.deleted) {
        batch.deleted.push(change.id);
        continue;
      }
      const read = readDoc(raw);
      if (read.status === 'foreign') continue;
      if (read.status === 'invalid') {
        batch.quarantined.push({ docId: read.docId, rev: String(raw?._rev ?? ''), reason: read.reason, at: now() });
        continue;
      }
      batch.docs.push(read.doc);
      const losers = raw?._conflicts ?? [];
      if (losers.length === 0) batch.settled.push(change.id);
      else batch.conflicts.push(await conflictOf(local, read.doc, losers));
    }
    await applyTeamBatch(db, batch);
    since = feed.last_seq;
  }
}

/** Every live version of a conflicting document, the winner first; versions that do not validate are left out. */
async function conflictOf(
  local: Replica,
  winner: Parameters<typeof applyTeamBatch>[1]['docs'][number],
  losers: string[],
): Promise<EditConflict> {
  const versions: EditConflict['versions'] = [
    { rev: winner._rev ?? '', author: winner.author, changedAt: winner.changedAt, record: winner.record },
  ];
  for (const rev of losers) {
    const read = readDoc(await local.get(winner._id, { rev }));
    if (read.status === 'ok') {
      versions.push({ rev, author: read.doc.author, changedAt: read.doc.changedAt, record: read.doc.record });
    }
  }
  return { docId: winner._id, versions };
}

async function failed(db: DealLensDatabase, error: SyncStatus['error'], detail?: string): Promise<SyncStatus> {
  const previous = await readSyncStatus(db);
  return finished(db, {
    state: 'error',
    error,
    ...(detail ? { detail } : {}),
    ...(previous.lastSyncedAt ? { lastSyncedAt: previous.lastSyncedAt } : {}),
  });
}

async function finished(db: DealLensDatabase, status: Partial<SyncStatus>): Promise<SyncStatus> {
  return {
    state: 'synced',
    ...status,
    waiting: await countWaiting(db),
    quarantined: await countQuarantined(db),
    conflicts: await countConflicts(db),
  };
}
