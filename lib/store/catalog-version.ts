import type { DealLensDatabase } from './db';

const CATALOG_VERSION_KEY = 'catalog-version';

/**
 * The catalog version changes whenever entities or aliases change, from any extension context (the background
 * seeding, the library page editing an alias). The background recompiles its matcher only when it changes.
 */
export async function readCatalogVersion(db: DealLensDatabase): Promise<string> {
  const record = await db.meta.get(CATALOG_VERSION_KEY);
  return typeof record?.value === 'string' ? record.value : 'initial';
}

/** Call inside the same transaction as the entity write, so the version never runs ahead of the data. */
export async function bumpCatalogVersion(db: DealLensDatabase): Promise<string> {
  const version = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await db.meta.put({ key: CATALOG_VERSION_KEY, value: version });
  return version;
}
