import { foldAlias } from '@/lib/match/normalize';
import type { Article, Deal, Entity, Fact } from '@/lib/schema';
import type { LibraryData } from './records';

/**
 * Lookups the library's lists need, computed once per load of the store rather than on every keystroke: names,
 * countries, publishers, counts and the folded text each record is searched in.
 */
export interface LibraryIndex {
  data: LibraryData;
  entities: Map<string, Entity>;
  deals: Map<string, Deal>;
  articles: Map<string, Article>;
  /** Country entity ids each entity belongs to (itself for a country, its country for a government or a place). */
  countriesOf: Map<string, Set<string>>;
  /** Deals each entity is a party to, facts about it, articles mentioning it. */
  dealCount: Map<string, number>;
  factCount: Map<string, number>;
  mentionCount: Map<string, number>;
  /** Facts per deal. */
  dealFactCount: Map<string, number>;
  /** Publishers of saved articles, sorted, for the filter. */
  publishers: string[];
  /** Countries that something in the store belongs to, by name, for the filter. */
  countries: Entity[];
  /**
   * The platform's countries nothing in the store is about or belongs to (no deal, fact, mention, relation or
   * edit): 245 of them after install. The entity list keeps them out of the way until the reader asks.
   */
  untouchedCountries: ReadonlySet<string>;
  /** Folded searchable text per record, keyed `kind:id`. */
  haystack: Map<string, string>;
}

/** Relations followed to find an entity's country: a government's country, a place's, a person's government's. */
const COUNTRY_EDGES = new Set(['government-of', 'located-in', 'role', 'program-of']);

function countriesOfEntity(entity: Entity, entities: Map<string, Entity>, byCode: Map<string, string>): Set<string> {
  const found = new Set<string>();
  const visit = (current: Entity, depth: number) => {
    if (current.kind === 'country') found.add(current.id);
    const coded = current.countryCode ? byCode.get(current.countryCode) : undefined;
    if (coded) found.add(coded);
    if (depth >= 2) return;
    for (const relation of current.relations) {
      const target = COUNTRY_EDGES.has(relation.kind) ? entities.get(relation.target) : undefined;
      if (target) visit(target, depth + 1);
    }
  };
  visit(entity, 0);
  return found;
}

const increment = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Builds the index of a loaded store. */
export function buildLibraryIndex(data: LibraryData): LibraryIndex {
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const deals = new Map(data.deals.map((d) => [d.id, d]));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const byCode = new Map(
    data.entities.flatMap((e) => (e.kind === 'country' && e.countryCode ? [[e.countryCode, e.id]] : [])),
  );
  const countriesOf = new Map(data.entities.map((e) => [e.id, countriesOfEntity(e, entities, byCode)]));

  const dealCount = new Map<string, number>();
  const factCount = new Map<string, number>();
  const mentionCount = new Map<string, number>();
  const dealFactCount = new Map<string, number>();
  for (const deal of data.deals) for (const party of new Set(deal.parties)) increment(dealCount, party);
  for (const fact of data.facts) increment(fact.subject.type === 'deal' ? dealFactCount : factCount, fact.subject.id);
  for (const mention of data.mentions) increment(mentionCount, mention.entityId);

  const used = new Set<string>();
  for (const deal of data.deals)
    for (const party of deal.parties) for (const c of countriesOf.get(party) ?? []) used.add(c);
  for (const mention of data.mentions) for (const c of countriesOf.get(mention.entityId) ?? []) used.add(c);
  for (const entity of data.entities) {
    if (entity.kind !== 'country') for (const c of countriesOf.get(entity.id) ?? []) used.add(c);
  }

  const relationTargets = new Set(data.entities.flatMap((e) => e.relations.map((r) => r.target)));
  const untouchedCountries = new Set(
    data.entities
      .filter(
        (e) =>
          e.kind === 'country' &&
          e.origin === 'seed' &&
          e.editedAt === undefined &&
          !used.has(e.id) &&
          !relationTargets.has(e.id) &&
          !dealCount.has(e.id) &&
          !factCount.has(e.id) &&
          !mentionCount.has(e.id),
      )
      .map((e) => e.id),
  );

  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  const haystack = new Map<string, string>();
  const put = (key: string, ...texts: (string | undefined)[]) =>
    haystack.set(key, foldAlias(texts.filter(Boolean).join(' \u0001 ')));
  for (const e of data.entities)
    put(`entities:${e.id}`, e.id, e.name, e.description, e.descriptionFr, ...e.aliases.map((a) => a.text));
  for (const d of data.deals)
    put(`deals:${d.id}`, d.id, d.title, d.summary, d.summaryFr, d.status, ...d.parties.map(nameOf));
  for (const f of data.facts)
    put(`facts:${f.id}`, f.id, f.label, f.labelFr, f.quote, f.note, subjectName({ entities, deals }, f));
  for (const a of data.articles) put(`articles:${a.id}`, a.id, a.title, a.publisher, a.author, a.url, a.text);

  return {
    data,
    entities,
    deals,
    articles,
    countriesOf,
    dealCount,
    factCount,
    mentionCount,
    dealFactCount,
    publishers: [...new Set(data.articles.flatMap((a) => (a.publisher ? [a.publisher] : [])))].sort((a, b) =>
      a.localeCompare(b),
    ),
    countries: [...used].flatMap((id) => entities.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
    untouchedCountries,
    haystack,
  };
}

/** The name of what a fact is about: the entity's name or the deal's title. */
export function subjectName(index: Pick<LibraryIndex, 'entities' | 'deals'>, fact: Fact): string {
  return fact.subject.type === 'deal'
    ? (index.deals.get(fact.subject.id)?.title ?? fact.subject.id)
    : (index.entities.get(fact.subject.id)?.name ?? fact.subject.id);
}
