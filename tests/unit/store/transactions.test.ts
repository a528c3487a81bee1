import { describe, expect, it } from 'vitest';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle, snapshot } from './helpers';

describe('store transactions', () => {
  it('a seeding run that fails half-way leaves the store exactly as it was', async () => {
    const db = freshDatabase();
    const seed = await buildSeedRecords(readSeedBundle(), 1);
    await applySeedRecords(db, seed);
    const before = await snapshot(db);
    // A record without a key fails inside the transaction, after other tables were already written.
    const broken = {
      ...seed,
      version: seed.version + 1,
      entities: seed.entities.map((e) => (e.id === 'binance' ? { ...e, description: 'changed' } : e)),
      articles: [...seed.articles, { ...seed.articles[0]!, id: undefined as unknown as string }],
    };
    await expect(applySeedRecords(db, broken)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an invalid seed catalog, naming the field', async () => {
    const bundle = readSeedBundle();
    const catalog = structuredClone(bundle.catalog);
    (catalog.entities[0] as { kind: string }).kind = 'spaceship';
    await expect(buildSeedRecords({ ...bundle, catalog }, 1)).rejects.toThrow(/kind/);
  });
});
