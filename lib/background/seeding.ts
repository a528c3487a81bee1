import { loadSeedBundle } from '@/lib/seed/seed-bundle';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { applySeedRecords, SEED_VERSION_KEY, type SeedReport } from '@/lib/store/seed-store';

/** Loads the shipped seed catalog into the store (idempotent; the reader's own records are never touched). */
export async function seedStore(db: DealLensDatabase): Promise<SeedReport> {
  const records = await buildSeedRecords(loadSeedBundle(), Date.now());
  return applySeedRecords(db, records);
}

/**
 * Seeds once per service-worker life if the store has never been seeded with this catalog version, e.g. when the
 * reader cleared the extension's data, so the first message after that still finds the seed deals.
 */
export function createSeedGate(db: DealLensDatabase): {
  ensureSeeded: () => Promise<void>;
  reseed: () => Promise<SeedReport>;
} {
  let done: Promise<void> | undefined;
  const reseed = async () => {
    const report = await seedStore(db);
    done = Promise.resolve();
    return report;
  };
  const ensureSeeded = () => {
    done ??= (async () => {
      const version = (await db.meta.get(SEED_VERSION_KEY))?.value;
      if (version !== loadSeedBundle().catalog.version) await seedStore(db);
    })().catch((error: unknown) => {
      done = undefined;
      throw error;
    });
    return done;
  };
  return { ensureSeeded, reseed };
}
