import type { Figure, FigureLanguage } from '@/lib/schema';
import { alternation, COUNT_ADJECTIVES, COUNT_NOUNS, DEMONYM, entriesFor, LINKERS, PER_YEAR, SCALES } from './lexicon';
import { round } from './money';
import { amountPattern, GAP, OPT_GAP, readAmount } from './numbers';
import { qualifierBefore } from './qualifier';

type CountUnit = 'people' | 'jobs' | 'objects';

interface CountTables {
  pattern: RegExp;
  vague: RegExp;
  nouns: Map<string, CountUnit>;
  scales: Map<string, number>;
}

const cache = new Map<FigureLanguage, CountTables>();
const key = (word: string) => word.toLowerCase().replace(/[ \u00A0\u202F\u2009]+/g, ' ');

/** Vague amounts: "des milliers de", "thousands of", "miles de" → the order of magnitude they give. */
const VAGUE: Record<Exclude<FigureLanguage, 'und'>, [string, number][]> = {
  fr: [
    ['des dizaines de', 10],
    ['des centaines de', 100],
    ['des milliers de', 1e3],
    ['plusieurs milliers de', 1e3],
    ['des dizaines de milliers de', 1e4],
    ['des centaines de milliers de', 1e5],
    ['des millions de', 1e6],
  ],
  en: [
    ['dozens of', 10],
    ['hundreds of', 100],
    ['thousands of', 1e3],
    ['tens of thousands of', 1e4],
    ['hundreds of thousands of', 1e5],
    ['millions of', 1e6],
  ],
  es: [
    ['decenas de', 10],
    ['cientos de', 100],
    ['centenares de', 100],
    ['miles de', 1e3],
    ['decenas de miles de', 1e4],
    ['cientos de miles de', 1e5],
    ['millones de', 1e6],
  ],
};

function tables(lang: FigureLanguage): CountTables {
  const cached = cache.get(lang);
  if (cached) return cached;
  const nouns = entriesFor(COUNT_NOUNS, lang);
  const longScales = entriesFor(SCALES, lang).filter((s) => !s.abbreviated);
  const linkers = entriesFor(LINKERS, lang);
  const adjectives = entriesFor(COUNT_ADJECTIVES, lang);
  const demonyms = lang === 'und' ? Object.values(DEMONYM) : [DEMONYM[lang]];
  const noun = `(${alternation(withCapitals(nouns.map((n) => n.word)))}|${demonyms.join('|')})`;
  const linker = `(?:${GAP}(?:${alternation(linkers.filter((l) => !/['’]$/.test(l)))})${GAP}|${GAP}(?:${alternation(
    linkers.filter((l) => /['’]$/.test(l)),
  )})|${GAP})`;
  const perYear = `(${GAP}(?:${alternation(entriesFor(PER_YEAR, lang))}))?`;
  const amount = `(${amountPattern(lang, true)})`;
  // number (scale)? linker (adjective)? noun (per year)? — "7 000 emplois par an", "2 millions de personnes",
  // "20,000 young people", "400 000 Mexicains", "1.500 empleos", "deux cents emplois", "un million de personnes".
  // In English a nationality may stand before the noun too: "3,000 Ghanaian engineers", "200 Moroccan technicians".
  const nationality = lang === 'en' || lang === 'und' ? `(?:${NATIONALITY_EN}${GAP})?` : '';
  const source = `${amount}(?:${GAP}(${alternation(withCapitals(longScales.map((s) => s.word)))}))?${linker}${nationality}(?:(?:${alternation(
    adjectives,
  )})${GAP})?${noun}(?![\\p{L}])${perYear}(?![\\p{L}])`;
  const vagueList = lang === 'und' ? Object.values(VAGUE).flat() : VAGUE[lang];
  const vague = `(?<![\\p{L}])(${alternation(withCapitals(vagueList.map(([w]) => w)))})${OPT_GAP}(?:(?:${alternation(
    adjectives,
  )})${GAP})?${noun}(?![\\p{L}])`;
  const built: CountTables = {
    // Case-sensitive on purpose: the demonym patterns rely on the capital ("Mexicains", not "semaines").
    pattern: new RegExp(source, 'gu'),
    vague: new RegExp(vague, 'gu'),
    nouns: new Map(nouns.map((n) => [key(n.word), n.unit])),
    scales: new Map(longScales.map((s) => [key(s.word), s.factor])),
  };
  // The vague phrases' magnitudes, looked up by their folded text.
  for (const [word, magnitude] of vagueList) vagueMagnitude.set(key(word), magnitude);
  cache.set(lang, built);
  return built;
}

const vagueMagnitude = new Map<string, number>();

/** An English nationality adjective: "Ghanaian", "Moroccan", "Chinese", "Emirati", "Danish". */
const NATIONALITY_EN = '\\p{Lu}\\p{Ll}+(?:an|ese|i|ish)';

/** The words as written and with a capital first letter, for a case-sensitive pattern. */
function withCapitals(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
}

/**
 * Counts of people, jobs and objects: "7 000 emplois" (any French space), "400 000 Mexicains", "20,000 young
 * people", "1.500 empleos", "150 objets", "2 millions de personnes", "sept nouveaux emplois", "deux cents
 * emplois", "un million de personnes", "two thousand workers", "mil empleos"; jobs followed by
 * "par an" / "a year" / "al año" are `jobs-per-year`. Vague amounts ("des milliers de citoyens", "thousands of
 * workers") come without a value, with their order of magnitude in `magnitude`.
 */
export function findCounts(text: string, lang: FigureLanguage): Figure[] {
  const t = tables(lang);
  const out: Figure[] = [];
  for (const m of text.matchAll(t.pattern)) {
    const [whole, amountText = '', scaleWord, nounText = '', perYear] = m;
    const factor = scaleWord ? t.scales.get(key(scaleWord)) : undefined;
    const amount = readAmount(amountText, lang, factor !== undefined);
    if (amount === undefined) continue;
    const unit = t.nouns.get(key(nounText)) ?? 'people';
    const start = m.index + amount.offset;
    const end = m.index + (unit === 'jobs' || !perYear ? whole.length : whole.length - perYear.length);
    out.push({
      kind: 'count',
      value: round(amount.value * (factor ?? 1)),
      unit: unit === 'jobs' && perYear ? 'jobs-per-year' : unit,
      start,
      end,
      text: text.slice(start, end),
      qualifier: qualifierBefore(text, start, lang, false),
    });
  }
  for (const m of text.matchAll(t.vague)) {
    const [whole, phrase = '', nounText = ''] = m;
    const unit = t.nouns.get(key(nounText)) ?? 'people';
    out.push({
      kind: 'count',
      unit,
      magnitude: vagueMagnitude.get(key(phrase)),
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      qualifier: 'about',
    });
  }
  return out;
}
