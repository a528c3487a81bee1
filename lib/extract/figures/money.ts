import type { Figure, FigureLanguage } from '@/lib/schema';
import { type CurrencyWord, currencyPrefixes, currencySuffixes, resolveCurrency } from './currencies';
import { CurrencyLookup } from './currency-lookup';
import { alternation, entriesFor, LINKERS, SCALES, type Scale } from './lexicon';
import { GAP, GROUP_SPACE, NUMBER_BODY, OPT_GAP, readAmount } from './numbers';
import { qualifierBefore } from './qualifier';
import { spelledNumberPattern } from './spelled-numbers';

interface MoneyTables {
  /** Amounts in digits (maybe right after a letter: "RM5") or in words: where every search starts. */
  amounts: RegExp;
  /** Sticky, at an amount's end: its scale word. */
  scale: RegExp;
  /** Sticky, at the end of the amount or its scale: the little word before a currency ("de", "d'", "of"). */
  linker: RegExp;
  scales: Map<string, Scale>;
  prefixes: CurrencyLookup;
  suffixes: CurrencyLookup;
}

const cache = new Map<FigureLanguage, MoneyTables>();

const key = (word: string) =>
  word
    .toLowerCase()
    .replace(/[ \u00A0\u202F\u2009]+/g, ' ')
    .replace(/’/g, "'");

/** The longest currency prefix, with its trailing space, is at most this long ("U.S.$ "). */
const PREFIX_WINDOW = 16;

