import { z } from 'zod';
import { HttpUrlSchema, LanguageSchema, OriginSchema, PartialDateSchema, SharingFields, SlugSchema } from './common';

export const ArticleSchema = z.object({
  id: SlugSchema,
  /** Where it was read. Seed articles have no public URL known to us: never invent one. */
  url: HttpUrlSchema.optional(),
  canonicalUrl: HttpUrlSchema.optional(),
  /** The seed file name, for seed articles (seeds/<file>). */
  seedFile: z.string().optional(),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  publishedDate: PartialDateSchema.optional(),
  language: LanguageSchema,
  text: z.string().min(1),
  /** SHA-256 of the normalised text, hex: finds the same article saved from another URL. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  savedAt: z.number().int(),
  origin: OriginSchema,
  /** Set when the reader changed a record (saved a seed article again, edited it): seed updates keep it. */
  editedAt: z.number().int().optional(),
  ...SharingFields,
});
export type Article = z.infer<typeof ArticleSchema>;

/** Which entities an article mentions, and how often. One row per (article, entity). */
export const MentionSchema = z.object({
  articleId: SlugSchema,
  entityId: SlugSchema,
  count: z.number().int().positive(),
});
export type Mention = z.infer<typeof MentionSchema>;
