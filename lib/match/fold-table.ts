/**
 * Per-character folding, cached. Folding a page is a hot loop over millions of code units, so each code unit is
 * folded once (lazily, the first time it is seen) and the answer kept in a typed array: the loop then costs one
 * array read per character and allocates nothing.
 */

/** Table value: the code unit folds to nothing (a combining mark, a soft hyphen, a bidi control…). */
export const FOLD_EMPTY = -2;
/** Table value: the code unit folds to several units; read them with {@link foldedText}. */
export const FOLD_MULTI = -3;
const UNKNOWN = -1;

/** Punctuation that news pages write in many ways but readers take as one: every apostrophe and every dash. */
const PUNCTUATION = new Map<number, string>([
  [0x2019, "'"], // ’ right single quotation mark, the typographic apostrophe
  [0x2018, "'"], // ‘
  [0x201b, "'"], // ‛
  [0x02bc, "'"], // ʼ modifier letter apostrophe
  [0x2032, "'"], // ′ prime, typed for an apostrophe by some keyboards
  [0x0060, "'"], // ` grave accent, idem
  [0x00b4, "'"], // ´ acute accent, idem ("Huawei´s"); NFKD would make it a space
  [0x2010, '-'], // ‐ hyphen
  [0x2011, '-'], // ‑ non-breaking hyphen
  [0x2012, '-'], // ‒ figure dash
  [0x2013, '-'], // – en dash
  [0x2014, '-'], // — em dash
  [0x2015, '-'], // ― horizontal bar
  [0x2212, '-'], // − minus sign
  [0x00df, 'ss'], // ß: "Strasse" and "Straße" name the same street
  [0x03c2, 'σ'], // ς final sigma: upper-case Σ lower-cases to σ wherever it stands
]);

const DROPPED = /[\p{M}\p{Cf}]/gu;
const WHITESPACE = /^\s$/u;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Folds one code point. NFKD rather than plain NFD so that compatibility forms fold too: ligatures (ﬁ → fi),
 * full-width letters (Ｇｏｏｇｌｅ), superscripts and Arabic presentation forms match their ordinary spelling.
 * Combining marks (accents, the dot of İ once lower-cased) and invisible format characters (soft hyphen,
 * zero-width joiners, bidi marks) are dropped, so "Pe\u0301rou", "Pérou" and "Pe\u00adrou" all read "perou".
 */
function foldCodePoint(codePoint: number, lowerCase: boolean): string {
  const char = String.fromCodePoint(codePoint);
  if (WHITESPACE.test(char)) return ' ';
  const direct = PUNCTUATION.get(codePoint);
  if (direct !== undefined && (lowerCase || direct.length === 1)) return direct;
  let folded = char.normalize('NFKD');
  // Lower-casing can yield a base letter plus a combining mark (İ → i + U+0307): decompose again, then drop marks.
  if (lowerCase) folded = folded.toLowerCase().normalize('NFKD');
  folded = folded.replace(DROPPED, '');
  let out = '';
  for (const piece of folded) {
    const mapped = PUNCTUATION.get(piece.codePointAt(0) ?? 0);
    out += mapped !== undefined && (lowerCase || mapped.length === 1) ? mapped : piece;
  }
  // Decompositions may contain spaces (U+00A8 ¨ → " ̈"): keep them single, as in the page's whitespace runs.
  return out.replace(WHITESPACE_RUN, ' ');
}

/** One folding (with or without lower-casing) and its caches. */
export class FoldTable {
  private readonly bmp = new Int32Array(0x10000).fill(UNKNOWN);
  private readonly multi = new Map<number, string>();

  constructor(private readonly lowerCase: boolean) {}

  /**
   * The fold of a BMP code unit (not a surrogate): the single folded code unit, {@link FOLD_EMPTY} or
   * {@link FOLD_MULTI}.
   */
  unit(codeUnit: number): number {
    const known = this.bmp[codeUnit] as number;
    return known !== UNKNOWN ? known : this.learn(codeUnit);
  }

  /** The folded text of any code point (used for multi-unit folds and astral characters). */
  text(codePoint: number): string {
    const known = this.multi.get(codePoint);
    if (known !== undefined) return known;
    const folded = foldCodePoint(codePoint, this.lowerCase);
    this.multi.set(codePoint, folded);
    return folded;
  }

  private learn(codeUnit: number): number {
    const folded = foldCodePoint(codeUnit, this.lowerCase);
    let value: number;
    if (folded.length === 0) value = FOLD_EMPTY;
    else if (folded.length === 1) value = folded.charCodeAt(0);
    else {
      value = FOLD_MULTI;
      this.multi.set(codeUnit, folded);
    }
    this.bmp[codeUnit] = value;
    return value;
  }
}

/** The matching fold: lower-cased. */
export const LOWER_FOLD = new FoldTable(true);
/** The fold that keeps letter case, to check `sensitive` aliases against the page. */
export const CASED_FOLD = new FoldTable(false);
