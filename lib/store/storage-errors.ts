/** The names a full disk or quota goes by: the standard one, and Firefox's older one. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether an error means the browser refused to store more: a `QuotaExceededError` DOMException, as IndexedDB
 * throws it, or as Dexie wraps it (`Dexie.QuotaExceededError`, or an `AbortError` whose `inner` is the cause).
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  // Dexie nests at most a couple of levels; the bound keeps a cyclic `inner` from looping forever.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    current = inner;
  }
  return false;
}
