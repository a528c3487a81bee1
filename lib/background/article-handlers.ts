import { browser } from '#imports';
import { proposeDeal } from '@/lib/capture/propose-deal';
import { matchText } from '@/lib/match/find';
import type { Handlers } from '@/lib/messages/server';
import { entityNamed } from '@/lib/review/name-mark';
import {
  acceptCandidateFacts,
  addCandidateEntities,
  addSelectedFigure,
  discardCandidates,
} from '@/lib/store/candidate-review';
import type { DealLensDatabase } from '@/lib/store/db';
import { createDealFromProposal } from '@/lib/store/deal-proposals';
import { acceptCandidateFact, addCandidateEntity, discardCandidate, savedArticleFor } from '@/lib/store/saved-articles';
import type { MatcherCache } from './matcher-cache';
import { runExtractor, saveArticleFromTab } from './save-article';

type ArticleHandlers = Pick<
  Handlers,
  | 'saveArticle'
  | 'getSavedStatus'
  | 'getArticleView'
  | 'acceptCandidateFact'
  | 'discardCandidate'
  | 'addCandidateEntity'
  | 'createDealFromProposal'
  | 'acceptCandidateFacts'
  | 'discardCandidates'
  | 'addCandidateEntities'
  | 'addSelectedFigure'
>;

/** Saving articles and reviewing what they propose. */
export function createArticleHandlers(db: DealLensDatabase, matchers: MatcherCache): ArticleHandlers {
  return {
    saveArticle: ({ tabId }) =>
      saveArticleFromTab(
        {
          db,
          matchers,
          extract: runExtractor,
          tabUrl: async (id) => (await browser.tabs.get(id).catch(() => undefined))?.url,
        },
        tabId,
      ),
    async getSavedStatus({ url }) {
      const article = await savedArticleFor(db, url);
      return article ? { articleId: article.id, title: article.title, savedAt: article.savedAt } : null;
    },
    async getArticleView({ articleId }) {
      const article = await db.articles.get(articleId);
      if (!article) return null;
      const { matcher } = await matchers.get();
      const spans = matchText(matcher, article.text, new Set());
      const ids = new Set(spans.map((s) => s.entityId));
      const [all, facts, candidates, deals, others] = await Promise.all([
        db.entities.toArray(),
        db.facts.where('articleId').equals(articleId).toArray(),
        db.candidates.get(articleId),
        db.deals.toArray(),
        db.facts.where('articleId').notEqual(articleId).toArray(),
      ]);
      const entities = all.filter((e) => ids.has(e.id));
      // Proposed afresh on every visit: once the deal exists, the same article proposes attaching instead.
      const proposal = proposeDeal({
        article,
        spans,
        entities: new Map(all.map((e) => [e.id, e])),
        deals,
        candidates: candidates ?? null,
      });
      // The figures' subjects as deal capture read them: the deal the article reports when the store has it, the
      // entity named next to a figure about something else, else none (the reader chooses).
      const subjects = new Map(
        (proposal?.figures ?? []).map((f) => [
          f.factId,
          f.scope === 'deal' && proposal?.match && proposal.recommended === 'attach'
            ? { type: 'deal' as const, id: proposal.match.id }
            : f.scope === 'other' && f.about
              ? { type: 'entity' as const, id: f.about }
              : undefined,
        ]),
      );
      const reviewed = candidates
        ? { ...candidates, facts: candidates.facts.map((f) => ({ ...f, subject: subjects.get(f.id) })) }
        : null;
      const source = {
        id: article.id,
        title: article.title,
        publisher: article.publisher,
        publishedDate: article.publishedDate,
        url: article.url,
        language: article.language,
        origin: article.origin,
      };
      return {
        article,
        spans: spans.map((s) => [s.start, s.end, s.entityId] as [number, number, string]),
        entityNames: Object.fromEntries(entities.map((e) => [e.id, e.name])),
        facts: facts.map((fact) => ({ fact, source })),
        candidates: reviewed,
        deals: deals.map((d) => ({ id: d.id, title: d.title })),
        proposal,
        // What a proposed figure may confirm or contradict: the facts of the subjects the page offers.
        storeFacts: others.filter((f) => (f.subject.type === 'deal' ? true : ids.has(f.subject.id))),
        knownNames: Object.fromEntries(
          (candidates?.entities ?? []).flatMap((c) => {
            const known = entityNamed(c.name, all);
            return known ? [[c.name, known.id]] : [];
          }),
        ),
      };
    },
    createDealFromProposal: (choice) => createDealFromProposal(db, choice),
    async acceptCandidateFact({ articleId, factId, subject, measure }) {
      await acceptCandidateFact(db, articleId, factId, subject, measure);
      return { ok: true as const };
    },
    acceptCandidateFacts: ({ articleId, items }) => acceptCandidateFacts(db, articleId, items),
    async discardCandidates({ articleId, kind, keys }) {
      await discardCandidates(db, articleId, kind, keys);
      return { ok: true as const };
    },
    async addCandidateEntities({ articleId, items }) {
      const article = await db.articles.get(articleId);
      const added = await addCandidateEntities(db, articleId, items, article?.language ?? 'und');
      return { ids: added.map((e) => e.id) };
    },
    async addSelectedFigure({ articleId, start, end }) {
      return { fact: (await addSelectedFigure(db, articleId, start, end)) ?? null };
    },
    async discardCandidate({ articleId, kind, key }) {
      await discardCandidate(db, articleId, kind, key);
      return { ok: true as const };
    },
    async addCandidateEntity({ articleId, name, kind }) {
      const article = await db.articles.get(articleId);
      const entity = await addCandidateEntity(db, articleId, name, kind, article?.language ?? 'und');
      return { id: entity.id };
    },
  };
}
