import { z } from 'zod';
import { ArticleSchema } from './article';
import { DealSchema } from './deal';
import { EntitySchema } from './entity';
import { FactSchema } from './fact';

/** Seed article metadata as the catalog holds it; the text comes from the verbatim file `seeds/<seedFile>`. */
export const SeedArticleSchema = ArticleSchema.omit({
  text: true,
  contentHash: true,
  savedAt: true,
  origin: true,
  editedAt: true,
}).extend({ seedFile: z.string().regex(/^[\w.-]+\.txt$/) });
export type SeedArticle = z.infer<typeof SeedArticleSchema>;

// Catalog records are seed records by definition: the seeder stamps `origin: 'seed'`.
const seedOnly = { origin: true, editedAt: true } as const;

/** `seeds/catalog.json`: the curated entities, deals and facts of the three seed articles. */
export const SeedCatalogSchema = z.object({
  /** Bumped whenever the catalog changes, so the background re-seeds on update. */
  version: z.number().int().positive(),
  articles: z.array(SeedArticleSchema).min(1),
  entities: z.array(EntitySchema.omit(seedOnly)).min(1),
  deals: z.array(DealSchema.omit(seedOnly)),
  facts: z.array(FactSchema.omit(seedOnly)),
});
export type SeedCatalog = z.infer<typeof SeedCatalogSchema>;
