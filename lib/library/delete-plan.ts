import type { Article, Deal, Entity, Fact, Mention } from '@/lib/schema';
import type { LibraryData, RecordKind } from './records';

/**
 * Everything one deletion does, worked out before anything is written, so the reader is told first and the store
 * never keeps a reference to a deleted record (an export must always import back).
 */
export interface DeletionPlan {
  kind: RecordKind;
  id: string;
  deleted: { entities: Entity[]; deals: Deal[]; facts: Fact[]; articles: Article[] };
  /** Records that lose a reference to a deleted one, as they will be written (stamped as edited). */
  updated: { entities: Entity[]; deals: Deal[] };
  mentions: Mention[];
}

/** Whether deleting the record touches anything beyond itself: then the reader is asked first. */
export function hasDependents(plan: DeletionPlan): boolean {
  const { deleted, updated } = plan;
  const others = deleted.entities.length + deleted.deals.length + deleted.facts.length + deleted.articles.length - 1;
  return others + updated.entities.length + updated.deals.length > 0;
}

/**
 * Plans the deletion of one record and of what cannot stand without it:
 * - an entity: its facts and mentions go; deals keep going without it while they still have two parties, and are
 *   deleted (with their facts) otherwise; other entities' relations to it are dropped;
 * - a deal: its facts go;
 * - an article: the facts quoting it and its mentions go; deals drop it from their sources, and are deleted when it
 *   was their only source;
 * - a fact: nothing else.
 * Returns undefined when the record is not in `data`.
 */
export function planDeletion(data: LibraryData, kind: RecordKind, id: string, now: number): DeletionPlan | undefined {
  const plan: DeletionPlan = {
    kind,
    id,
    deleted: { entities: [], deals: [], facts: [], articles: [] },
    updated: { entities: [], deals: [] },
    mentions: [],
  };
  const deletedFacts = new Set<string>();
  const dropFacts = (keep: (fact: Fact) => boolean) => {
    for (const fact of data.facts) {
      if (!keep(fact) && !deletedFacts.has(fact.id)) {
        deletedFacts.add(fact.id);
        plan.deleted.facts.push(fact);
      }
    }
  };
  const dropDeal = (deal: Deal) => {
    plan.deleted.deals.push(deal);
    dropFacts((f) => !(f.subject.type === 'deal' && f.subject.id === deal.id));
  };

  if (kind === 'entities') {
    const entity = data.entities.find((e) => e.id === id);
    if (!entity) return undefined;
    plan.deleted.entities.push(entity);
    dropFacts((f) => !(f.subject.type === 'entity' && f.subject.id === id));
    for (const deal of data.deals.filter((d) => d.parties.includes(id))) {
      const parties = deal.parties.filter((p) => p !== id);
      if (parties.length >= 2) plan.updated.deals.push({ ...deal, parties, editedAt: now });
      else dropDeal(deal);
    }
    for (const other of data.entities) {
      if (other.id === id || !other.relations.some((r) => r.target === id)) continue;
      plan.updated.entities.push({
        ...other,
        relations: other.relations.filter((r) => r.target !== id),
        editedAt: now,
      });
    }
    plan.mentions = data.mentions.filter((m) => m.entityId === id);
  } else if (kind === 'deals') {
    const deal = data.deals.find((d) => d.id === id);
    if (!deal) return undefined;
    dropDeal(deal);
  } else if (kind === 'facts') {
    const fact = data.facts.find((f) => f.id === id);
    if (!fact) return undefined;
    plan.deleted.facts.push(fact);
  } else {
    const article = data.articles.find((a) => a.id === id);
    if (!article) return undefined;
    plan.deleted.articles.push(article);
    dropFacts((f) => f.articleId !== id);
    for (const deal of data.deals.filter((d) => d.sourceArticles.includes(id))) {
      const sourceArticles = deal.sourceArticles.filter((a) => a !== id);
      if (sourceArticles.length >= 1) plan.updated.deals.push({ ...deal, sourceArticles, editedAt: now });
      else dropDeal(deal);
    }
    plan.mentions = data.mentions.filter((m) => m.articleId === id);
  }
  return plan;
}
