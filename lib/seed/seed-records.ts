import { withCountries } from '@/lib/catalog/countries';
import { compileMatcher } from '@/lib/match/compile';
import { countMentions } from '@/lib/match/find';
import {
  type Article,
  ArticleSchema,
  type Deal,
  DealSchema,
  type Entity,
  EntitySchema,
  type Fact,
  FactSchema,
  type Mention,
} from '@/lib/schema';
import { contentHash } from '@/lib/text/content-hash';
import type { SeedBundle } from './seed-bundle';

/** Everything the seed catalog puts in the store, as validated store records. */
export interface SeedRecords {
  version: number;
  entities: Entity[];
  deals: Deal[];
  facts: Fact[];
  articles: Article[];
  mentions: Mention[];
}

/**
 * Turns the seed bundle into store records: stamps `origin: 'seed'`, adds every country the platform knows,
 * attaches each article's verbatim text and hash, and counts the entities each seed article mentions with the
 * same matcher the pages use. Throws (naming the field) if a record is invalid or an article file is missing.
 */
export async function buildSeedRecords(bundle: SeedBundle, savedAt: number): Promise<SeedRecords> {
  const { catalog, texts } = bundle;
  const entities = withCountries(catalog.entities.map((entity) => EntitySchema.parse({ ...entity, origin: 'seed' })));
  const deals = catalog.deals.map((deal) => DealSchema.parse({ ...deal, origin: 'seed' }));
  const facts = catalog.facts.map((fact) => FactSchema.parse({ ...fact, origin: 'seed' }));

  const articles: Article[] = [];
  for (const meta of catalog.articles) {
    const text = texts[meta.seedFile];
    if (text === undefined) throw new Error(`articles.${meta.id}.seedFile: no seed file named ${meta.seedFile}`);
    articles.push(
      ArticleSchema.parse({ ...meta, text, contentHash: await contentHash(text), savedAt, origin: 'seed' }),
    );
  }

  const matcher = compileMatcher(entities);
  const mentions: Mention[] = articles.flatMap((article) =>
    [...countMentions(matcher, article.text)].map(([entityId, count]) => ({ articleId: article.id, entityId, count })),
  );
  return { version: catalog.version, entities, deals, facts, articles, mentions };
}
