// Issue 21: the names proposed on the 44 real news pages of ../shared/corpus/readability hold none of the
// obvious mistakes (demonyms, directions, bare legal forms, tickers and exchanges, contractions, credits glued
// to names), and the saved article's author is never its site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article-extract';
import { isDemonym, isDemonymPhrase } from '@/lib/extract/demonyms';
import { DIRECTIONS, LEGAL_FORMS } from '@/lib/extract/entity-lexicon';
import { compileMatcher } from '@/lib/match/compile';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { PreparedArticle } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { fold } from '@/lib/text/fold';
import { readSeedBundle } from '../store/helpers';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/readability/', import.meta.url));
const PAGE_URL = 'http://fakehost/test/page.html';
const available = existsSync(CORPUS);
if (!available) console.warn(`corpus-names: no corpus at ${CORPUS}; the corpus suite is skipped.`);

const prepared: { page: string; result: PreparedArticle }[] = [];

/** Why a proposed name is obviously wrong, or undefined. */
function mistake(name: string): string | undefined {
  const words = name.split(/\s+/u);
  if (words.every((w) => isDemonym(w) || DIRECTIONS.has(fold(w)))) return 'demonym or direction';
  if (isDemonymPhrase(words)) return 'demonym';
  if (words.every((w) => LEGAL_FORMS.has(fold(w)))) return 'bare legal form';
  if (/^(?:NASDAQ|NYSE|BMV|TSX|ASX|Euronext)$/u.test(name)) return 'exchange';
  if (/^(?:I|You|We|They|It|C)['’]/u.test(name)) return 'contraction';
  if (/^(?:Credit|Crédito)\p{Lu}/u.test(name)) return 'photo credit';
  if (/\p{Ll}$/u.test(name) === false && /[a-z]/u.test(name) === false && / (?:OF|THE|FOR|OUR|BY) /u.test(name)) {
    return 'shouted phrase';
  }
  if (/^\d+$/u.test(name) || name.length < 2) return 'not a word';
  return undefined;
}

describe.skipIf(!available)('name proposals on the Readability corpus', () => {
  beforeAll(async () => {
    const seed = await buildSeedRecords(readSeedBundle(), 1);
    const matcher = compileMatcher(seed.entities);
    const entities = new Map(seed.entities.map((e) => [e.id, e]));
    for (const page of readdirSync(CORPUS).filter((n) => existsSync(`${CORPUS}${n}/source.html`))) {
      const html = readFileSync(`${CORPUS}${page}/source.html`, 'utf8');
      const doc = new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() }).window.document;
      const extracted = extractArticle(doc, PAGE_URL);
      if (!extracted.ok) continue;
      const result = prepareArticle({
        extracted: { ...extracted.article, url: PAGE_URL },
        hash: 'c'.repeat(64),
        matcher,
        entities,
        deals: seed.deals,
        now: 1,
      });
      if (!('failure' in result)) prepared.push({ page, result });
    }
  }, 120_000);

  it('reads the French, English and Spanish pages', () => {
    expect(prepared.length).toBeGreaterThanOrEqual(30);
  });

  it('proposes no demonym, direction, bare legal form, exchange, contraction or photo credit', () => {
    const wrong = prepared.flatMap(({ page, result }) =>
      result.candidates.entities.flatMap((c) => {
        const why = mistake(c.name);
        return why ? [`${page}: ${c.name} (${why})`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('never takes the site for the author, nor glues them', () => {
    for (const { page, result } of prepared) {
      const { author, publisher } = result.article;
      if (!author || !publisher) continue;
      expect(fold(author), page).not.toBe(fold(publisher));
      expect(fold(author).endsWith(fold(publisher)), page).toBe(false);
    }
  });
});
