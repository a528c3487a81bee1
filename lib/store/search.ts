import { foldAlias } from '@/lib/match/normalize';
import type { SearchResults } from '@/lib/schema';
import type { DealLensDatabase } from './db';

/**
 * Searches every entity (name and aliases), deal (title, summary), fact (label, quote) and saved article (title,
 * publisher) for a query, ignoring case and accents as the highlighter does. Each kind is capped at `limit`.
 * A linear scan: a reader's store holds thousands of records, not millions, and this keeps indexes simple.
 */
export async function searchStore(db: DealLensDatabase, query: string, limit = 8): Promise<SearchResults> {
  const needle = foldAlias(query.trim());
  const empty: SearchResults = { entities: [], deals: [], facts: [], articles: [] };
  if (needle.length < 2) return empty;
  const has = (...texts: (string | undefined)[]) => texts.some((text) => text && foldAlias(text).includes(needle));

  const [entities, deals, facts, articles] = await Promise.all([
    db.entities.toArray(),
    db.deals.toArray(),
    db.facts.toArray(),
    db.articles.toArray(),
  ]);
  return {
    entities: entities
      .filter((e) => has(e.name, ...e.aliases.map((a) => a.text)))
      // Names that start with the query first, then the catalog's own entities before generated countries.
      .sort((a, b) => Number(!foldAlias(a.name).startsWith(needle)) - Number(!foldAlias(b.name).startsWith(needle)))
      .slice(0, limit)
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    deals: deals
      .filter((d) => has(d.title, d.summary, d.summaryFr))
      .slice(0, limit)
      .map((d) => ({ id: d.id, title: d.title })),
    facts: facts
      .filter((f) => has(f.label, f.labelFr, f.quote))
      .slice(0, limit)
      .map((f) => ({ id: f.id, label: f.label, labelFr: f.labelFr, quote: f.quote, articleId: f.articleId })),
    articles: articles
      .filter((a) => has(a.title, a.publisher))
      .slice(0, limit)
      .map((a) => ({ id: a.id, title: a.title, publisher: a.publisher, url: a.url })),
  };
}
