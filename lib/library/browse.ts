import { foldAlias } from '@/lib/match/normalize';
import type { Article, Deal, Entity, Fact } from '@/lib/schema';
import { DEAL_COLUMNS, dealDate, isDealColumn, type SortDirection, sortDeals } from './deal-rows';
import type { LibraryIndex } from './library-index';

/** What the reader narrowed a list to. Empty strings mean "any". */
export interface ListFilter {
  query: string;
  /** Entity kind, deal kind, fact subject type ("entity" / "deal") or article language, per list. */
  kind: string;
  /** A country entity's id. */
  country: string;
  publisher: string;
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD), both ends included. */
  from: string;
  to: string;
  sort: string;
  /** The sort's direction, when the reader chose one (a column header); else the sort's own. */
  dir?: SortDirection;
}

export const EMPTY_FILTER: ListFilter = { query: '', kind: '', country: '', publisher: '', from: '', to: '', sort: '' };

export const ENTITY_SORTS = ['name', 'kind', 'deals', 'mentions', 'edited'] as const;
export const DEAL_SORTS = Object.keys(DEAL_COLUMNS) as (keyof typeof DEAL_COLUMNS)[];
export const FACT_SORTS = ['subject', 'label', 'value', 'date'] as const;
export const ARTICLE_SORTS = ['saved', 'published', 'title', 'publisher'] as const;

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Whether a partial date falls in a partial range. Dates compare on the precision both have, so "2023" is inside
 * a range from 2023-05, and a bound the reader is still typing ("202") is ignored rather than emptying the list.
 */
export function inDateRange(date: string | undefined, from: string, to: string): boolean {
  const lo = PARTIAL_DATE.test(from) ? from : '';
  const hi = PARTIAL_DATE.test(to) ? to : '';
  if (!lo && !hi) return true;
  if (!date) return false;
  const cut = (a: string, b: string) => Math.min(a.length, b.length);
  if (lo && date.slice(0, cut(date, lo)) < lo.slice(0, cut(date, lo))) return false;
  if (hi && date.slice(0, cut(date, hi)) > hi.slice(0, cut(date, hi))) return false;
  return true;
}

