import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedRecords, type SeedRecords } from '@/lib/seed/seed-records';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle, snapshot } from './helpers';

let seed: SeedRecords;
beforeAll(async () => {
  seed = await buildSeedRecords(readSeedBundle(), 1_700_000_000_000);
});

describe('seeding the store', () => {
  it('loads every seed record, with every country the platform knows', async () => {
    const db = freshDatabase();
    const report = await applySeedRecords(db, seed);
    expect(await db.deals.count()).toBe(3);
    expect(await db.articles.count()).toBe(3);
    expect(await db.facts.count()).toBe(seed.facts.length);
    expect(await db.entities.count()).toBeGreaterThan(240);
    expect(report.added).toBe(seed.entities.length + seed.deals.length + seed.facts.length + seed.articles.length);
    const peru = await db.entities.get('peru');
    expect(peru?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Pérou', 'Peru', 'Perú']));
    expect((await db.entities.get('france'))?.kind).toBe('country');
  });

  it('records which entities each seed article mentions, and how often', async () => {
    const db = freshDatabase();
    await applySeedRecords(db, seed);
    const huawei = await db.mentions.get(['seed-huawei-peru', 'huawei']);
    expect(huawei?.count).toBeGreaterThanOrEqual(4);
    const peru = await db.mentions.get(['seed-huawei-peru', 'peru']);
    expect(peru?.count).toBeGreaterThanOrEqual(8);
    expect(await db.mentions.get(['seed-aws-mexico', 'huawei'])).toBeUndefined();
  });

  it('is idempotent: a second run changes nothing', async () => {
    const db = freshDatabase();
    await applySeedRecords(db, seed);
    const before = await snapshot(db);
    const later = await buildSeedRecords(readSeedBundle(), 1_800_000_000_000);
    const report = await applySeedRecords(db, later);
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('never overwrites or deletes what the reader created or edited', async () => {
    const db = freshDatabase();
    await applySeedRecords(db, seed);
    const edited = { ...(await db.entities.get('huawei'))!, description: 'My own note', editedAt: 1 };
    await db.entities.put(edited);
    const mine = { ...(await db.deals.get('huawei-peru'))!, id: 'my-deal', origin: 'user' as const };
    await db.deals.put(mine);
    // A newer catalog rewrites Huawei and drops the Huawei deal.
    const next: SeedRecords = {
      ...seed,
      version: seed.version + 1,
      entities: seed.entities.map((e) => (e.id === 'huawei' ? { ...e, description: 'New seed text' } : e)),
      deals: seed.deals.filter((d) => d.id !== 'huawei-peru'),
    };
    const report = await applySeedRecords(db, next);
    expect((await db.entities.get('huawei'))?.description).toBe('My own note');
    expect(await db.deals.get('my-deal')).toEqual(mine);
    expect(await db.deals.get('huawei-peru')).toBeUndefined();
    expect(report.keptUserEdits).toBe(1);
    expect(report.removed).toBe(1);
  });

  it('updates unedited seed records when the catalog changes', async () => {
    const db = freshDatabase();
    await applySeedRecords(db, seed);
    const next: SeedRecords = {
      ...seed,
      entities: seed.entities.map((e) => (e.id === 'binance' ? { ...e, description: 'Crypto exchange.' } : e)),
    };
    const report = await applySeedRecords(db, next);
    expect(report.updated).toBe(1);
    expect((await db.entities.get('binance'))?.description).toBe('Crypto exchange.');
  });
});

describe('seed records the reader deleted', () => {
  it('stay deleted when the seed catalog is applied again', async () => {
    const { updateTombstones } = await import('@/lib/store/seed-tombstones');
    const db = freshDatabase();
    await applySeedRecords(db, seed);
    const binance = await db.entities.get('binance');
    await db.transaction('rw', [db.entities, db.meta], async () => {
      await db.entities.delete('binance');
      await updateTombstones(db, { entities: [binance!] });
    });
    const report = await applySeedRecords(db, { ...seed, version: seed.version + 1 });
    expect(await db.entities.get('binance')).toBeUndefined();
    expect(report.added).toBe(0);
  });
});
