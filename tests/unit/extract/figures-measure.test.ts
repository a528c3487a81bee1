// Issue 15's measure: which figures that matter are found, and which are missed, on the three seed articles
// (the catalog's curated facts are the answer key), on the corpus pages that carry deal news (hand-annotated
// below, from the text the extractor gives) and on the crafted unseen-deal articles (fr/en/es), which hold the
// kinds of figure the corpus lacks. Prints one line per page; every wanted figure must be found.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article-extract';
import { findFigures } from '@/lib/extract/figures';
import { type Figure, type FigureLanguage, type SeedCatalog, SeedCatalogSchema } from '@/lib/schema';
import { UNSEEN_DEAL_EN, UNSEEN_DEAL_ES, UNSEEN_DEAL_FR } from '../fixtures/unseen-deal';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const catalog: SeedCatalog = SeedCatalogSchema.parse(
  JSON.parse(readFileSync(new URL('catalog.json', seedsDir), 'utf8')),
);
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/readability/', import.meta.url));

/** A figure a reader of deal news wants: its words as printed, and what it is worth. */
interface Wanted {
  text: string;
  unit: string;
  value?: number;
  date?: string;
  /** Why the extractor cannot find it (a kind of figure it does not read): reported, not counted as a failure. */
  unsupported?: string;
}

const usd = (text: string, value: number): Wanted => ({ text, unit: 'USD', value });
const year = (text: string): Wanted => ({ text, unit: 'year', date: text });

/**
 * The deal news of the corpus and its figures, annotated by hand. Left out on purpose: ages ("106-year-old"),
 * ordinals of centuries, counts of steps, and numbers that only name things ("2G", "iPhone 7").
 */
const CORPUS_PAGES: { page: string; about: string; wanted: Wanted[] }[] = [
  {
    page: 'nytimes-2',
    about: 'Yahoo’s $4.8 billion sale to Verizon',
    wanted: [
      usd('$4.8 billion', 4.8e9),
      usd('$1 billion', 1e9),
      usd('$10 billion', 1e10),
      usd('$4.8 billion', 4.8e9),
      year('1940'),
      year('2009'),
      year('2013'),
      usd('$28 billion', 2.8e10),
      { text: 'six times', unit: 'ratio', unsupported: 'multiples ("six times the value") are not a figure kind' },
      { text: '10 percent', unit: 'percent', value: 10 },
      usd('$144 million', 1.44e8),
      usd('$15 million', 1.5e7),
    ],
  },
  {
    page: 'cnet',
    about: 'Facebook’s acquisitions (WhatsApp, Instagram, Oculus)',
    wanted: [
      usd('$19 billion', 1.9e10),
      usd('$1 billion', 1e9),
      usd('$3 billion', 3e9),
      usd('$4 billion', 4e9),
      usd('$3 billion', 3e9),
      year('2013'),
    ],
  },
  {
    page: 'seattletimes-1',
    about: 'Amazon’s $13.7 billion purchase of Whole Foods',
    wanted: [
      { text: '43 years', unit: 'years', value: 43 },
      usd('$16', 16),
      { text: 'August 2017', unit: 'date', date: '2017-08' },
      usd('$13.7 billion', 1.37e10),
      usd('$119', 119),
      { text: '100 million members', unit: 'people', value: 1e8 },
      usd('$16.99', 16.99),
      usd('$24', 24),
      usd('$28', 28),
      year('1999'),
      {
        text: 'hundreds of millions of dollars',
        unit: 'USD',
        unsupported: 'vague amounts of money ("hundreds of millions of dollars") have no value to store',
      },
      usd('$726 billion', 7.26e11),
      year('2017'),
      {
        text: '11 automated Go convenience stores',
        unit: 'objects',
        value: 11,
        unsupported: 'stores are not a count noun',
      },
      year('2017'),
      usd('$6 million', 6e6),
      { text: 'three-day', unit: 'days', value: 3 },
      usd('$5', 5),
      usd('$6', 6),
      year('1924'),
    ],
  },
  {
    page: 'cnet-svg-classes',
    about: 'Twitter Lite launched in 24 countries, 11 in Latin America (Spanish)',
    wanted: [
      { text: '11 países', unit: 'objects', value: 11, unsupported: 'counts of countries are not a count noun' },
      { text: '24 nuevos países', unit: 'objects', value: 24, unsupported: 'counts of countries are not a count noun' },
      { text: '11 de ellos', unit: 'objects', value: 11, unsupported: 'a count with no noun' },
    ],
  },
];

const money = (text: string, unit: string, value: number): Wanted => ({ text, unit, value });
const date = (text: string, iso: string): Wanted => ({ text, unit: 'date', date: iso });

