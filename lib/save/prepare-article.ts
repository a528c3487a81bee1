import { dealReach } from '@/lib/catalog/deal-reach';
import { slugify } from '@/lib/catalog/slug';
import { candidateEntities } from '@/lib/extract/candidate-entities';
import { candidateFacts } from '@/lib/extract/candidate-facts';
import { articleSource } from '@/lib/extract/metadata/byline';
import { toPartialDate } from '@/lib/extract/metadata/published-date';
import type { CompiledMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import {
  type Article,
  ArticleSchema,
  type Deal,
  type Entity,
  type PageArticle,
  type PreparedArticle,
} from '@/lib/schema';

export interface PrepareInput {
  extracted: PageArticle;
  /** SHA-256 of the normalised text (lib/text/content-hash). */
  hash: string;
  /** The article already stored under the same canonical URL or hash, if any: it is updated in place. */
  existing?: Article;
  /** Added to a new article's id when another site's article already holds the plain one (same title and text). */
  idSuffix?: string;
  matcher: CompiledMatcher;
  entities: ReadonlyMap<string, Entity>;
  deals: readonly Deal[];
  now: number;
}

/**
 * A deal's parties as an article names them: a text says "le Pérou" where the party is Peru's government, or
 * "Claudia Sheinbaum" for Mexico's. Each mentioned entity that reaches a deal (lib/catalog/deal-reach) counts
 * as one of its parties for choosing a figure's subject.
 */
function dealsWithReach(deals: readonly Deal[], mentioned: readonly string[], entities: readonly Entity[]) {
  const reaches = mentioned.map((id) => ({ id, reach: dealReach(id, entities) }));
  return deals.map((deal) => ({
    id: deal.id,
    parties: [
      ...new Set([
        ...deal.parties,
        ...reaches.filter((r) => deal.parties.some((p) => r.reach.has(p))).map((r) => r.id),
      ]),
    ],
  }));
}

/** ISO 3166 codes of the countries whose government the store has (a government-of tie to the country). */
export function governedCountries(entities: ReadonlyMap<string, Entity>): Set<string> {
  const out = new Set<string>();
  for (const entity of entities.values()) {
    if (entity.kind !== 'government') continue;
    const governed = entity.relations.find((r) => r.kind === 'government-of')?.target;
    const code = governed ? entities.get(governed)?.countryCode : undefined;
    if (code) out.add(code);
  }
  return out;
}

/**
 * ISO 3166 codes of the countries an article names, most named first: a country counts its own mentions and
 * those of its government ("gouvernement mexicain" is about Mexico).
 */
export function mentionedCountries(
  counts: ReadonlyMap<string, number>,
  entities: ReadonlyMap<string, Entity>,
): string[] {
  const byCode = new Map<string, number>();
  for (const [id, count] of counts) {
    const entity = entities.get(id);
    const governed = entity?.relations.find((r) => r.kind === 'government-of')?.target;
    const code = entity?.countryCode ?? (governed ? entities.get(governed)?.countryCode : undefined);
    if (code) byCode.set(code, (byCode.get(code) ?? 0) + count);
  }
  return [...byCode].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/**
 * Turns an extracted page into store records: the article (with its language, or `unsupported-language`), the
 * entities it mentions and how often (the same matcher as the pages), and the facts and new entities it
 * proposes. Pure: the caller writes the result.
 */
export function prepareArticle(
  input: PrepareInput,
): PreparedArticle | { failure: 'unsupported-language'; lang: string } {
  const { extracted, hash, existing, matcher, now } = input;
  // The extractor already chose the language (declared, else guessed from the text); "und" is one we do not read.
  const language = extracted.lang;
  if (language === 'und') return { failure: 'unsupported-language', lang: extracted.langTag ?? 'unknown' };

  const fresh = `${slugify(extracted.title).slice(0, 60).replace(/-+$/, '') || 'article'}-${hash.slice(0, 8)}`;
  const id = existing?.id ?? (input.idSuffix ? `${fresh}-${input.idSuffix}` : fresh);
  // The author is a person and the site the publisher: never the site as the author, nor glued to it (issue 21).
  const source = articleSource(extracted.byline, extracted.siteName);
  const article = ArticleSchema.parse({
    id,
    url: extracted.url,
    canonicalUrl: extracted.canonicalUrl,
    title: extracted.title.trim(),
    publisher: source.publisher,
    author: source.author,
    publishedDate: extracted.publishedDate ?? toPartialDate(extracted.publishedTime),
    language,
    text: extracted.text,
    contentHash: hash,
    savedAt: existing?.savedAt ?? now,
    origin: existing?.origin ?? 'user',
    // A seed article the reader saved again now carries their URL: seed updates must leave it alone.
    editedAt: existing?.origin === 'seed' ? now : existing?.editedAt,
  });

  const spans = matchText(matcher, article.text, new Set());
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.entityId, (counts.get(span.entityId) ?? 0) + 1);
  const mentions = [...counts].map(([entityId, count]) => ({ articleId: id, entityId, count }));

  const mentioned = [...counts.keys()].flatMap((entityId) => {
    const entity = input.entities.get(entityId);
    return entity ? [{ id: entity.id, name: entity.name }] : [];
  });
  const facts = candidateFacts({
    text: article.text,
    lang: language,
    articleId: id,
    publishedDate: article.publishedDate,
    entities: mentioned,
    spans,
    deals: dealsWithReach(input.deals, [...counts.keys()], [...input.entities.values()]),
    countries: mentionedCountries(counts, input.entities),
  });
  // Known kinds: a country may be part of a longer new name ("Electricity Generating Company of Thailand"), and a
  // name listed with known companies is probably one.
  const kinds = new Map(
    [...counts.keys()].flatMap((id) => {
      const kind = input.entities.get(id)?.kind;
      return kind ? [[id, kind] as const] : [];
    }),
  );
  const entities = candidateEntities(article.text, language, spans, {
    kinds,
    governed: governedCountries(input.entities),
  });
  return { article, mentions, candidates: { articleId: id, facts, entities } };
}
