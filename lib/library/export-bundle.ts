import type { DealLensDatabase } from '@/lib/store/db';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-schema';
import { loadLibrary } from './records';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The whole store as a bundle, read in one transaction. Records are sorted by id so two exports of the same store
 * are byte-for-byte equal apart from `exportedAt`, and a diff of two bundles shows only what changed.
 */
export async function exportBundle(db: DealLensDatabase, now = new Date(), generator?: string): Promise<Bundle> {
  const data = await loadLibrary(db);
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    ...(generator ? { generator } : {}),
    entities: [...data.entities].sort(byId),
    deals: [...data.deals].sort(byId),
    facts: [...data.facts].sort(byId),
    articles: [...data.articles].sort(byId),
    mentions: [...data.mentions].sort(
      (a, b) => a.articleId.localeCompare(b.articleId) || a.entityId.localeCompare(b.entityId),
    ),
  };
}

/** The bundle as the file holds it: indented, so a person can read and diff it. */
export function bundleToJson(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 1)}\n`;
}

/** `deal-lens-2025-01-14.json`: sorts by date in a downloads folder. */
export function bundleFileName(now = new Date(), extension: 'json' | 'csv' = 'json', stem = 'deal-lens'): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
