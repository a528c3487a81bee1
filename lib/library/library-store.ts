import type { DealLensDatabase } from '@/lib/store/db';
import type { Bundle } from './bundle-schema';
import type { DeletionPlan } from './delete-plan';
import { deleteRecord } from './delete-records';
import { type RecordTypes, saveRecord } from './edit-records';
import { exportBundle } from './export-bundle';
import { type ImportReport, importBundle } from './import-bundle';
import { mergeEntities } from './merge-entities';
import type { MergePlan } from './merge-plan';
import { readBundleFile } from './parse-bundle';
import { type LibraryData, loadLibrary, type RecordKind } from './records';
import { wipeStore } from './wipe-store';

/** Everything the library page does to the store, bound to one database (a fresh one per component test). */
export interface LibraryStore {
  load(): Promise<LibraryData>;
  save<K extends RecordKind>(kind: K, input: unknown, isNew: boolean): Promise<RecordTypes[K]>;
  remove(kind: RecordKind, id: string): Promise<DeletionPlan | undefined>;
  merge(keepId: string, dropId: string): Promise<MergePlan>;
  exportBundle(): Promise<Bundle>;
  /** Validates the whole file, then merges it in one transaction; throws a `BundleError` naming what is wrong. */
  importFile(file: Blob): Promise<ImportReport>;
  wipe(): Promise<void>;
}

export function createLibraryStore(db: DealLensDatabase, generator?: string): LibraryStore {
  return {
    load: () => loadLibrary(db),
    save: (kind, input, isNew) => saveRecord(db, kind, input, { isNew }),
    remove: (kind, id) => deleteRecord(db, kind, id),
    merge: (keepId, dropId) => mergeEntities(db, keepId, dropId),
    exportBundle: () => exportBundle(db, new Date(), generator),
    importFile: async (file) => importBundle(db, await readBundleFile(file)),
    wipe: () => wipeStore(db),
  };
}