function tables(lang: FigureLanguage): MoneyTables {
  const cached = cache.get(lang);
  if (cached) return cached;
  const scales = entriesFor(SCALES, lang);
  const linkers = entriesFor(LINKERS, lang);
  // Scale abbreviations are case-sensitive ("M" is a million, "m" in French is a metre), so the scale group is
  // matched case-sensitively by writing both cases of the long words only.
  const scale = alternation(scales.flatMap((s) => (s.abbreviated ? [s.word] : [s.word, capitalize(s.word)])));
  const spaced = alternation(linkers.filter((l) => !/['’]$/.test(l)));
  const elided = alternation(linkers.filter((l) => /['’]$/.test(l)));
  // The search starts from the amounts alone, the one cheap thing every amount of money has; the currency
  // before and the scale and currency after are then read around each. A number in words needs a space before
  // its scale ("un milliard").
  const built: MoneyTables = {
    amounts: new RegExp(
      `(?<![\\p{N}_]|\\p{N}[.,]|\\p{N}${GROUP_SPACE})${NUMBER_BODY}|${spelledNumberPattern(lang, true)}`,
      'gu',
    ),
    scale: new RegExp(`${OPT_GAP}(${scale})(?![\\p{L}])`, 'uy'),
    linker: new RegExp(`${GAP}(?:${spaced})${GAP}|${GAP}(?:${elided})|${OPT_GAP}`, 'uy'),
    scales: new Map(scales.map((s) => [s.abbreviated ? s.word : key(s.word), s])),
    prefixes: new CurrencyLookup(currencyPrefixes(lang)),
    suffixes: new CurrencyLookup(currencySuffixes(lang)),
  };
  cache.set(lang, built);
  return built;
}

/** The scale word and the currency written after an amount ending at `at`, and where they end. */
function tailAt(t: MoneyTables, text: string, at: number) {
  t.scale.lastIndex = at;
  const scaled = t.scale.exec(text);
  const afterScale = at + (scaled?.[0].length ?? 0);
  // "de dollars", "d'euros", "of dollars": the linker is tried first, then a bare gap or none ("5€", "10M$").
  t.linker.lastIndex = afterScale;
  const from = afterScale + (t.linker.exec(text)?.[0].length ?? 0);
  const linked = t.suffixes.startingAt(text, from);
  if (linked) return { scaleWord: scaled?.[1], suffix: linked.word, end: from + linked.length };
  for (const gap of gapsAt(text, afterScale)) {
    const suffix = t.suffixes.startingAt(text, afterScale + gap);
    if (suffix) return { scaleWord: scaled?.[1], suffix: suffix.word, end: afterScale + gap + suffix.length };
  }
  // No currency after: the amount (or its scale) must still end on a word boundary ("CAD 3D" is no amount).
  if (/^\p{L}/u.test(text.slice(afterScale, afterScale + 1))) return undefined;
  return { scaleWord: scaled?.[1], suffix: undefined, end: afterScale };
}

/** The lengths of the horizontal space at `at`: none, or all of it. */
function gapsAt(text: string, at: number): number[] {
  const gap = /^[ \u00A0\u202F\u2009]*/u.exec(text.slice(at, at + 8))?.[0].length ?? 0;
  return gap > 0 ? [0, gap] : [0];
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The currency of an amount from what is written before and after it: either alone, or both when they agree.
 * The bare "$" gives way to a currency written after ("$14,700 millones de pesos"); so does a family word to a
 * symbol that is one of its members ("MX$ 5 000 pesos").
 */
function currencyOf(prefix: CurrencyWord | undefined, suffix: CurrencyWord | undefined): CurrencyWord | undefined {
  if (!prefix || !suffix) return prefix ?? suffix;
  if (prefix.generic) return suffix;
  if (prefix.unit === suffix.unit) return prefix;
  if (suffix.byCountry && Object.values(suffix.byCountry).includes(prefix.unit)) return prefix;
  return undefined;
}

function scaleOf(t: MoneyTables, word: string): Scale | undefined {
  return t.scales.get(word) ?? t.scales.get(key(word));
}

/**
 * Amounts of money in any currency, stored as its ISO 4217 code and never converted: "10 M USD", "19 Mds USD",
 * "2,9 milliards de dollars", "$5 billion", "US$ 5.000 millones", "€3,5 millions", "R$14.7 billion",
 * "14.700 millones de reales", "S/ 500 millones", "£2bn", "Rs 2,000 crore", "un milliard de dollars",
 * "two billion dollars", "mil millones de dólares". A currency must be written, before or after; an
 * abbreviated scale ("M", "bn") counts only then too. A word several currencies share ("pesos", "francs") is read
 * from `countries` (ISO 3166 codes of the countries the article names, most named first) and marked
 * `currencyGuessed`.
 */
export function findMoney(text: string, lang: FigureLanguage, countries: readonly string[] = []): Figure[] {
  const t = tables(lang);
  const out: Figure[] = [];
  for (const m of text.matchAll(t.amounts)) {
    const amountText = m[0];
    const before = text.slice(Math.max(0, m.index - PREFIX_WINDOW), m.index);
    const found = t.prefixes.endingAt(before);
    // Digits glued to a word ("A320", "COP26", "G20") are an amount only after a currency ("RM5", "R$5").
    if (/^\p{N}/u.test(amountText) && /\p{L}$/u.test(before) && found?.gap !== 0) continue;
    const tail = tailAt(t, text, m.index + amountText.length);
    if (!tail) continue;
    const prefix = found?.word;
    const currency = currencyOf(prefix, tail.suffix);
    if (!currency) continue;
    const scale = tail.scaleWord ? scaleOf(t, tail.scaleWord) : undefined;
    const amount = readAmount(amountText, lang, scale !== undefined || currency.factor !== undefined);
    // A run of number words that starts with words not part of the number cannot follow a prefix.
    if (amount === undefined || (prefix && amount.offset > 0)) continue;
    const start = found ? m.index - found.length : m.index + amount.offset;
    const factor = (scale?.factor ?? 1) * (currency === tail.suffix ? (tail.suffix.factor ?? 1) : 1);
    const { unit, guessed } = resolveCurrency(currency, countries);
    out.push({
      kind: 'money',
      value: round(amount.value * factor),
      unit,
      ...(guessed ? { currencyGuessed: true } : {}),
      start,
      end: tail.end,
      text: text.slice(start, tail.end),
      qualifier: qualifierBefore(text, start, lang, false),
    });
  }
  return out;
}

/** Removes binary floating-point noise (2.9 × 10^9 = 2900000000.0000005) without changing real decimals. */
export function round(value: number): number {
  return Number(value.toPrecision(12));
}
