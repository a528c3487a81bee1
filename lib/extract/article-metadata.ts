import { type ArticleMetadata, type Language, LanguageSchema } from '@/lib/schema';
import { isSameSite } from '@/lib/url/same-site';
import { monthPattern } from './figures/calendar-names';
import { readJsonLd } from './metadata/json-ld';
import { allMeta, firstAccepted, firstMeta, META_KEYS, readMetaTags } from './metadata/meta-tags';
import { normalizePublishedDate } from './metadata/published-date';

/** Collapses runs of white space and trims: page metadata is often indented or wrapped. */
export function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** "fr-FR", "fr_FR", "FR" → "fr"; anything but French, English or Spanish → "und". */
export function languageOf(tag: string | undefined): Language {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  const parsed = LanguageSchema.safeParse(primary);
  return parsed.success ? parsed.data : 'und';
}

/** A URL resolved against the page's address, if it is a valid http(s) URL. */
function absoluteUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page's own address for itself: the first of its claims (`rel=canonical`, `og:url`, JSON-LD `url`) that is a
 * valid http(s) URL on the same site as the page. A page can write any address in its head; one on another site
 * would let it file itself as (and overwrite) an article the reader saved from there, so it is ignored and the
 * page stands as its own article.
 */
function sameSiteCanonical(claims: ReadonlyArray<string | undefined>, url: string): string | undefined {
  for (const claim of claims) {
    const resolved = absoluteUrl(claim, url);
    if (resolved && isSameSite(resolved, url)) return resolved;
  }
  return undefined;
}

/** A byline value that is a profile link rather than a name ("https://www.facebook.com/…") is not an author. */
function isName(value: string): boolean {
  return !/^https?:\/\//i.test(value) && !/^@\w+$/.test(value) && value.length <= 200;
}

let bylineDate: RegExp | undefined;

/**
 * A byline as a name: without "By"/"Par"/"Por", without a second line, and without a date glued after it
 * ("by Lucas Nolan22 Dec 2016651" → "Lucas Nolan", "April 28, 2019 at 6:01 am" → nothing).
 */
export function cleanByline(byline: string | null | undefined): string | undefined {
  bylineDate ??= new RegExp(
    `(?:\\d{1,2}(?:st|nd|rd|th)?\\s*${monthPattern('und')}|${monthPattern('und')}\\s+\\d{1,2})\\b.*$`,
    'isu',
  );
  const firstLine = byline?.trim().split(/\n/)[0] ?? '';
  const name = firstLine.replace(/^(?:by|par|por|von)\s*:?\s+/iu, '').replace(bylineDate, '');
  return clean(name.replace(/[\s,;|·•–—-]+$/u, ''));
}

/** Joins several authors with ", ", dropping duplicates and non-names. */
function joinAuthors(names: readonly string[]): string | undefined {
  const unique = [...new Set(names.map(cleanByline).filter((n): n is string => n !== undefined && isName(n)))];
  return unique.length > 0 ? unique.join(', ') : undefined;
}

/** The first `<time datetime>` that marks publication, else the first one at all. */
function timeElementDate(doc: Document): string | undefined {
  const marked = doc.querySelector('time[itemprop~="datePublished" i][datetime], time[pubdate][datetime]');
  const any = marked ?? doc.querySelector('article time[datetime], time[datetime]');
  return any?.getAttribute('datetime') ?? undefined;
}

/**
 * Reads a page's own description of the article it carries, field by field in this order of trust:
 * - title: JSON-LD `headline` → `citation_title`, `dc.title`, `og:title`, `twitter:title`, `parsely-title`… →
 *   `<title>`;
 * - author: JSON-LD `author` (string, object or array, `@id` references followed) → `citation_author`,
 *   `dc.creator`, `author`, `parsely-author`, `sailthru.author`, `article:author` (unless a URL) → `rel=author`;
 * - publisher: JSON-LD `publisher` (an organisation's own name: "Libération", not "Libération.fr") →
 *   `og:site_name` → citation/dc publisher → `application-name`;
 * - published time: JSON-LD `datePublished` → `article:published_time`, `citation_*`, `dc.*`, `parsely-pub-date`,
 *   `sailthru.date`… → `<time datetime>`;
 * - canonical URL: `<link rel=canonical>` → `og:url` → JSON-LD `url`, resolved against `url`, the first on the
 *   page's own site (see {@link sameSiteCanonical});
 * - language: `<html lang>` → `content-language` / `dc.language` / `og:locale` → JSON-LD `inLanguage`.
 * JSON-LD scripts that do not parse are ignored. Never throws on a well-formed `Document`.
 */
export function extractMetadata(doc: Document, url: string): ArticleMetadata {
  const meta = readMetaTags(doc);
  const ld = readJsonLd(doc);
  const httpEquiv = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? undefined;
  const langTag = clean(
    doc.documentElement?.getAttribute('lang') ??
      doc.documentElement?.getAttribute('xml:lang') ??
      httpEquiv ??
      firstMeta(meta, META_KEYS.language) ??
      ld?.inLanguage,
  );
  const relAuthor = clean(doc.querySelector('[rel="author"]')?.textContent);
  const metadata: ArticleMetadata = {
    title: clean(ld?.headline) ?? firstAccepted(meta, META_KEYS.title, clean) ?? clean(doc.title),
    author:
      joinAuthors(ld?.authors ?? []) ??
      joinAuthors(allMeta(meta, META_KEYS.author)) ??
      (relAuthor && isName(relAuthor) ? relAuthor : undefined),
    publisher: clean(ld?.publisher) ?? firstAccepted(meta, META_KEYS.publisher, clean),
    publishedTime:
      normalizePublishedDate(ld?.datePublished) ??
      firstAccepted(meta, META_KEYS.published, normalizePublishedDate) ??
      normalizePublishedDate(timeElementDate(doc)),
    canonicalUrl: sameSiteCanonical(
      [
        doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined,
        firstMeta(meta, META_KEYS.canonical),
        ld?.url,
      ],
      url,
    ),
    langTag,
    language: languageOf(langTag),
  };
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)) as ArticleMetadata;
}
