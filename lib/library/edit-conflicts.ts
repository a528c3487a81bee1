import { type Fact, parseSyncDocId } from '@/lib/schema';
import type { DealLensDatabase, EditConflict } from '@/lib/store/db';
import { listEditConflicts } from '@/lib/store/team-sync-store';
import { TABLE_OF } from '@/lib/sync/team-docs';
import { saveRecord } from './edit-records';

/** The library's side of "Edited in two places" (issue 24). */
export interface EditConflictAccess {
  list(): Promise<EditConflict[]>;
  /** Keeps `record` (the reader's merge) through the store's one road, and marks the conflict settled. */
  resolve(docId: string, record: Record<string, unknown>): Promise<void>;
}

export function createEditConflictAccess(db: DealLensDatabase): EditConflictAccess {
  return {
    list: () => listEditConflicts(db),
    async resolve(docId, record) {
      const named = parseSyncDocId(docId);
      if (!named) throw new Error(`not a record of the team library: ${docId}`);
      const kind = TABLE_OF[named.kind];
      const local = (await db.table(kind).get(named.id)) as (Fact & { private?: boolean }) | undefined;
      const kept: Record<string, unknown> = { ...record, id: named.id };
      // What never left this browser stays as it is: its private flag, and a fact's private note.
      if (local?.private) kept.private = true;
      if (kind === 'facts' && local?.note !== undefined && !local.noteShared) {
        kept.note = local.note;
        delete kept.noteShared;
      }
      await saveRecord(db, kind, kept, { isNew: local === undefined });
      await db.editConflicts.update(docId, { resolvedAt: Date.now() });
    },
  };
}
