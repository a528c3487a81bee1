/** What a page's JSON-LD says about its article, each field as found (not yet normalised). */
export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  publisher?: string;
  datePublished?: string;
  dateModified?: string;
  url?: string;
  inLanguage?: string;
}

type Node = Record<string, unknown>;

/** schema.org types that describe an article, in the order a page is trusted for them. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'SocialMediaPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a script's JSON, tolerating what pages really ship: HTML comments or CDATA markers around it, and
 * trailing commas. Returns undefined for anything still unparsable, never throws.
 */
export function parseJsonLoosely(source: string): unknown {
  const cleaned = source
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  for (const attempt of [cleaned, cleaned.replace(/,\s*([}\]])/g, '$1')]) {
    try {
      return JSON.parse(attempt);
    } catch {
      // Try the next repair, then give up on this script.
    }
  }
  return undefined;
}

/** Every object node of a JSON-LD document: top-level arrays and `@graph` arrays are flattened. */
function nodesOf(data: unknown, out: Node[] = [], depth = 0): Node[] {
  if (depth > 4) return out;
  if (Array.isArray(data)) {
    for (const item of data) nodesOf(item, out, depth + 1);
  } else if (isNode(data)) {
    out.push(data);
    if (data['@graph'] !== undefined) nodesOf(data['@graph'], out, depth + 1);
  }
  return out;
}

function types(node: Node): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function articleRank(node: Node): number {
  const ranks = types(node)
    .map((t) => ARTICLE_TYPES.indexOf(t))
    .filter((r) => r >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : -1;
}

/** A text value: a string, or the name / first string of an object or array; `@id` references are followed. */
function textOf(value: unknown, byId: Map<string, Node>, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item, byId, depth + 1);
      if (text) return text;
    }
    return undefined;
  }
  if (!isNode(value)) return undefined;
  const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
  const node = ref && ref !== value ? { ...ref, ...value } : value;
  return textOf(node.name, byId, depth + 1) ?? textOf(node['@value'], byId, depth + 1);
}

/** Author names: a string, an object with a name, or an array of either (references followed). */
function namesOf(value: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => textOf(item, byId)).filter((name): name is string => name !== undefined);
}

/**
 * Reads the article described by the JSON-LD of a document: the node whose `@type` (a string or an array,
 * possibly inside `@graph`) is the most specific article type, else none. Malformed scripts are skipped.
 */
export function readJsonLd(doc: Document): JsonLdArticle | undefined {
  const nodes: Node[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    nodesOf(parseJsonLoosely(script.textContent ?? ''), nodes);
  }
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes
    .map((node) => ({ node, rank: articleRank(node) }))
    .filter((n) => n.rank >= 0)
    .sort((a, b) => a.rank - b.rank)[0]?.node;
  if (!article) return undefined;
  const mainEntity = article.mainEntityOfPage;
  return {
    headline: textOf(article.headline, byId) ?? textOf(article.name, byId),
    authors: namesOf(article.author ?? article.creator, byId),
    publisher: textOf(article.publisher ?? article.sourceOrganization, byId),
    datePublished: textOf(article.datePublished ?? article.dateCreated, byId),
    dateModified: textOf(article.dateModified, byId),
    url:
      textOf(article.url, byId) ??
      (typeof mainEntity === 'string' ? mainEntity : isNode(mainEntity) ? textOf(mainEntity['@id'], byId) : undefined),
    inLanguage: textOf(article.inLanguage, byId),
  };
}
