import type { Article, Deal, Entity, Fact, Mention } from '@/lib/schema';
import type { FieldIssue } from './validation';

/** A table that records point into. */
export type TargetTable = 'entities' | 'deals' | 'articles';

/** One id a record points at, and where in the record (`parties.1`). */
export interface Reference {
  path: string;
  table: TargetTable;
  id: string;
}

/** The ids each table holds, for checking references. */
export type KnownIds = Record<TargetTable, ReadonlySet<string>>;

export function entityReferences(entity: Entity): Reference[] {
  return entity.relations.map((r, i) => ({ path: `relations.${i}.target`, table: 'entities', id: r.target }));
}

export function dealReferences(deal: Deal): Reference[] {
  return [
    ...deal.parties.map((id, i): Reference => ({ path: `parties.${i}`, table: 'entities', id })),
    ...deal.sourceArticles.map((id, i): Reference => ({ path: `sourceArticles.${i}`, table: 'articles', id })),
  ];
}

export function factReferences(fact: Fact): Reference[] {
  const subjectTable: TargetTable = fact.subject.type === 'deal' ? 'deals' : 'entities';
  return [
    { path: 'subject.id', table: subjectTable, id: fact.subject.id },
    { path: 'articleId', table: 'articles', id: fact.articleId },
  ];
}

export function mentionReferences(mention: Mention): Reference[] {
  return [
    { path: 'articleId', table: 'articles', id: mention.articleId },
    { path: 'entityId', table: 'entities', id: mention.entityId },
  ];
}

export function articleReferences(_article: Article): Reference[] {
  return [];
}

const TABLE_NOUN: Record<TargetTable, string> = { entities: 'entity', deals: 'deal', articles: 'article' };

/** The references that point at nothing, as issues naming the field and the missing id. */
export function brokenReferences(references: readonly Reference[], known: KnownIds): FieldIssue[] {
  return references
    .filter((ref) => !known[ref.table].has(ref.id))
    .map((ref) => ({
      path: ref.path,
      message: `no ${TABLE_NOUN[ref.table]} with id "${ref.id}"`,
      code: `missing-${ref.table}` as const,
      params: { id: ref.id },
    }));
}

/** The ids of a set of records, per table. */
export function knownIdsOf(data: {
  entities: readonly { id: string }[];
  deals: readonly { id: string }[];
  articles: readonly { id: string }[];
}): KnownIds {
  return {
    entities: new Set(data.entities.map((r) => r.id)),
    deals: new Set(data.deals.map((r) => r.id)),
    articles: new Set(data.articles.map((r) => r.id)),
  };
}
