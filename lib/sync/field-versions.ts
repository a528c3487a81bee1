import type { SyncDocVersion } from '@/lib/store/db';
import { canonicalJson } from './team-docs';

/** Fields that are bookkeeping, not the reader's content: never offered as a choice. */
const BOOKKEEPING = new Set(['id', 'origin', 'editedAt', 'changedBy', 'changedAt', 'private']);

/** One field on which the versions of a record disagree, with each version's value (undefined: absent). */
export interface DifferingField {
  field: string;
  values: unknown[];
}

/** The fields whose values differ between the versions, in a stable order (the first version's, then the rest). */
export function differingFields(versions: readonly SyncDocVersion[]): DifferingField[] {
  const fields: string[] = [];
  for (const version of versions) {
    for (const field of Object.keys(version.record)) if (!fields.includes(field)) fields.push(field);
  }
  return fields
    .filter((field) => !BOOKKEEPING.has(field))
    .map((field) => ({ field, values: versions.map((version) => version.record[field]) }))
    .filter(({ values }) => new Set(values.map((value) => canonicalJson(value ?? null))).size > 1);
}

/**
 * The record the reader keeps: the first version, with each chosen field taken from the version picked for it
 * (`picks[field]` is an index into `versions`). A field absent from the picked version is removed.
 */
export function mergeVersions(
  versions: readonly SyncDocVersion[],
  picks: Readonly<Record<string, number>>,
): Record<string, unknown> {
  const base = versions[0];
  if (!base) throw new Error('mergeVersions: no version');
  const merged: Record<string, unknown> = structuredClone(base.record);
  for (const [field, index] of Object.entries(picks)) {
    const version = versions[index];
    if (!version || BOOKKEEPING.has(field)) continue;
    if (version.record[field] === undefined) delete merged[field];
    else merged[field] = structuredClone(version.record[field]);
  }
  return merged;
}

/** A value as one short line for the choice's label. */
export function describeValue(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}
