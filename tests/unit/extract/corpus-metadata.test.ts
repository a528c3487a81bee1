// extractArticle on the real news pages of the shared Readability corpus (../shared/corpus/readability):
// title, byline, site name and date against expected-metadata.json, body text against expected.html.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article-extract';
import { normalizePublishedDate } from '@/lib/extract/metadata/published-date';
import type { ExtractedArticle } from '@/lib/schema';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/readability/', import.meta.url));
const PAGE_URL = 'http://fakehost/test/page.html';
const available = existsSync(CORPUS);
if (!available) console.warn(`corpus-metadata: no corpus at ${CORPUS}; the corpus suite is skipped.`);

type Field = 'title' | 'byline' | 'siteName' | 'publishedTime';
const FIELDS: Field[] = ['title', 'byline', 'siteName', 'publishedTime'];

/**
 * Where expected-metadata.json (Readability's own output, not ground truth) is wrong, the value a reader would
 * expect, checked against the page source; `null` = do not compare this field on this page.
 */
const EXCEPTIONS: { page: string; field: Field; expected: string | null; reason: string }[] = [
  {
    page: 'breitbart',
    field: 'byline',
    expected: 'Lucas Nolan',
    reason: 'Readability glued the date and comment count to the name ("by Lucas Nolan22 Dec 2016651").',
  },
  {
    page: 'seattletimes-1',
    field: 'byline',
    expected: 'Benjamin Romano',
    reason: 'Readability took the date line; the page’s itemprop=author names Benjamin Romano.',
  },
  {
    page: 'yahoo-3',
    field: 'byline',
    expected: 'Gillian Mohney',
    reason: 'Readability kept the date line after a newline ("By GILLIAN MOHNEY\\n March 11, 2015 3:46 PM").',
  },
  {
    page: 'herald-sun-1',
    field: 'byline',
    expected: 'Laurie Oakes',
    reason:
      'JOE HILDEBRAND signs a related-story teaser; the byline, article:author and tracking data name Laurie Oakes.',
  },
  {
    page: 'salon-1',
    field: 'byline',
    expected: 'Richard (R.J.) Eskow',
    reason: 'Joanna Rothkopf signs the related-links teasers; rel=author and the page config name R.J. Eskow.',
  },
  {
    page: 'yahoo-2',
    field: 'title',
    expected: 'Russia: Space ship malfunctions, breaks up over Siberia',
    reason:
      'og:title is the portal’s generic "Yahoo News - Latest News & Headlines"; <title> and <h1> give the headline.',
  },
  {
    page: 'tmz-1',
    field: 'siteName',
    expected: null,
    reason: 'og:site_name is a URL ("http://www.tmz.com"), not a name; nothing on the page names the site otherwise.',
  },
];

/** Reached on this corpus (44 pages): the test fails if a change matches fewer. */
const FLOORS: Record<Field, number> = { title: 44, byline: 39, siteName: 31, publishedTime: 15 };
const F1_FLOOR = 0.999;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const stripBy = (s: string) => collapse(s.toLowerCase()).replace(/^(?:by|par)\s*:?\s+/, '');

/** The comparison rules of the corpus README, per field. */
function same(field: Field, expected: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  switch (field) {
    case 'title':
      return collapse(expected) === collapse(actual);
    case 'byline': {
      const [e, a] = [stripBy(expected), stripBy(actual)];
      return e.length > 0 && a.length > 0 && (e.includes(a) || a.includes(e));
    }
    case 'siteName':
      return collapse(expected).toLowerCase() === collapse(actual).toLowerCase();
    case 'publishedTime': {
      const day = normalizePublishedDate(expected)?.slice(0, 10);
      return day !== undefined && day === normalizePublishedDate(actual)?.slice(0, 10);
    }
  }
}

