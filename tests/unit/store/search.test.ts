import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { searchStore } from '@/lib/store/search';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle } from './helpers';

let db: DealLensDatabase;
beforeAll(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

describe('searchStore', () => {
  it.each([
    ['perou', 'entities', 'peru'],
    ['PÉROU', 'entities', 'peru'],
    ['Franja y la Ruta', 'entities', 'belt-and-road-initiative'],
    ['huawei', 'deals', 'huawei-peru'],
    ['400 000', 'facts', 'aws-mexico-people-trained'],
    ['SCMP', 'articles', 'seed-huawei-peru'],
  ] as const)('finds %s among %s', async (query, kind, id) => {
    const results = await searchStore(db, query);
    expect(results[kind].map((r) => r.id)).toContain(id);
  });

  it('ignores queries shorter than two characters', async () => {
    expect(await searchStore(db, 'p')).toEqual({ entities: [], deals: [], facts: [], articles: [] });
  });
});
