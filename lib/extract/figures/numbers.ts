import type { FigureLanguage } from './schema';

/** Spaces that group thousands: the ordinary one, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009). */
export const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009]';

/** Any run of horizontal space between a number and its unit, including French typographic spaces. */
export const GAP = '[ \\u00A0\\u202F\\u2009]+';

/** {@link GAP} or nothing ("10M$", "5 000€"). */
export const OPT_GAP = '[ \\u00A0\\u202F\\u2009]*';

/**
 * A written number, as a regular-expression source without flags (needs `u`).
 *
 * Digits grouped by three with a space, a dot, a comma or an apostrophe ("7 000", "20,000", "1.500"), with an
 * optional decimal part; or a plain run of digits with an optional decimal part ("2,9", "1.2", "2021").
 * The look-behind keeps it from starting inside a word, inside another number, or on the second group of a
 * spaced number ("000" of "7 000"); what the separators mean is decided afterwards by {@link parseNumber}.
 */
export const NUMBER = `(?<![\\p{L}\\p{N}_]|\\p{N}[.,]|\\p{N}${GROUP_SPACE})(?:\\d{1,3}(?:(?:${GROUP_SPACE}|[.,'’])\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])|\\d+(?:[.,]\\d+)?(?![\\p{N}]))`;

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

/**
 * Number words a text may use for a small count or a duration ("sept ans", "seven years", "siete años").
 * "un"/"a"/"one" are left out on purpose: "par an", "a year" and "un an" are rates or idioms far more often than
 * durations.
 */
const NUMBER_WORDS: Record<Exclude<FigureLanguage, 'und'>, Record<string, number>> = {
  fr: {
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
    vingt: 20,
    trente: 30,
    cinquante: 50,
    cent: 100,
  },
  en: {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    fifty: 50,
    hundred: 100,
  },
  es: {
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    quince: 15,
    veinte: 20,
    treinta: 30,
    cincuenta: 50,
    cien: 100,
  },
};

/** The number words of a language (all three for "und"), word → value. */
export function numberWords(lang: FigureLanguage): Record<string, number> {
  if (lang !== 'und') return NUMBER_WORDS[lang];
  return { ...NUMBER_WORDS.fr, ...NUMBER_WORDS.en, ...NUMBER_WORDS.es };
}

/** A regular-expression alternation of the number words of a language, longest first. */
export function numberWordPattern(lang: FigureLanguage): string {
  return Object.keys(numberWords(lang))
    .sort((a, b) => b.length - a.length)
    .join('|');
}
