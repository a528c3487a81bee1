import type { FigureLanguage } from '@/lib/schema';
import { alternation, entriesFor, type Lexicon } from './lexicon';

/**
 * How a number word combines with its neighbours:
 * - `n`: a value below 100 ("sept", "twenty", "veintidós");
 * - `one`: 1 ("un", "une", "one", "a", "uno"), which alone is a figure only before a scale ("un milliard") —
 *   "un an", "a year", "one of them" are idioms, rates or pronouns far more often than figures;
 * - `x100`: multiplies what precedes by 100 ("deux cents", "two hundred");
 * - `h`: Spanish hundreds, added ("doscientos", "ciento veinte");
 * - `x1000`: multiplies what precedes by 1000 ("deux mille", "mil", "thousand");
 * - `join`: the "and" between parts ("vingt et un", "two hundred and five", "treinta y dos").
 */
type Kind = 'n' | 'one' | 'x100' | 'h' | 'x1000' | 'join';
type Word = [word: string, kind: Kind, value: number];

const n = (list: string, from: number, step = 1): Word[] =>
  list.split(' ').map((word, i) => [word, 'n', from + i * step] as Word);

const WORDS: Lexicon<Word[]> = {
  fr: [
    ['un', 'one', 1],
    ['une', 'one', 1],
    ...n('deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize', 2),
    ...n('vingt trente quarante cinquante soixante', 20, 10),
    ['vingts', 'n', 20],
    // Belgian and Swiss French.
    ['septante', 'n', 70],
    ['huitante', 'n', 80],
    ['octante', 'n', 80],
    ['nonante', 'n', 90],
    ['cent', 'x100', 100],
    ['cents', 'x100', 100],
    ['mille', 'x1000', 1000],
    ['et', 'join', 0],
  ],
  en: [
    ['one', 'one', 1],
    ['a', 'one', 1],
    ...n('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen', 2),
    ...n('sixteen seventeen eighteen nineteen', 16),
    ...n('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10),
    ['hundred', 'x100', 100],
    ['thousand', 'x1000', 1000],
    ['and', 'join', 0],
  ],
  es: [
    ['un', 'one', 1],
    ['uno', 'one', 1],
    ['una', 'one', 1],
    ...n('dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince', 2),
    ...n('dieciséis diecisiete dieciocho diecinueve', 16),
    ['veintiún', 'n', 21],
    ['veintiuno', 'n', 21],
    ['veintiuna', 'n', 21],
    ...n('veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve', 22),
    ...n('veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa', 20, 10),
    ['cien', 'h', 100],
    ['ciento', 'h', 100],
    ...hundreds('doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos'),
    ...hundreds('doscientas trescientas cuatrocientas quinientas seiscientas setecientas ochocientas novecientas'),
    ['mil', 'x1000', 1000],
    ['y', 'join', 0],
  ],
};

function hundreds(list: string): Word[] {
  return list.split(' ').map((word, i) => [word, 'h', (i + 2) * 100] as Word);
}

interface Tables {
  words: Map<string, [Kind, number]>;
  /** Regular-expression sources for a run of number words, without flags (need `u`). */
  run: string;
  /** The same, each word also with a capital first letter, for case-sensitive patterns. */
  capitalized: string;
}

const cache = new Map<FigureLanguage, Tables>();
const SEP = '[ \\u00A0\\u202F-]+';

function tables(lang: FigureLanguage): Tables {
  const cached = cache.get(lang);
  if (cached) return cached;
  const list = entriesFor(WORDS, lang);
  const words = new Map<string, [Kind, number]>();
  // "und" merges the languages; a word two of them share keeps its first reading ("un" is 1 in both).
  for (const [word, kind, value] of list) if (!words.has(word)) words.set(word, [kind, value]);
  const runOf = (capitals: boolean) => {
    const spell = (kinds: (k: Kind) => boolean) =>
      alternation(list.filter(([, kind]) => kinds(kind)).flatMap(([w]) => (capitals ? [w, capitalize(w)] : [w])));
    const numberWord = spell((k) => k !== 'join');
    const joiner = spell((k) => k === 'join');
    return `(?<![\\p{L}\\p{N}])(?:${numberWord})(?:${SEP}(?:(?:${joiner})${SEP})?(?:${numberWord}))*(?![\\p{L}\\p{N}])`;
  };
  const built = { words, run: runOf(false), capitalized: runOf(true) };
  cache.set(lang, built);
  return built;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A regular-expression source (no flags; needs `u`) for a run of spelled-out number words: "deux", "vingt et
 * un", "quatre-vingt-dix", "two hundred and fifty", "mil quinientos". With `capitals`, each word may also start
 * with a capital ("Deux milliards"), for patterns that are otherwise case-sensitive. What the run is worth is
 * decided by {@link readSpelledNumber}.
 */
export function spelledNumberPattern(lang: FigureLanguage, capitals = false): string {
  const t = tables(lang);
  return capitals ? t.capitalized : t.run;
}

/** A spelled-out number read from a run of number words. */
export interface SpelledNumber {
  value: number;
  /** Where the number starts in the run: a run may hold words that are not part of it ("dos y tres" → "tres"). */
  offset: number;
  /** The number is a lone "un" / "one" / "a": a figure only before a scale word. */
  bareOne: boolean;
}

interface Token {
  kind: Kind;
  value: number;
  at: number;
  word: string;
}

function tokenize(run: string, lang: FigureLanguage): Token[] | undefined {
  const { words } = tables(lang);
  const out: Token[] = [];
  for (const m of run.matchAll(/[\p{L}]+/gu)) {
    const word = m[0].toLowerCase();
    const found = words.get(word);
    if (!found) return undefined;
    out.push({ kind: found[0], value: found[1], at: m.index, word });
  }
  return out;
}

/** The value of tokens that make one well-formed number, or undefined. */
function evaluate(tokens: readonly Token[], lang: FigureLanguage): number | undefined {
  const french = lang === 'fr' || lang === 'und';
  let thousands = 0;
  let hundredsPart = 0;
  let tail = 0;
  let previous: Kind | undefined;
  let joined = false;
  for (const { kind, value } of tokens) {
    if (kind === 'join') {
      // "vingt et un", "treinta y dos": after a ten; "two hundred and five": after a hundred.
      const afterTen = tail >= 20 && tail % 10 === 0;
      const afterHundred = previous === 'x100' || previous === 'h';
      if (joined || !(afterTen || afterHundred)) return undefined;
      joined = true;
      previous = kind;
      continue;
    }
    if (kind === 'n' || kind === 'one') {
      if (joined && tail >= 20 && !(value < 10 || value === 11)) return undefined;
      if (french && value === 20 && tail === 4 && !joined) {
        tail = 80; // quatre-vingt(s)
      } else if (tail === 0 || (tail % 10 === 0 && value < 10 && tail >= 10)) {
        tail += value;
      } else if (french && (tail === 60 || tail === 80) && value >= 10 && value < 20) {
        tail += value; // soixante-dix, quatre-vingt-onze
      } else {
        return undefined;
      }
    } else if (kind === 'x100') {
      if (hundredsPart > 0 || tail >= 10) return undefined;
      hundredsPart = (tail || 1) * 100;
      tail = 0;
    } else if (kind === 'h') {
      if (hundredsPart > 0 || tail > 0) return undefined;
      hundredsPart = value;
    } else if (kind === 'x1000') {
      if (thousands > 0) return undefined;
      thousands = (hundredsPart + tail || 1) * 1000;
      hundredsPart = 0;
      tail = 0;
    }
    joined = false;
    previous = kind;
  }
  if (joined) return undefined;
  return thousands + hundredsPart + tail;
}

/**
 * Reads a run matched by {@link spelledNumberPattern}: the longest well-formed number ending where the run ends
 * ("quatre-vingt-dix" = 90, "two hundred and five" = 205, "mil quinientos" = 1500; of "dos y tres", "tres").
 * Returns undefined when no such number exists.
 */
export function readSpelledNumber(run: string, lang: FigureLanguage): SpelledNumber | undefined {
  const tokens = tokenize(run, lang);
  if (!tokens || tokens.length === 0) return undefined;
  for (let from = 0; from < tokens.length; from++) {
    const first = tokens[from];
    if (!first || first.kind === 'join') continue;
    const value = evaluate(tokens.slice(from), lang);
    if (value === undefined || value <= 0) continue;
    const bareOne = tokens.length - from === 1 && first.kind === 'one';
    return { value, offset: first.at, bareOne };
  }
  return undefined;
}
