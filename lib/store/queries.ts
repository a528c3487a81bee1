import { dealReach } from '@/lib/catalog/deal-reach';
import type { DealReachGraph } from '@/lib/catalog/deal-reach-graph';
import type { Article, Deal, DealView, Entity, EntityCard, EntityRef, Fact, FactView, RelatedDeal } from '@/lib/schema';
import type { SourceRef } from '@/lib/schema/views';
import type { DealLensDatabase } from './db';

const toRef = (entity: Entity): EntityRef => ({ id: entity.id, name: entity.name, kind: entity.kind });

const toSource = (article: Article): SourceRef => ({
  id: article.id,
  title: article.title,
  publisher: article.publisher,
  publishedDate: article.publishedDate,
  url: article.url,
  language: article.language,
  origin: article.origin,
});

async function loadArticles(db: DealLensDatabase, ids: Iterable<string>): Promise<Map<string, Article>> {
  const unique = [...new Set(ids)];
  const rows = await db.articles.bulkGet(unique);
  return new Map(rows.filter((a): a is Article => a !== undefined).map((a) => [a.id, a]));
}

/**
 * The facts as cards and deals show them: current values first, then the older values a newer figure replaced
 * (issue 23, "Mark as newer"), kept as history with their sources.
 */
function factViews(facts: readonly Fact[], articles: Map<string, Article>): FactView[] {
  const ordered = [...facts.filter((f) => !f.supersededBy), ...facts.filter((f) => f.supersededBy)];
  return ordered.map((fact) => {
    const article = articles.get(fact.articleId);
    const confirmedBy = (fact.confirmations ?? []).flatMap((c) => {
      const other = articles.get(c.articleId);
      return other ? [{ source: toSource(other), quote: c.quote }] : [];
    });
    return {
      fact,
      source: article ? toSource(article) : undefined,
      ...(confirmedBy.length > 0 ? { confirmedBy } : {}),
    };
  });
}

/** The articles a list of facts cites: each one's source and the articles that confirm it. */
const citedArticles = (facts: readonly Fact[]) =>
  facts.flatMap((f) => [f.articleId, ...(f.confirmations ?? []).map((c) => c.articleId)]);

async function dealViews(db: DealLensDatabase, deals: readonly Deal[]): Promise<DealView[]> {
  if (deals.length === 0) return [];
  const dealIds = deals.map((d) => d.id);
  const [facts, parties] = await Promise.all([
    db.facts.where('subject.id').anyOf(dealIds).toArray(),
    db.entities.bulkGet([...new Set(deals.flatMap((d) => d.parties))]),
  ]);
  const articles = await loadArticles(db, [...deals.flatMap((d) => d.sourceArticles), ...citedArticles(facts)]);
  const partyById = new Map(parties.filter((e): e is Entity => e !== undefined).map((e) => [e.id, e]));
  return deals.map((deal) => ({
    deal,
    parties: deal.parties.map((id) => {
      const party = partyById.get(id);
      return party ? toRef(party) : { id, name: id, kind: 'organization' as const };
    }),
    facts: factViews(
      facts.filter((f) => f.subject.type === 'deal' && f.subject.id === deal.id),
      articles,
    ),
    sources: deal.sourceArticles.flatMap((id) => {
      const article = articles.get(id);
      return article ? [toSource(article)] : [];
    }),
  }));
}

const byDateDesc = (a: Deal, b: Deal) => (b.announcedDate ?? '').localeCompare(a.announcedDate ?? '');

/** All deals, most recently announced first. */
export async function listDeals(db: DealLensDatabase, limit = Number.POSITIVE_INFINITY): Promise<DealView[]> {
  const deals = (await db.deals.toArray()).sort(byDateDesc).slice(0, limit);
  return dealViews(db, deals);
}

/** What a hover card shows about an entity, or undefined if the store does not know it. */
export async function getEntityCard(
  db: DealLensDatabase,
  entityId: string,
  graph?: DealReachGraph,
): Promise<EntityCard | undefined> {
  // With the catalog's relation graph (the background caches one per catalog version), only this entity and the
  // ones it names are read; without it, every entity is.
  const entities = graph ? undefined : await db.entities.toArray();
  const entity = entities ? entities.find((e) => e.id === entityId) : await db.entities.get(entityId);
  if (!entity) return undefined;
  const targets = entity.relations.map((r) => r.target);
  const byId = new Map(
    (entities ?? (await db.entities.bulkGet(targets))).flatMap((e) =>
      e && (!graph || targets.includes(e.id)) ? [[e.id, e]] : [],
    ),
  );
  const reach = graph ? graph.reach(entityId) : dealReach(entityId, entities ?? []);
  const deals = (
    await db.deals
      .where('parties')
      .anyOf([...reach])
      .distinct()
      .toArray()
  ).sort(byDateDesc);
  const [facts, mentions] = await Promise.all([
    db.facts.where('subject.id').equals(entityId).toArray(),
    db.mentions.where('entityId').equals(entityId).toArray(),
  ]);
  const articles = await loadArticles(db, [...citedArticles(facts), ...mentions.map((m) => m.articleId)]);
  return {
    entity,
    affiliations: entity.relations.flatMap((relation) => {
      const target = byId.get(relation.target);
      return target ? [{ relation, target: toRef(target) }] : [];
    }),
    deals: await dealViews(db, deals),
    facts: factViews(facts, articles),
    mentionedIn: mentions.flatMap((m) => {
      const article = articles.get(m.articleId);
      return article ? [{ article: toSource(article), count: m.count }] : [];
    }),
  };
}

/**
 * Deals related to the entities found on a page, ranked by how many of those entities lead to them, then by date.
 */
export async function relatedDeals(
  db: DealLensDatabase,
  pageEntityIds: readonly string[],
  graph?: DealReachGraph,
): Promise<RelatedDeal[]> {
  const entities = graph ? [] : await db.entities.toArray();
  const via = new Map<string, Set<string>>();
  const deals = await db.deals.toArray();
  for (const pageEntityId of pageEntityIds) {
    const reach = graph ? graph.reach(pageEntityId) : dealReach(pageEntityId, entities);
    for (const deal of deals) {
      if (deal.parties.some((p) => reach.has(p))) {
        const set = via.get(deal.id) ?? new Set<string>();
        set.add(pageEntityId);
        via.set(deal.id, set);
      }
    }
  }
  const related = deals
    .filter((d) => via.has(d.id))
    .sort((a, b) => (via.get(b.id)?.size ?? 0) - (via.get(a.id)?.size ?? 0) || byDateDesc(a, b));
  const views = await dealViews(db, related);
  return views.map((view) => ({ ...view, via: [...(via.get(view.deal.id) ?? [])] }));
}