/** Words, and CJK characters one by one (those scripts put no spaces between words); URLs are left out. */
function tokens(text: string): string[] {
  return (
    text
      .replace(/https?:\/\/\S+/g, ' ')
      .toLowerCase()
      .match(/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Token-bag F1 of `actual` against `expected`. */
function f1(actual: string[], expected: string[]): number {
  const left = new Map<string, number>();
  for (const t of expected) left.set(t, (left.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of actual) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      common++;
      left.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / actual.length;
  const recall = common / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

interface PageResult {
  page: string;
  expected: Record<Field, string | null>;
  /** The expected file's values before exceptions: what Readability alone gives. */
  readability: Record<Field, string | null>;
  article?: ExtractedArticle;
  failure?: string;
  f1: number;
  unchanged: boolean;
}

const results: PageResult[] = [];

describe.skipIf(!available)('extractArticle on the Readability corpus', () => {
  beforeAll(() => {
    const pages = readdirSync(CORPUS).filter((name) => existsSync(`${CORPUS}${name}/source.html`));
    for (const page of pages.sort()) {
      const raw = JSON.parse(readFileSync(`${CORPUS}${page}/expected-metadata.json`, 'utf8'));
      const readability = Object.fromEntries(FIELDS.map((f) => [f, raw[f] ?? null])) as Record<Field, string | null>;
      const expected = { ...readability };
      for (const e of EXCEPTIONS.filter((x) => x.page === page)) expected[e.field] = e.expected;
      // A silent console: jsdom reports every stylesheet it cannot parse, which is noise here.
      const dom = new JSDOM(readFileSync(`${CORPUS}${page}/source.html`, 'utf8'), {
        url: PAGE_URL,
        virtualConsole: new VirtualConsole(),
      });
      const doc = dom.window.document;
      const before = doc.documentElement.outerHTML;
      const result = extractArticle(doc, PAGE_URL);
      const expectedText = JSDOM.fragment(readFileSync(`${CORPUS}${page}/expected.html`, 'utf8')).textContent ?? '';
      results.push({
        page,
        expected,
        readability,
        article: result.ok ? result.article : undefined,
        failure: result.ok ? undefined : result.reason,
        f1: result.ok ? f1(tokens(result.article.text), tokens(expectedText)) : 0,
        unchanged: doc.documentElement.outerHTML === before,
      });
      dom.window.close();
    }
  }, 180_000);

  it('extracts an article from every page without changing the page', () => {
    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(results.filter((r) => r.failure).map((r) => `${r.page}: ${r.failure}`)).toEqual([]);
    expect(results.filter((r) => !r.unchanged).map((r) => r.page)).toEqual([]);
  });

  it('matches the expected metadata field by field, at least as often as before', () => {
    const rows = FIELDS.map((field) => {
      const compared = results.filter((r) => r.expected[field] !== null);
      const ours = compared.filter((r) => same(field, r.expected[field] ?? '', r.article?.[field]));
      const theirs = compared.filter((r) => same(field, r.expected[field] ?? '', r.readability[field] ?? undefined));
      const extra = results.filter((r) => r.expected[field] === null && r.article?.[field] !== undefined);
      return {
        field,
        matched: ours.length,
        compared: compared.length,
        rate: `${((100 * ours.length) / Math.max(1, compared.length)).toFixed(1)}%`,
        'readability alone': theirs.length,
        'extra (expected none)': extra.length,
        misses: compared
          .filter((r) => !ours.includes(r))
          .map((r) => r.page)
          .join(' '),
      };
    });
    console.info('corpus-metadata: per-field match rate (exceptions applied)');
    console.table(rows);
    for (const row of rows) expect(row.matched, row.field).toBeGreaterThanOrEqual(FLOORS[row.field]);
  });

  it('reads the body text as Readability’s expected.html does (token F1)', () => {
    const mean = results.reduce((sum, r) => sum + r.f1, 0) / results.length;
    const worst = [...results].sort((a, b) => a.f1 - b.f1).slice(0, 3);
    console.info(
      `corpus-metadata: body token F1 mean ${mean.toFixed(4)}; lowest ${worst.map((r) => `${r.page} ${r.f1.toFixed(3)}`).join(', ')}`,
    );
    expect(mean).toBeGreaterThanOrEqual(F1_FLOOR);
  });
});
