import {
  alternation,
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  type CurrencyWord,
  entriesFor,
  LINKERS,
  SCALES,
  type Scale,
} from './lexicon';
import { GAP, NUMBER, OPT_GAP, parseNumber } from './numbers';
import { qualifierBefore } from './qualifier';
import type { Figure, FigureLanguage } from './schema';

interface MoneyTables {
  pattern: RegExp;
  scales: Map<string, Scale>;
  prefixes: Map<string, CurrencyWord>;
  suffixes: Map<string, CurrencyWord>;
}

const cache = new Map<FigureLanguage, MoneyTables>();

const key = (word: string) =>
  word
    .toLowerCase()
    .replace(/[ \u00A0\u202F\u2009]+/g, ' ')
    .replace(/’/g, "'");

function tables(lang: FigureLanguage): MoneyTables {
  const cached = cache.get(lang);
  if (cached) return cached;
  const scales = entriesFor(SCALES, lang);
  const prefixes = entriesFor(CURRENCY_PREFIXES, lang);
  const suffixes = entriesFor(CURRENCY_SUFFIXES, lang);
  const linkers = entriesFor(LINKERS, lang);
  // Scale abbreviations are case-sensitive ("M" is a million, "m" in French is a metre), so the scale group is
  // matched case-sensitively by writing both cases of the long words only.
  const scale = alternation(scales.flatMap((s) => (s.abbreviated ? [s.word] : [s.word, capitalize(s.word)])));
  const linker = `(?:${GAP}(?:${alternation(linkers.filter((l) => !/['’]$/.test(l)))})${GAP}|${GAP}(?:${alternation(
    linkers.filter((l) => /['’]$/.test(l)),
  )})|${OPT_GAP})`;
  const prefix = alternation(prefixes.map((c) => c.word));
  const suffix = alternation(suffixes.flatMap((c) => [c.word, capitalize(c.word)]));
  // prefix? number (gap scale)? (linker suffix)? — one of the two currencies is checked afterwards. The prefix
  // must not end a word ("MX$" is a peso); the suffix must end on one ("5 dollars", not "5 dollarsign").
  const source = `(?:(?<![\\p{L}])(${prefix})${OPT_GAP})?(${NUMBER})(?:${OPT_GAP}(${scale})(?![\\p{L}]))?(?:${linker}(${suffix})(?![\\p{L}\\p{N}]))?`;
  const built: MoneyTables = {
    pattern: new RegExp(source, 'gu'),
    scales: new Map(scales.map((s) => [s.abbreviated ? s.word : key(s.word), s])),
    prefixes: new Map(prefixes.map((c) => [key(c.word), c])),
    suffixes: new Map(suffixes.map((c) => [key(c.word), c])),
  };
  cache.set(lang, built);
  return built;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function scaleOf(t: MoneyTables, word: string): Scale | undefined {
  return t.scales.get(word) ?? t.scales.get(key(word));
}

/**
 * Amounts of money in US dollars or euros: "10 M USD", "19 Mds USD", "2,9 milliards de dollars", "$5 billion",
 * "US$ 5.000 millones", "€3,5 millions", "5 mil millones de dólares", "1.2 million euros", "900 USD".
 * A currency must be written, before or after; an abbreviated scale ("M", "bn") counts only then too.
 * Other currencies are left out: facts hold only USD and EUR.
 */
export function findMoney(text: string, lang: FigureLanguage): Figure[] {
  const t = tables(lang);
  const out: Figure[] = [];
  for (const m of text.matchAll(t.pattern)) {
    const [whole, prefixWord, numberText = '', scaleWord, suffixWord] = m;
    const prefix = prefixWord ? t.prefixes.get(key(prefixWord)) : undefined;
    const suffix = suffixWord ? t.suffixes.get(key(suffixWord)) : undefined;
    const currency = prefix ?? suffix;
    if (!currency || (prefix && suffix && prefix.unit !== suffix.unit)) continue;
    const scale = scaleWord ? scaleOf(t, scaleWord) : undefined;
    const amount = parseNumber(numberText, lang, scale !== undefined);
    if (amount === undefined) continue;
    // Without a suffix the regex may have eaten a trailing gap or linker: end on the last real token.
    const end = m.index + trimmedLength(whole);
    const factor = (scale?.factor ?? 1) * (suffix?.factor ?? 1);
    out.push({
      kind: 'money',
      value: round(amount * factor),
      unit: currency.unit,
      start: m.index,
      end,
      text: text.slice(m.index, end),
      qualifier: qualifierBefore(text, m.index, lang, false),
    });
  }
  return out;
}

function trimmedLength(match: string): number {
  return match.replace(/[ \u00A0\u202F\u2009]+$/, '').length;
}

/** Removes binary floating-point noise (2.9 × 10^9 = 2900000000.0000005) without changing real decimals. */
export function round(value: number): number {
  return Number(value.toPrecision(12));
}
