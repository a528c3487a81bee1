import { beforeAll, describe, expect, it } from 'vitest';
import { DealReachGraph } from '@/lib/catalog/deal-reach-graph';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { getEntityCard, listDeals, relatedDeals } from '@/lib/store/queries';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle } from './helpers';

let db: DealLensDatabase;
beforeAll(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

describe('store queries', () => {
  it('lists the three seed deals, most recent first, with parties and quoted figures', async () => {
    const deals = await listDeals(db);
    expect(deals.map((d) => d.deal.id).sort()).toEqual(['aws-mexico', 'google-cloud-el-salvador', 'huawei-peru']);
    const huawei = deals.find((d) => d.deal.id === 'huawei-peru');
    expect(huawei?.parties.map((p) => p.id)).toEqual(['huawei', 'government-of-peru']);
    const trained = huawei?.facts.find((f) => f.fact.value === 20000);
    expect(trained?.fact.quote).toContain('20 000 jeunes');
    expect(trained?.source?.id).toBe('seed-huawei-peru');
  });

  it.each([
    ['huawei', 'huawei-peru'],
    ['peru', 'huawei-peru'], // a country reaches its government's deals
    ['claudia-sheinbaum', 'aws-mexico'], // a person reaches the deals of the government she leads
    ['amazon', 'aws-mexico'], // a parent company reaches its subsidiary's deals
    ['nayib-bukele', 'google-cloud-el-salvador'],
  ])('the card of %s shows the %s deal', async (entityId, dealId) => {
    const card = await getEntityCard(db, entityId);
    expect(card?.deals.map((d) => d.deal.id)).toContain(dealId);
  });

  it.each(['huawei', 'peru', 'claudia-sheinbaum', 'amazon', 'nayib-bukele', 'government-of-mexico'])(
    "with the background's cached relation graph, the card of %s and its related deals are the same",
    async (entityId) => {
      const graph = new DealReachGraph(await db.entities.toArray());
      expect(await getEntityCard(db, entityId, graph)).toEqual(await getEntityCard(db, entityId));
      expect(await relatedDeals(db, [entityId, 'mexico'], graph)).toEqual(await relatedDeals(db, [entityId, 'mexico']));
    },
  );

  it('a card lists the saved articles that mention the entity', async () => {
    const card = await getEntityCard(db, 'huawei');
    expect(card?.mentionedIn.map((m) => m.article.id)).toEqual(['seed-huawei-peru']);
    expect(card?.entity.name).toBe('Huawei');
  });

  it('ranks related deals by how many of the page entities lead to them', async () => {
    const related = await relatedDeals(db, ['peru', 'huawei', 'mexico']);
    expect(related[0]?.deal.id).toBe('huawei-peru');
    expect(related[0]?.via.sort()).toEqual(['huawei', 'peru']);
    expect(related.map((r) => r.deal.id)).toContain('aws-mexico');
    expect(related.map((r) => r.deal.id)).not.toContain('google-cloud-el-salvador');
  });

  it('returns nothing for an unknown entity', async () => {
    expect(await getEntityCard(db, 'no-such-entity')).toBeUndefined();
  });
});
