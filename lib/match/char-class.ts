/**
 * Character classes the matcher asks about at every candidate: is this a word character (a word boundary is
 * where one stops), is this letter lower-case. Answers for the BMP are cached in typed arrays, filled lazily so
 * that only the characters a page actually uses are ever tested with a Unicode regular expression.
 */

const WORD = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const LOWER_LETTER = /^\p{Ll}$/u;

// 0 = not yet known, 1 = no, 2 = yes.
const wordCache = new Uint8Array(0x10000);
// 0 = not yet known, 1 = not a letter, 2 = lower-case letter, 3 = other letter (upper, title or caseless).
const letterCache = new Uint8Array(0x10000);

/** Whether a code point is a letter or a digit in any script (\p{L}\p{N}): word boundaries are defined by these. */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    let known = wordCache[codePoint] ?? 0;
    if (known === 0) {
      known = WORD.test(String.fromCharCode(codePoint)) ? 2 : 1;
      wordCache[codePoint] = known;
    }
    return known === 2;
  }
  return WORD.test(String.fromCodePoint(codePoint));
}

/** 1 = not a letter, 2 = lower-case letter, 3 = a letter that is not lower-case (capital, title-case, caseless). */
export function letterKind(codePoint: number): 1 | 2 | 3 {
  if (codePoint < 0x10000) {
    const known = letterCache[codePoint] ?? 0;
    if (known !== 0) return known as 1 | 2 | 3;
  }
  const char = String.fromCodePoint(codePoint);
  const kind = !LETTER.test(char) ? 1 : LOWER_LETTER.test(char) ? 2 : 3;
  if (codePoint < 0x10000) letterCache[codePoint] = kind;
  return kind;
}

/** The code point that ends just before `index` in UTF-16 `units` (pairs a trailing low surrogate with its high). */
export function codePointBefore(units: Uint16Array, index: number): number {
  const low = units[index - 1] ?? 0;
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = units[index - 2] ?? 0;
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `index` in UTF-16 `units` (length `length`). */
export function codePointAt(units: Uint16Array, length: number, index: number): number {
  const high = units[index] ?? 0;
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < length) {
    const low = units[index + 1] ?? 0;
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}
