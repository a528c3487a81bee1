/** The page's `<meta>` values by lower-cased key (`name`, `property` or `itemprop`), in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/**
 * Collects `<meta name|property|itemprop content>` of a document. A `property` may hold several keys separated
 * by spaces (RDFa: property="og:title dc:title"); every key gets the value. Empty values are dropped.
 */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')]
      .flatMap((attr) => (attr ? attr.toLowerCase().split(/\s+/) : []))
      .filter((key) => key.length > 0);
    for (const key of new Set(keys)) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/** The first value among `keys`, tried in order. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

/** The first value among `keys`, in order, that `accept` turns into something (a date that parses, say). */
export function firstAccepted<T>(
  tags: MetaTags,
  keys: readonly string[],
  accept: (value: string) => T | undefined,
): T | undefined {
  for (const key of keys) {
    for (const value of tags.get(key) ?? []) {
      const accepted = accept(value);
      if (accepted !== undefined) return accepted;
    }
  }
  return undefined;
}

/** All values of the first key among `keys` that has any. */
export function allMeta(tags: MetaTags, keys: readonly string[]): readonly string[] {
  for (const key of keys) {
    const values = tags.get(key);
    if (values && values.length > 0) return values;
  }
  return [];
}

/** Which keys hold which field, most specific first. `dc.` and `dcterms.` are also written with a colon. */
export const META_KEYS = {
  title: [
    'citation_title',
    'dc.title',
    'dc:title',
    'dcterms.title',
    'dcterm:title',
    'og:title',
    'twitter:title',
    'parsely-title',
    'sailthru.title',
    'headline',
  ],
  author: [
    'citation_author',
    'dc.creator',
    'dc:creator',
    'dcterms.creator',
    'dcterm:creator',
    'author',
    'parsely-author',
    'sailthru.author',
    'article:author',
    'byl',
    'byline',
  ],
  publisher: [
    'og:site_name',
    'citation_publisher',
    'citation_journal_title',
    'dc.publisher',
    'dc:publisher',
    'dcterms.publisher',
    'publisher',
    'application-name',
  ],
  published: [
    'article:published_time',
    'og:article:published_time',
    'published_time',
    'datepublished',
    'citation_publication_date',
    'citation_online_date',
    'citation_date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
    'dc:date',
    'dcterms.date',
    'dcterms.created',
    'parsely-pub-date',
    'sailthru.date',
    'pubdate',
    'publish-date',
    'publish_date',
    'date',
    'ptime',
    'pdate',
    'displaydate',
  ],
  language: ['dc.language', 'dc:language', 'dcterms.language', 'content-language', 'og:locale', 'language'],
  canonical: ['og:url', 'twitter:url'],
} as const satisfies Record<string, readonly string[]>;