/** The crafted articles of an unseen deal, and every figure they print. The text names Chile: pesos are CLP. */
const CRAFTED = [
  {
    name: 'unseen deal (fr)',
    article: UNSEEN_DEAL_FR,
    wanted: [
      money('1,2 milliard de dollars', 'USD', 1.2e9),
      date('3 mars 2025', '2025-03-03'),
      { text: '100 mégawatts', unit: 'MW', value: 100 },
      { text: 'cinq ans', unit: 'years', value: 5 },
      { text: '800 emplois', unit: 'jobs', value: 800 },
      { text: '20 000 personnes', unit: 'people', value: 20000 },
      { text: '60 %', unit: 'percent', value: 60 },
      money('un milliard de dollars', 'USD', 1e9),
    ],
  },
  {
    name: 'unseen deal (en)',
    article: UNSEEN_DEAL_EN,
    wanted: [
      money('$1.2bn', 'USD', 1.2e9),
      date('March 3, 2025', '2025-03-03'),
      { text: '100MW', unit: 'MW', value: 100 },
      { text: 'five-year', unit: 'years', value: 5 },
      { text: '800 jobs', unit: 'jobs', value: 800 },
      { text: '20,000 people', unit: 'people', value: 20000 },
      { text: '40%', unit: 'percent', value: 40 },
    ],
  },
  {
    name: 'unseen deal (es)',
    article: UNSEEN_DEAL_ES,
    wanted: [
      money('US$ 1.200 millones', 'USD', 1.2e9),
      date('3 de marzo de 2025', '2025-03-03'),
      { text: '100 megavatios', unit: 'MW', value: 100 },
      money('1,1 billones de pesos', 'CLP', 1.1e12),
      { text: 'cinco años', unit: 'years', value: 5 },
      { text: '800 empleos', unit: 'jobs', value: 800 },
      { text: '20.000 personas', unit: 'people', value: 20000 },
    ],
  },
];

interface Tally {
  found: Wanted[];
  missed: Wanted[];
  unsupported: Wanted[];
  extra: Figure[];
}

/** Pairs each wanted figure with an unused found one of the same words and worth. */
function tally(wanted: readonly Wanted[], figures: readonly Figure[]): Tally {
  const unused = [...figures];
  const out: Tally = { found: [], missed: [], unsupported: [], extra: [] };
  for (const w of wanted) {
    const at = unused.findIndex(
      (f) =>
        f.text === w.text && f.unit === w.unit && (w.value === undefined || f.value === w.value) && f.date === w.date,
    );
    if (at >= 0) {
      out.found.push(w);
      unused.splice(at, 1);
    } else (w.unsupported ? out.unsupported : out.missed).push(w);
  }
  out.extra = unused;
  return out;
}

function report(name: string, t: Tally): string {
  const list = (items: readonly { text: string }[]) => items.map((i) => `“${i.text}”`).join(', ') || '–';
  return [
    `${name}: found ${t.found.length}/${t.found.length + t.missed.length + t.unsupported.length}`,
    `missed ${t.missed.length} ${list(t.missed)}`,
    `unsupported ${t.unsupported.length} ${list(t.unsupported)}`,
    `also found ${t.extra.length} ${list(t.extra)}`,
  ].join(' · ');
}

describe('figures found and missed (issue 15)', () => {
  it.each(catalog.articles.map((a) => [a.id, a] as const))('seed %s: every curated figure', (id, article) => {
    const text = readFileSync(new URL(article.seedFile, seedsDir), 'utf8');
    const wanted = catalog.facts
      .filter((f) => f.articleId === id && (f.value !== undefined || f.date !== undefined))
      .flatMap((fact): Wanted[] => {
        // The curated fact's quote holds its figure: the figure the extractor finds inside that quote.
        const at = text.indexOf(fact.quote);
        const figure = findFigures(text, article.language).find(
          (f) => f.start >= at && f.end <= at + fact.quote.length && (f.value === fact.value || f.date === fact.date),
        );
        const dated = fact.unit === 'date' || fact.unit === 'year';
        return [
          {
            text: figure?.text ?? fact.quote,
            unit: fact.unit ?? '',
            value: fact.value,
            date: dated ? fact.date : undefined,
          },
        ];
      });
    // Dates the catalog completed ("le 29 août" → 2023-08-29) are found as a day and month: compare the text only.
    const figures = findFigures(text, article.language).map((f) =>
      f.monthDay ? { ...f, date: wanted.find((w) => w.text === f.text)?.date } : f,
    );
    const t = tally(
      wanted.map((w) => (w.unit === 'date' ? { ...w, value: undefined } : w)),
      figures,
    );
    console.info(report(`seed ${id}`, t));
    expect(t.missed).toEqual([]);
  });

  it.each(CRAFTED)('crafted $name: every printed figure', ({ name, article, wanted }) => {
    const t = tally(wanted, findFigures(article.text, article.lang, { countries: ['CL'] }));
    console.info(report(`crafted ${name}`, t));
    expect(t.missed).toEqual([]);
  });

  const available = existsSync(CORPUS);
  it.skipIf(!available).each(CORPUS_PAGES)(
    'corpus $page: $about',
    ({ page, wanted }) => {
      const dom = new JSDOM(readFileSync(`${CORPUS}${page}/source.html`, 'utf8'), {
        url: 'http://fakehost/test/page.html',
        virtualConsole: new VirtualConsole(),
      });
      const result = extractArticle(dom.window.document, 'http://fakehost/test/page.html');
      if (!result.ok) throw new Error(`${page}: ${result.reason}`);
      const lang = result.article.lang as FigureLanguage;
      const t = tally(wanted, findFigures(result.article.text, lang));
      console.info(report(`corpus ${page}`, t));
      expect(t.missed).toEqual([]);
    },
    60_000,
  );
});
