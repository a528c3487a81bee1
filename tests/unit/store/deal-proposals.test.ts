// One click on a deal proposal (issue 15): the deal, its new names and its figures land in one transaction, and
// the matcher, the cards and the popup's deal lists see them at once.
import { beforeEach, describe, expect, it } from 'vitest';
import { proposeDeal } from '@/lib/capture/propose-deal';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { DealProposal, DealProposalChoice } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { readCatalogVersion } from '@/lib/store/catalog-version';
import type { DealLensDatabase } from '@/lib/store/db';
import { createDealFromProposal } from '@/lib/store/deal-proposals';
import { getEntityCard, listDeals, relatedDeals } from '@/lib/store/queries';
import { writeSavedArticle } from '@/lib/store/saved-articles';
import { applySeedRecords } from '@/lib/store/seed-store';
import { contentHash } from '@/lib/text/content-hash';
import { UNSEEN_DEAL_EN, UNSEEN_DEAL_ES, UNSEEN_DEAL_FR, type UnseenDealArticle } from '../fixtures/unseen-deal';
import { freshDatabase, readSeedBundle, snapshot } from './helpers';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

/** Saves an article the way the background does and returns its id and the proposal its page would show. */
async function saveAndPropose(article: UnseenDealArticle): Promise<{ articleId: string; proposal: DealProposal }> {
  const entities = await db.entities.toArray();
  const matcher = compileMatcher(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const deals = await db.deals.toArray();
  const prepared = prepareArticle({
    extracted: { ...article, length: article.text.length },
    hash: await contentHash(article.text),
    matcher,
    entities: byId,
    deals,
    now: 1,
  });
  if ('failure' in prepared) throw new Error(prepared.failure);
  await writeSavedArticle(
    db,
    {
      canonicalUrl: prepared.article.canonicalUrl,
      url: prepared.article.url,
      contentHash: prepared.article.contentHash,
    },
    () => prepared,
  );
  const proposal = proposeDeal({
    article: prepared.article,
    spans: matchText(matcher, prepared.article.text),
    entities: byId,
    deals,
    candidates: prepared.candidates,
  });
  if (!proposal) throw new Error('no proposal');
  return { articleId: prepared.article.id, proposal };
}

const toChoice = (articleId: string, p: DealProposal): DealProposalChoice => ({
  mode: 'create',
  articleId,
  title: p.title,
  kind: p.kind,
  parties: p.parties,
  announcedDate: p.announcedDate,
  status: p.status,
  statusFr: p.statusFr,
  summary: p.summary,
  factIds: p.factIds,
});

describe('createDealFromProposal', { timeout: 20_000 }, () => {
  it.each([
    ['fr', UNSEEN_DEAL_FR, UNSEEN_DEAL_EN],
    ['en', UNSEEN_DEAL_EN, UNSEEN_DEAL_ES],
    ['es', UNSEEN_DEAL_ES, UNSEEN_DEAL_FR],
  ] as const)(
    '[%s] creates the deal, its names and its figures; another outlet then highlights them',
    async (_lang, saved, other) => {
      const { articleId, proposal } = await saveAndPropose(saved);
      const versionBefore = await readCatalogVersion(db);
      const result = await createDealFromProposal(db, toChoice(articleId, proposal), 7);

      const deal = await db.deals.get(result.dealId);
      expect(deal).toMatchObject({
        id: 'cordillera-cloud-chile',
        title: 'Cordillera Cloud × Chile',
        kind: 'cloud-infrastructure',
        announcedDate: '2025-03-03',
        status: 'letter of intent, subject to legislative approval',
        sourceArticles: [articleId],
        origin: 'user',
      });
      expect(result.entityIds).toEqual(['cordillera-cloud', 'fundacion-aprende', 'government-of-chile']);
      expect(deal?.parties).toEqual(result.entityIds);
      const government = await db.entities.get('government-of-chile');
      expect(government?.relations).toEqual([{ kind: 'government-of', target: 'chile' }]);
      expect(government?.aliases.map((a) => a.text)).toEqual(
        expect.arrayContaining(['Government of Chile', 'Gobierno de Chile']),
      );

      // Every figure is filed under the deal; nothing is left to review but the names the deal did not need.
      const facts = await db.facts.where('subject.id').equals(result.dealId).toArray();
      expect(facts.map((f) => f.id).sort()).toEqual([...result.factIds].sort());
      expect(facts.some((f) => f.value === 1.2e9 && f.unit === 'USD')).toBe(true);
      const left = await db.candidates.get(articleId);
      expect(left?.facts).toEqual([]);
      expect(left?.entities.map((e) => e.name)).not.toContain('Cordillera Cloud');
      const mentions = await db.mentions.where('articleId').equals(articleId).toArray();
      expect(mentions.find((m) => m.entityId === 'cordillera-cloud')?.count).toBeGreaterThanOrEqual(3);

      // The matcher recompiles (new catalog version) and finds the new names in another outlet's article.
      expect(await readCatalogVersion(db)).not.toBe(versionBefore);
      const matcher = compileMatcher(await db.entities.toArray());
      const found = new Set(matchText(matcher, other.text).map((s) => s.entityId));
      expect(found).toContain('cordillera-cloud');
      expect(found).toContain('fundacion-aprende');

      // Cards and the popup's lists show the deal with its headline amount at once.
      const card = await getEntityCard(db, 'cordillera-cloud');
      expect(card?.deals.map((d) => d.deal.id)).toEqual(['cordillera-cloud-chile']);
      expect(card?.deals[0]?.facts.some((f) => f.fact.value === 1.2e9 && f.fact.unit === 'USD')).toBe(true);
      expect((await relatedDeals(db, ['chile'])).map((d) => d.deal.id)).toContain('cordillera-cloud-chile');
      expect((await listDeals(db)).map((d) => d.deal.id)).toContain('cordillera-cloud-chile');
    },
  );

  it('attaches a saved copy of a seed article to the seed deal: restated figures confirm the seed’s, the deal is kept as edited', async () => {
    const seedArticle = (await db.articles.get('seed-huawei-peru'))!;
    const { articleId, proposal } = await saveAndPropose({
      ...UNSEEN_DEAL_FR,
      url: 'https://news.example/huawei-peru',
      text: `${seedArticle.text}\nRepris par News Example.`,
    });
    expect(proposal.match?.id).toBe('huawei-peru');
    expect(proposal.recommended).toBe('attach');
    const before = await db.facts.count();
    const result = await createDealFromProposal(db, {
      mode: 'attach',
      articleId,
      dealId: 'huawei-peru',
      factIds: proposal.factIds,
    });
    expect(result).toMatchObject({ dealId: 'huawei-peru', entityIds: [] });
    const deal = await db.deals.get('huawei-peru');
    expect(deal?.sourceArticles).toEqual(['seed-huawei-peru', articleId]);
    expect(deal?.editedAt).toBeDefined();
    // The copy states the seed deal's figures again: each confirms the seed's fact ("2 sources"), none is added.
    expect(result.confirmedFactIds).toEqual(expect.arrayContaining(['huawei-peru-young-people-trained']));
    expect(result.factIds).toEqual([]);
    expect(await db.facts.count()).toBe(before);
    const confirmed = await db.facts.get('huawei-peru-young-people-trained');
    expect(confirmed?.confirmations?.map((c) => c.articleId)).toEqual([articleId]);
    expect(seedArticle.text).toContain(confirmed?.quote);
  });

  it.each<[string, (c: Extract<DealProposalChoice, { mode: 'create' }>) => DealProposalChoice, RegExp]>([
    [
      'an unknown party',
      (c) => ({ ...c, parties: [c.parties[0]!, { type: 'entity', id: 'nobody', name: 'Nobody', kind: 'company' }] }),
      /parties\.1\.id: no entity nobody/,
    ],
    ['an unknown fact', (c) => ({ ...c, factIds: ['no-such-fact'] }), /factIds\.0: no candidate fact/],
    [
      'a government of no country',
      (c) => ({
        ...c,
        parties: [
          c.parties[0]!,
          { type: 'new', name: 'Government of Atlantis', kind: 'government', governs: 'atlantis' },
        ],
      }),
      /parties\.1\.governs/,
    ],
    [
      'one party twice',
      (c) => ({
        ...c,
        parties: [
          { type: 'entity', id: 'huawei', name: 'Huawei', kind: 'company' },
          { type: 'entity', id: 'huawei', name: 'Huawei', kind: 'company' },
        ],
      }),
      /two different parties/,
    ],
    [
      'an unknown deal to attach to',
      (c) => ({ mode: 'attach', articleId: c.articleId, dealId: 'no-such-deal', factIds: [] }),
      /dealId: no deal/,
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, message) => {
    const { articleId, proposal } = await saveAndPropose(UNSEEN_DEAL_EN);
    const choice = toChoice(articleId, proposal) as Extract<DealProposalChoice, { mode: 'create' }>;
    const before = await snapshot(db);
    const candidates = await db.candidates.get(articleId);
    await expect(createDealFromProposal(db, change(choice))).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.candidates.get(articleId)).toEqual(candidates);
  });
});
