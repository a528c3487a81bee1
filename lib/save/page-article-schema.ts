import { z } from 'zod';
import { ExtractedArticleSchema } from '@/lib/extract/article-extract';
import { HttpUrlSchema } from '@/lib/schema';

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
