import type { ListFilter } from '@/lib/library/browse';
import type { ImportReport } from '@/lib/library/import-bundle';
import type { RecordKind } from '@/lib/library/records';
import type { RecordSection } from '@/lib/library/route';
import type { FieldIssue } from '@/lib/library/validation';

// The types the library's components share. They live here, not in the component that happens to create the
// value, so that a child never imports its parent (LibraryApp → LibraryView → EditorPanel → LibraryApp was a circle).

/** What the reader narrowed each list to; each list keeps its own while the reader moves between sections. */
export type Filters = Record<RecordSection, ListFilter>;

/** What is open over the page: a deletion to confirm, or a merge to set up. */
export type Pending = { type: 'delete'; kind: RecordKind; id: string } | { type: 'merge'; id: string } | undefined;

/** What a save resolves with: the issues when the store refused the record, nothing when it was saved. */
export type SaveResult = Promise<readonly FieldIssue[] | undefined>;

/**
 * Saves a record of any kind (new or edited). A new record's form opens once it is saved, unless `stay` (an entity
 * created from the deal form's party picker: the reader goes on with the deal).
 */
export type SaveAnyRecord = (
  kind: RecordKind,
  input: unknown,
  isNew: boolean,
  options?: { stay?: boolean },
) => SaveResult;

/** Saves the record an editor shows (the editor knows its kind). */
export type SaveRecord = (input: unknown, isNew: boolean) => SaveResult;

/** The export, import and erase actions of the transfer section. */
export interface TransferActions {
  onExportJson: () => Promise<void>;
  onExportCsv: () => Promise<void>;
  /** Validates and merges a bundle; rejects with a `BundleError` when it is refused. */
  onImport: (file: File) => Promise<ImportReport>;
  onWipe: () => Promise<void>;
}
