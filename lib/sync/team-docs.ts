import type { Article, Deal, Entity, Fact, Mention } from '@/lib/schema';
import { parseSyncDocId, type SyncDoc, SyncDocSchema, type SyncKind, syncDocId } from '@/lib/schema/sync';
import { isShareable } from '@/lib/store/change-tracker';

/** The store's table of each shared kind. */
export const TABLE_OF: Readonly<Record<SyncKind, 'entities' | 'deals' | 'facts' | 'articles'>> = {
  entity: 'entities',
  deal: 'deals',
  fact: 'facts',
  article: 'articles',
};

export type SharedRecord = Entity | Deal | Fact | Article;

/** A document's body without CouchDB's bookkeeping (`_id`, `_rev`, …). */
export type DocBody = Omit<SyncDoc, '_id' | '_rev'>;

/**
 * The document the team gets for a record, or null when the record stays here (private, or an unedited seed
 * record). What never leaves: the `private` flag, this browser's last-author stamp, and a fact's note unless the
 * reader shared it (notes are private by default).
 */
export function recordToDocBody(
  kind: SyncKind,
  record: SharedRecord,
  author: string,
  changedAt: number,
  mentions: readonly Mention[] = [],
): DocBody | null {
  if (!isShareable(record)) return null;
  const { private: _private, changedBy: _by, changedAt: _at, ...shared } = record;
  if (kind === 'fact') {
    const fact = shared as Omit<Fact, 'private' | 'changedBy' | 'changedAt'>;
    if (!fact.noteShared) {
      delete fact.note;
      delete fact.noteShared;
    }
  }
  const body = { kind, record: shared, author, changedAt } as Record<string, unknown>;
  if (kind === 'article') {
    body.mentions = mentions
      .map(({ entityId, count }) => ({ entityId, count }))
      .sort((a, b) => a.entityId.localeCompare(b.entityId));
  }
  return body as DocBody;
}

/** Whether two bodies share the same record (who and when aside): then writing one over the other is a no-op. */
export function sameShared(a: DocBody, b: DocBody): boolean {
  const strip = ({ author: _a, changedAt: _c, ...rest }: DocBody) => rest;
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}

/** JSON with keys sorted, so two equal records compare equal whatever order their fields were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => x.localeCompare(y)))
      : inner,
  );
}

/** What a document from the server turned out to be. */
export type ReadDoc =
  | { status: 'ok'; doc: SyncDoc }
  | { status: 'foreign' }
  | { status: 'invalid'; docId: string; reason: string };

/**
 * Validates a document from the server with the store's own schemas (the same as an import). Design documents
 * and ids Deal Lens never writes are `foreign` (ignored); a document of ours that does not fit, or whose record
 * id disagrees with its `_id`, is `invalid`, with the first few reasons in words.
 */
export function readDoc(raw: unknown): ReadDoc {
  const docId = raw && typeof raw === 'object' ? (raw as { _id?: unknown })._id : undefined;
  if (typeof docId !== 'string' || docId.startsWith('_design/') || docId.startsWith('_local/')) {
    return { status: 'foreign' };
  }
  const named = parseSyncDocId(docId);
  if (!named) return { status: 'invalid', docId: docId.slice(0, 300), reason: 'not a Deal Lens document id' };
  const parsed = SyncDocSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'document'}: ${issue.message}`)
      .join('; ');
    return { status: 'invalid', docId, reason };
  }
  const doc = parsed.data;
  if (doc.kind !== named.kind || doc.record.id !== named.id || doc._id !== syncDocId(doc.kind, doc.record.id)) {
    return { status: 'invalid', docId, reason: 'the record inside does not match the document id' };
  }
  return { status: 'ok', doc };
}

/**
 * The record to store for a document from the team, merged with what this browser holds:
 * - it carries who changed it last and when;
 * - an edited seed record keeps `editedAt`, so the next seed update leaves the team's version alone;
 * - a note the team shared arrives shared; a note kept private here stays, whatever the team's version says.
 * Null when the local record is private: the reader chose to keep it apart, and the team's version waits on the
 * server.
 */
export function docToRecord(doc: SyncDoc, local: SharedRecord | undefined): SharedRecord | null {
  if (local?.private) return null;
  const record = { ...doc.record, changedBy: doc.author, changedAt: doc.changedAt } as SharedRecord;
  if (record.origin === 'seed' && record.editedAt === undefined) record.editedAt = doc.changedAt;
  if (doc.kind === 'fact') {
    const fact = record as Fact;
    const localFact = local as Fact | undefined;
    if (fact.note !== undefined) fact.noteShared = true;
    else delete fact.noteShared;
    if (localFact?.note !== undefined && !localFact.noteShared) {
      fact.note = localFact.note;
      delete fact.noteShared;
    }
  }
  return record;
}
