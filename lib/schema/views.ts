import { z } from 'zod';
import { ArticleSchema } from './article';
import { HttpUrlSchema } from './common';
import { DealSchema } from './deal';
import { EntityKindSchema, EntitySchema, RelationSchema } from './entity';
import { FactSchema } from './fact';

/** Just enough of an entity to name it and link to it. */
export const EntityRefSchema = z.object({ id: z.string(), name: z.string(), kind: EntityKindSchema });
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** Where a fact comes from, for the "exact quote, publisher, date" line under it. */
export const SourceRefSchema = ArticleSchema.pick({
  id: true,
  title: true,
  publisher: true,
  publishedDate: true,
  url: true,
  language: true,
  origin: true,
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * A fact with the article it comes from, and the other articles that state the same figure (issue 20: "2
 * sources"), each with its own words.
 */
export const FactViewSchema = z.object({
  fact: FactSchema,
  source: SourceRefSchema.optional(),
  confirmedBy: z.array(z.object({ source: SourceRefSchema, quote: z.string() })).optional(),
});
export type FactView = z.infer<typeof FactViewSchema>;

export const DealViewSchema = z.object({
  deal: DealSchema,
  parties: z.array(EntityRefSchema),
  facts: z.array(FactViewSchema),
  sources: z.array(SourceRefSchema),
});
export type DealView = z.infer<typeof DealViewSchema>;

/** A deal related to a page, with the page's entities that lead to it (its rank is how many). */
export const RelatedDealSchema = DealViewSchema.extend({ via: z.array(z.string()) });
export type RelatedDeal = z.infer<typeof RelatedDealSchema>;

/** Everything a hover card shows about one entity. */
export const EntityCardSchema = z.object({
  entity: EntitySchema,
  affiliations: z.array(z.object({ relation: RelationSchema, target: EntityRefSchema })),
  deals: z.array(DealViewSchema),
  facts: z.array(FactViewSchema),
  mentionedIn: z.array(z.object({ article: SourceRefSchema, count: z.number().int() })),
});
export type EntityCard = z.infer<typeof EntityCardSchema>;

/** What the popup's search box finds, per kind of record. */
export const SearchResultsSchema = z.object({
  entities: z.array(EntityRefSchema),
  deals: z.array(z.object({ id: z.string(), title: z.string() })),
  facts: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      labelFr: z.string().optional(),
      quote: z.string(),
      articleId: z.string(),
    }),
  ),
  articles: z.array(
    z.object({ id: z.string(), title: z.string(), publisher: z.string().optional(), url: HttpUrlSchema.optional() }),
  ),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;
