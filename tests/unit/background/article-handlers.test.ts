// The saved-article page's messages around a deal proposal (issue 15), through the background's handlers.
import { beforeEach, describe, expect, it } from 'vitest';
import { createArticleHandlers } from '@/lib/background/article-handlers';
import { MatcherCache } from '@/lib/background/matcher-cache';
import { compileMatcher } from '@/lib/match/compile';
import type { MessageSender } from '@/lib/messages/server';
import { prepareArticle } from '@/lib/save/prepare-article';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { writeSavedArticle } from '@/lib/store/saved-articles';
import { applySeedRecords } from '@/lib/store/seed-store';
import { contentHash } from '@/lib/text/content-hash';
import { UNSEEN_DEAL_FR } from '../fixtures/unseen-deal';
import { freshDatabase, readSeedBundle } from '../store/helpers';

let db: DealLensDatabase;
let articleId: string;
const sender: MessageSender = { id: 'own' };

beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
  const entities = await db.entities.toArray();
  const prepared = prepareArticle({
    extracted: { ...UNSEEN_DEAL_FR, length: UNSEEN_DEAL_FR.text.length },
    hash: await contentHash(UNSEEN_DEAL_FR.text),
    matcher: compileMatcher(entities),
    entities: new Map(entities.map((e) => [e.id, e])),
    deals: await db.deals.toArray(),
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
  articleId = prepared.article.id;
});

describe('article handlers: deal proposals', { timeout: 30_000 }, () => {
  it('proposes the unseen deal, creates it on request, then proposes nothing more and marks the new names', async () => {
    const handlers = createArticleHandlers(db, new MatcherCache(db));
    const view = await handlers.getArticleView({ articleId }, sender);
    const proposal = view?.proposal;
    expect(proposal?.title).toBe('Cordillera Cloud × Chile');
    expect(proposal?.match).toBeUndefined();
    if (!proposal) throw new Error('no proposal');

    const result = await handlers.createDealFromProposal(
      {
        mode: 'create',
        articleId,
        title: 'Cordillera Cloud × Chile (région cloud)',
        kind: proposal.kind,
        parties: proposal.parties,
        announcedDate: proposal.announcedDate,
        status: proposal.status,
        statusFr: proposal.statusFr,
        summary: proposal.summary,
        factIds: proposal.factIds,
      },
      sender,
    );
    expect(result.dealId).toBe('cordillera-cloud-chile-region-cloud');

    const after = await handlers.getArticleView({ articleId }, sender);
    expect(after?.proposal).toBeNull();
    expect(after?.entityNames['cordillera-cloud']).toBe('Cordillera Cloud');
    expect(after?.spans.some(([, , id]) => id === 'government-of-chile')).toBe(true);
    expect(after?.deals.map((d) => d.id)).toContain('cordillera-cloud-chile-region-cloud');
  });
});
