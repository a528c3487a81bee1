/** The part of `navigator.storage` the store uses; absent in some contexts and older browsers. */
export type PersistentStorage = Pick<StorageManager, 'persist'> & Partial<Pick<StorageManager, 'persisted'>>;

/**
 * Asks the browser to keep the store when the disk runs low. Without it the store is "best effort" and the browser
 * may evict it, with every article and fact the reader gathered, to make room for other sites. Resolves to whether
 * the store is persistent, or undefined where the API is missing; never rejects (a refusal is not an error).
 */
export async function requestPersistentStorage(
  storage: PersistentStorage | undefined = globalThis.navigator?.storage,
): Promise<boolean | undefined> {
  if (typeof storage?.persist !== 'function') return undefined;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
