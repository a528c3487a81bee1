import { extractArticle } from '@/lib/extract/article-extract';
import type { ExtractFailureReason } from '@/lib/schema';
import type { ExtractorResult } from './extractor-api';

const REASONS: Record<ExtractFailureReason, Exclude<ExtractorResult, { ok: true }>['reason']> = {
  'no-document': 'no-article',
  'no-article': 'no-article',
  'too-large': 'too-large',
  error: 'extraction-failed',
};

/** Reads the article of the page this runs in (on a clone: the page never changes) for the background. */
export function extractForSave(doc: Document, url: string): ExtractorResult {
  const result = extractArticle(doc, url);
  if (!result.ok) return { ok: false, reason: REASONS[result.reason], detail: result.detail };
  return { ok: true, article: { ...result.article, url } };
}
