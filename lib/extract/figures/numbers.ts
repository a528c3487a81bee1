import type { FigureLanguage } from '@/lib/schema';
import { readSpelledNumber, spelledNumberPattern } from './spelled-numbers';

/** Spaces that group thousands: the ordinary one, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009). */
export const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009]';

/** Any run of horizontal space between a number and its unit, including French typographic spaces. */
export const GAP = '[ \\u00A0\\u202F\\u2009]+';

/** {@link GAP} or nothing ("10M$", "5 000€"). */
export const OPT_GAP = '[ \\u00A0\\u202F\\u2009]*';

/**
 * {@link NUMBER} without its look-behind, for right after a symbol that ends in a letter ("RM5 billion",
 * "Rp12 trillion"), where the number may start next to a letter.
 */
export const NUMBER_BODY = `(?:\\d{1,3}(?:(?:${GROUP_SPACE}|[.,'’])\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])|\\d+(?:[.,]\\d+)?(?![\\p{N}]))`;

/**
 * A written number, as a regular-expression source without flags (needs `u`).
 *
 * Digits grouped by three with a space, a dot, a comma or an apostrophe ("7 000", "20,000", "1.500"), with an
 * optional decimal part; or a plain run of digits with an optional decimal part ("2,9", "1.2", "2021").
 * The look-behind keeps it from starting inside a word, inside another number, or on the second group of a
 * spaced number ("000" of "7 000"); what the separators mean is decided afterwards by {@link parseNumber}.
 */
export const NUMBER = `(?<![\\p{L}\\p{N}_]|\\p{N}[.,]|\\p{N}${GROUP_SPACE})${NUMBER_BODY}`;

/** The decimal mark each language writes; "und" has none preferred. */
const DECIMAL_MARK: Record<FigureLanguage, string | undefined> = { fr: ',', en: '.', es: ',', und: undefined };

/**
 * Reads a number matched by {@link NUMBER}. Returns undefined if it is not a well-formed number.
 *
 * Separators: spaces and apostrophes always group thousands. With dots and commas, several of the same kind
 * group ("1.234.567"); two kinds mean the last one is the decimal mark ("1,234.5", "1.234,5"). A single dot or
 * comma followed by exactly three digits groups thousands ("1.500 empleos", "20,000 young people"), unless it
 * is the language's decimal mark and a scale word follows ("1,500 milliard" is 1.5 billion, "1.500 million"
 * in English 1.5 million): nobody writes a count or an amount with three decimals otherwise. Any other single
 * separator is a decimal mark ("2,9 milliards", "1.2 million"), whatever the language, since a translated text
 * may keep the source's convention.
 */
export function parseNumber(raw: string, lang: FigureLanguage, scaleFollows: boolean): number | undefined {
  const cleaned = raw.replace(/[ \u00A0\u202F\u2009'’]/g, '');
  const marks = cleaned.replace(/\d/g, '');
  let normalized: string;
  if (marks.length === 0) {
    normalized = cleaned;
  } else if (new Set(marks).size > 1) {
    const decimal = marks[marks.length - 1] ?? '.';
    const at = cleaned.lastIndexOf(decimal);
    normalized = `${cleaned.slice(0, at).replace(/[.,]/g, '')}.${cleaned.slice(at + 1)}`;
  } else if (marks.length > 1) {
    normalized = cleaned.replace(/[.,]/g, '');
  } else {
    const mark = marks;
    const [whole = '', fraction = ''] = cleaned.split(mark);
    const grouping = fraction.length === 3 && !(scaleFollows && DECIMAL_MARK[lang] === mark);
    normalized = grouping ? whole + fraction : `${whole}.${fraction}`;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/** An amount read from digits or words, and where in the matched text it starts. */
export interface Amount {
  value: number;
  /** Offset of the number in the matched text: a run of number words may start with words that are not part of it. */
  offset: number;
}

/**
 * A regular-expression source (needs `u`) for an amount written in digits ({@link NUMBER}) or in words
 * ("sept", "deux cents", "twenty-five", "mil quinientos"); `capitals` for patterns that are case-sensitive.
 */
export function amountPattern(lang: FigureLanguage, capitals = false): string {
  return `(?:${NUMBER}|${spelledNumberPattern(lang, capitals)})`;
}

/**
 * Reads an amount matched by {@link amountPattern}. A lone "un" / "one" / "a" is an amount only when a scale word
 * follows ("un milliard de dollars", "a billion"): "un an", "a year" and "one of them" are not figures.
 */
export function readAmount(raw: string, lang: FigureLanguage, scaleFollows: boolean): Amount | undefined {
  if (/^\p{N}/u.test(raw)) {
    const value = parseNumber(raw, lang, scaleFollows);
    return value === undefined ? undefined : { value, offset: 0 };
  }
  const spelled = readSpelledNumber(raw, lang);
  if (!spelled || (spelled.bareOne && !scaleFollows)) return undefined;
  return { value: spelled.value, offset: spelled.offset };
}
