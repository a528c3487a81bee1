import Dexie, { type DBCoreMutateRequest, type DBCoreTable } from 'dexie';
import { type SyncKind, syncDocId } from '@/lib/schema/sync';

/** The tables whose records a team shares, and the kind their documents carry. */
export const SYNCED_TABLES: Readonly<Record<string, SyncKind>> = {
  entities: 'entity',
  deals: 'deal',
  facts: 'fact',
  articles: 'article',
};

/** Document ids changed per IndexedDB transaction; a nested Dexie transaction shares its parent's. */
const changedIn = new WeakMap<object, Set<string>>();

/**
 * Notes every record written or deleted in the synced tables, whatever the call (put, bulkPut, modify, delete),
 * at Dexie's lowest layer, so no write can forget it. `writeCatalog` turns the notes into outbox entries in the
 * same transaction (issue 24: "fed from the single write road through an outbox written in the same Dexie
 * transaction as the change").
 */
export function trackCatalogChanges(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'deal-lens-change-tracker',
    create: (down) => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        const kind = SYNCED_TABLES[name];
        if (!kind) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            noteRequest(kind, request);
            return table.mutate(request);
          },
        };
      },
    }),
  });
}

function noteRequest(kind: SyncKind, request: DBCoreMutateRequest): void {
  let keys: unknown[] = [];
  if (request.type === 'put' || request.type === 'add') {
    // Seed records nobody edited are the same in every browser: nothing to share (issue 24).
    keys = request.values.flatMap((value) => (isShareable(value) ? [(value as { id?: unknown }).id] : []));
  } else if (request.type === 'delete') {
    keys = request.keys;
  }
  // `deleteRange` is a table cleared whole (a wipe of this browser's store): not a deletion to share.
  if (keys.length === 0) return;
  const set = changedIn.get(request.trans) ?? new Set<string>();
  changedIn.set(request.trans, set);
  for (const key of keys) if (typeof key === 'string') set.add(syncDocId(kind, key));
}

/** The document ids changed so far in the current Dexie transaction, forgotten once read. */
export function takeChangedDocIds(): string[] {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans) return [];
  const set = changedIn.get(trans);
  changedIn.delete(trans);
  return set ? [...set] : [];
}

/**
 * Whether a record is the team's business: the reader's own records and seed records once edited; never one
 * marked private (a record made private later keeps its last shared version on the server, see the ADR).
 */
export function isShareable(record: unknown): boolean {
  if (!record || typeof record !== 'object') return false;
  const {
    origin,
    editedAt,
    private: isPrivate,
  } = record as { origin?: unknown; editedAt?: unknown; private?: unknown };
  if (isPrivate === true) return false;
  return origin === 'user' || editedAt !== undefined;
}