function matchesQuery(index: LibraryIndex, key: string, query: string): boolean {
  const needle = foldAlias(query.trim());
  return needle === '' || (index.haystack.get(key) ?? '').includes(needle);
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
const desc = (a: number, b: number) => b - a;

/** Entities matching the filter (query, kind, country, publisher of an article mentioning them), sorted. */
/**
 * Whether the entity list shows the platform's untouched countries: only when the reader asks for countries, a
 * country or a search. Otherwise the list opens on what the reader works with, not on Afghanistan and Åland.
 */
export function showsUntouchedCountries(filter: ListFilter): boolean {
  return filter.kind === 'country' || filter.country !== '' || filter.query.trim() !== '';
}

export function browseEntities(index: LibraryIndex, filter: ListFilter): Entity[] {
  const mentionedBy = filter.publisher ? entitiesMentionedByPublisher(index, filter.publisher) : undefined;
  const allCountries = showsUntouchedCountries(filter);
  const rows = index.data.entities.filter(
    (e) =>
      (allCountries || !index.untouchedCountries.has(e.id)) &&
      (!filter.kind || e.kind === filter.kind) &&
      (!filter.country || index.countriesOf.get(e.id)?.has(filter.country)) &&
      (!mentionedBy || mentionedBy.has(e.id)) &&
      matchesQuery(index, `entities:${e.id}`, filter.query),
  );
  const count = (map: Map<string, number>) => (a: Entity, b: Entity) => desc(map.get(a.id) ?? 0, map.get(b.id) ?? 0);
  const compare: Record<string, (a: Entity, b: Entity) => number> = {
    kind: (a, b) => byText(a.kind, b.kind),
    deals: count(index.dealCount),
    mentions: count(index.mentionCount),
    edited: (a, b) => desc(a.editedAt ?? 0, b.editedAt ?? 0),
  };
  return rows.sort((a, b) => (compare[filter.sort]?.(a, b) ?? 0) || byText(a.name, b.name));
}

function entitiesMentionedByPublisher(index: LibraryIndex, publisher: string): Set<string> {
  const ids = new Set<string>();
  for (const m of index.data.mentions)
    if (index.articles.get(m.articleId)?.publisher === publisher) ids.add(m.entityId);
  return ids;
}

/**
 * Deals matching the filter (kind, a party's country, date, a source's publisher), sorted by the filter's column
 * (newest first by default). An undated deal is dated by the day its first source was saved.
 */
export function browseDeals(index: LibraryIndex, filter: ListFilter): Deal[] {
  const rows = index.data.deals.filter(
    (d) =>
      (!filter.kind || d.kind === filter.kind) &&
      (!filter.country || d.parties.some((p) => index.countriesOf.get(p)?.has(filter.country))) &&
      (!filter.publisher || d.sourceArticles.some((a) => index.articles.get(a)?.publisher === filter.publisher)) &&
      inDateRange(dealDate(index, d).date, filter.from, filter.to) &&
      matchesQuery(index, `deals:${d.id}`, filter.query),
  );
  return sortDeals(index, rows, isDealColumn(filter.sort) ? filter.sort : 'date', filter.dir);
}

/** The date a fact is about, or else the date its article was published. */
export const factDate = (index: LibraryIndex, fact: Fact) =>
  fact.date ?? index.articles.get(fact.articleId)?.publishedDate;

function factCountries(index: LibraryIndex, fact: Fact): string[] {
  if (fact.subject.type === 'entity') return [...(index.countriesOf.get(fact.subject.id) ?? [])];
  return (index.deals.get(fact.subject.id)?.parties ?? []).flatMap((p) => [...(index.countriesOf.get(p) ?? [])]);
}

/** Facts matching the filter (subject type, country, date, the article's publisher), sorted. */
export function browseFacts(index: LibraryIndex, filter: ListFilter): Fact[] {
  const rows = index.data.facts.filter(
    (f) =>
      (!filter.kind || f.subject.type === filter.kind) &&
      (!filter.country || factCountries(index, f).includes(filter.country)) &&
      (!filter.publisher || index.articles.get(f.articleId)?.publisher === filter.publisher) &&
      inDateRange(factDate(index, f), filter.from, filter.to) &&
      matchesQuery(index, `facts:${f.id}`, filter.query),
  );
  const compare: Record<string, (a: Fact, b: Fact) => number> = {
    label: (a, b) => byText(a.label, b.label),
    value: (a, b) => desc(a.value ?? Number.NEGATIVE_INFINITY, b.value ?? Number.NEGATIVE_INFINITY),
    date: (a, b) => (factDate(index, b) ?? '').localeCompare(factDate(index, a) ?? ''),
  };
  const bySubject = (a: Fact, b: Fact) => byText(a.subject.id, b.subject.id);
  return rows.sort(
    (a, b) => (compare[filter.sort] ?? bySubject)(a, b) || byText(a.label, b.label) || byText(a.id, b.id),
  );
}

/** Saved articles matching the filter (language, publisher, publication date, a mentioned country), sorted. */
export function browseArticles(index: LibraryIndex, filter: ListFilter): Article[] {
  const inCountry = filter.country ? articlesMentioningCountry(index, filter.country) : undefined;
  const rows = index.data.articles.filter(
    (a) =>
      (!filter.kind || a.language === filter.kind) &&
      (!inCountry || inCountry.has(a.id)) &&
      (!filter.publisher || a.publisher === filter.publisher) &&
      inDateRange(a.publishedDate, filter.from, filter.to) &&
      matchesQuery(index, `articles:${a.id}`, filter.query),
  );
  const compare: Record<string, (a: Article, b: Article) => number> = {
    published: (a, b) => (b.publishedDate ?? '').localeCompare(a.publishedDate ?? ''),
    title: (a, b) => byText(a.title, b.title),
    publisher: (a, b) => byText(a.publisher ?? '', b.publisher ?? ''),
  };
  const bySaved = (a: Article, b: Article) => desc(a.savedAt, b.savedAt);
  return rows.sort((a, b) => (compare[filter.sort] ?? bySaved)(a, b) || byText(a.title, b.title));
}

function articlesMentioningCountry(index: LibraryIndex, country: string): Set<string> {
  const ids = new Set<string>();
  for (const m of index.data.mentions) if (index.countriesOf.get(m.entityId)?.has(country)) ids.add(m.articleId);
  return ids;
}
