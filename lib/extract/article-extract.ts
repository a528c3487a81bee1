import { Readability } from '@mozilla/readability';
import {
  type ExtractedArticle,
  ExtractedArticleSchema,
  type ExtractFailureReason,
  type ExtractResult,
} from '@/lib/schema';
import { guessLanguage } from '@/lib/text/guess-language';
import { clean, cleanByline, extractMetadata } from './article-metadata';
import { elementToText } from './article-text';
import { normalizePublishedDate, toPartialDate } from './metadata/published-date';

/** A document with more text than this is refused before Readability runs (it would take seconds). */
export const MAX_TEXT_LENGTH = 2_000_000;
/** …and one with more elements than this (Readability walks them all several times). */
export const MAX_ELEMENTS = 100_000;
/**
 * …and one nested deeper than this: Readability's time grows with the cube of the depth (3 s at 400 levels,
 * 20 s at 800), while real pages stay under 40 (the deepest of the corpus, wikipedia-2, has 38).
 */
export const MAX_DEPTH = 200;

const fail = (reason: ExtractFailureReason, detail?: string): ExtractResult => ({ ok: false, reason, detail });

const collapse = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

/**
 * The title: Readability's (it strips " - Site" suffixes with care), unless it has nothing to do with the
 * page's headings while another candidate (the metadata's, `<title>`) IS one of them — a portal that gives
 * every page its own generic og:title ("Yahoo News - Latest News & Headlines").
 */
function chooseTitle(doc: Document, readable: string | undefined, others: (string | undefined)[]): string | undefined {
  const headings = [...doc.querySelectorAll('h1')].slice(0, 10).map((h) => collapse(h.textContent ?? '') ?? '');
  const title = collapse(readable);
  if (title && headings.some((h) => h && (h.includes(title) || title.includes(h)))) return title;
  const heading = others.map(collapse).find((c) => c && headings.includes(c));
  return heading ?? title ?? others.map(collapse).find((c) => c);
}

/**
 * Reads the article of a page, or says why not. Never throws and never changes `doc`: Readability, which
 * rewrites the DOM it reads, runs on a deep clone.
 *
 * Refused before any parsing: no `<body>` ('no-document'), more than 2,000,000 characters of text or 100,000
 * elements or elements nested more than 200 deep ('too-large', `detail` says which). Then 'no-article' when Readability
 * finds no article or it has no text; 'error' if anything still throws.
 *
 * Field by field (from the corpus measurements in tests/unit/extract/corpus-metadata.test.ts):
 * - title: Readability's, unless unrelated to every `<h1>` while `<title>` or the metadata's title is one;
 * - byline: the page's structured author (JSON-LD, meta tags) first — Readability's byline guess sometimes
 *   takes a related article's author or a date line — else Readability's, without "By"/"Par";
 * - siteName: Readability's, else the metadata's publisher;
 * - publishedTime: the metadata's (JSON-LD, meta tags, `<time>`: it finds twice as many), else Readability's;
 * - lang: the page's (`<html lang>`, meta tags), else guessed from the text; canonicalUrl: the metadata's.
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  try {
    if (!doc?.documentElement || !doc.body) return fail('no-document');
    const textLength = doc.body.textContent?.length ?? 0;
    if (textLength > MAX_TEXT_LENGTH) return fail('too-large', `${textLength} characters of text`);
    const shape = measure(doc.documentElement);
    if (shape.elements > MAX_ELEMENTS) return fail('too-large', `more than ${MAX_ELEMENTS} elements`);
    if (shape.depth > MAX_DEPTH) return fail('too-large', `elements nested more than ${MAX_DEPTH} deep`);

    const metadata = extractMetadata(doc, url);
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
    if (!parsed?.content) return fail('no-article');
    const text = elementToText(parsed.content);
    if (!text) return fail('no-article');

    const title = chooseTitle(doc, parsed.title ?? undefined, [metadata.title, clean(doc.title)]);
    // No title anywhere (no <title>, no heading, no metadata): a fragment, not an article.
    if (!title) return fail('no-article', 'the page has no title');
    const publishedTime = metadata.publishedTime ?? normalizePublishedDate(parsed.publishedTime);
    const langTag = metadata.langTag ?? clean(parsed.lang);
    const article: ExtractedArticle = {
      title,
      byline: metadata.author ?? cleanByline(parsed.byline),
      siteName: clean(parsed.siteName) ?? metadata.publisher,
      publishedTime,
      publishedDate: toPartialDate(publishedTime),
      // The declared language when it is one of the three; else a vote of the text's commonest words.
      lang: guessLanguage(text, langTag),
      langTag,
      canonicalUrl: metadata.canonicalUrl,
      text,
      excerpt: clean(parsed.excerpt),
      length: text.length,
    };
    return { ok: true, article: ExtractedArticleSchema.parse(dropUndefined(article)) };
  } catch (error) {
    return fail('error', error instanceof Error ? error.message : String(error));
  }
}

/** Counts elements and the deepest nesting, iteratively, stopping as soon as a limit is passed. */
function measure(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0 && elements <= MAX_ELEMENTS && depth <= MAX_DEPTH) {
    const [element, level] = stack.pop() ?? [root, 1];
    elements++;
    depth = Math.max(depth, level);
    for (const child of element.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
