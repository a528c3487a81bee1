import { z } from 'zod';
import { ArticleSchema, MentionSchema } from './article';
import { ArticleCandidatesSchema } from './candidates';
import { HttpUrlSchema, LanguageSchema } from './common';

/** What a page says about itself, before any reading of its body. Every field may be missing. */
export const ArticleMetadataSchema = z.object({
  title: z.string().min(1).optional(),
  /** The byline: one name, or several joined with ", ". */
  author: z.string().min(1).optional(),
  /** The publisher or site name ("Le Monde", "The Verge"). */
  publisher: z.string().min(1).optional(),
  /** ISO 8601: "YYYY-MM-DD", or date and time with the zone as written (see `normalizePublishedDate`). */
  publishedTime: z.string().optional(),
  canonicalUrl: z.string().url().optional(),
  /** The page's language tag as written ("pt-BR"), and the one the extractor knows it as. */
  langTag: z.string().optional(),
  language: LanguageSchema,
});
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;

/** An article read from a page: Readability's reading merged with the page's own metadata. */
export const ExtractedArticleSchema = z.object({
  title: z.string().min(1),
  byline: z.string().min(1).optional(),
  siteName: z.string().min(1).optional(),
  /** ISO 8601 as `normalizePublishedDate` writes it. */
  publishedTime: z.string().optional(),
  /** Its calendar day, YYYY-MM-DD, for `Article.publishedDate`. */
  publishedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  lang: LanguageSchema,
  langTag: z.string().optional(),
  canonicalUrl: z.string().url().optional(),
  /** Plain text, paragraphs separated by one blank line. */
  text: z.string().min(1),
  excerpt: z.string().optional(),
  /** `text.length`. */
  length: z.number().int().nonnegative(),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;

/**
 * Why no article came out: the page has no body, is too big or too deeply nested to read safely, holds no
 * article Readability can find, or something threw (`detail` says what).
 */
export const ExtractFailureReasonSchema = z.enum(['no-document', 'too-large', 'no-article', 'error']);
export type ExtractFailureReason = z.infer<typeof ExtractFailureReasonSchema>;

/** What `extractArticle` (lib/extract/article-extract) returns: the article, or why not. */
export const ExtractResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: ExtractedArticleSchema }),
  z.object({ ok: z.literal(false), reason: ExtractFailureReasonSchema, detail: z.string().optional() }),
]);
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

/** Most characters of article text Deal Lens stores: longer "articles" are whole-site dumps, not stories. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * What the in-page extractor sends back to the background: the extractor's own output plus the page's URL.
 * An untrusted boundary (the page's text and markup made it), so it is validated again on arrival, with limits.
 * A canonical link that is not a web address is the page's mistake (or its trick), not a reason to refuse the
 * article: it is dropped, and the article is kept under the address it was read at.
 */
export const PageArticleSchema = ExtractedArticleSchema.extend({
  url: HttpUrlSchema,
  canonicalUrl: HttpUrlSchema.optional().catch(undefined),
  title: z.string().trim().min(1).max(1000),
  text: z.string().min(1).max(MAX_ARTICLE_CHARS),
});
export type PageArticle = z.infer<typeof PageArticleSchema>;

/** Everything one save writes, in one transaction (lib/save/prepare-article makes it, lib/store writes it). */
export const PreparedArticleSchema = z.object({
  article: ArticleSchema,
  mentions: z.array(MentionSchema),
  candidates: ArticleCandidatesSchema,
});
export type PreparedArticle = z.infer<typeof PreparedArticleSchema>;
