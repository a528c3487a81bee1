import { z } from 'zod';
import { ArticleSchema, DealSchema, EntitySchema, FactSchema, MentionSchema } from '@/lib/schema';

/** What every bundle says it is, so any other JSON file is refused at once. */
export const BUNDLE_FORMAT = 'deal-lens-bundle';

/**
 * The bundle layout this build writes and reads. Bump it when the layout changes, and teach the import to read the
 * previous one (a bundle can sit in a mailbox for years); a bundle from a newer build is refused, never guessed at.
 */
export const BUNDLE_VERSION = 1;

/**
 * Largest bundle read, checked before the text is parsed. A store of a few hundred saved articles is a few MB;
 * anything past this is not a store, and parsing it would freeze the page.
 */
export const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;

/** A whole store as one JSON file: every record of every table, each validated with its own schema. */
export const BundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  /** When it was written, ISO 8601. */
  exportedAt: z.iso.datetime(),
  /** The extension version that wrote it, for support ("Deal Lens 0.1.0"). */
  generator: z.string().max(100).optional(),
  entities: z.array(EntitySchema),
  deals: z.array(DealSchema),
  facts: z.array(FactSchema),
  articles: z.array(ArticleSchema),
  mentions: z.array(MentionSchema),
});
export type Bundle = z.infer<typeof BundleSchema>;

/** The bundle's record tables, in the order they are checked and written. */
export const BUNDLE_TABLES = ['entities', 'deals', 'facts', 'articles', 'mentions'] as const;
export type BundleTable = (typeof BUNDLE_TABLES)[number];
