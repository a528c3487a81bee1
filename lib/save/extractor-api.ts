/**
 * The article extractor (Readability and metadata, ~40 kB) runs in the page, on a clone of its document, but
 * only when the reader saves: the background injects `extractor.js` into the tab, which publishes this function
 * under `EXTRACTOR_GLOBAL` in the extension's isolated world, then calls it. Its result crosses back to the
 * background as untrusted data and is validated there (ExtractedArticleSchema).
 */
export const EXTRACTOR_GLOBAL = '__dealLensExtract';

export type ExtractorResult =
  | { ok: true; article: unknown }
  | { ok: false; reason: 'no-article' | 'too-large' | 'extraction-failed'; detail?: string };
