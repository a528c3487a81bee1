import { CASED_FOLD, FOLD_EMPTY, FOLD_MULTI, type FoldTable, LOWER_FOLD } from './fold-table';

/** Folded text plus, for every folded UTF-16 unit, the range of the original it came from. */
export interface NormalizedText {
  text: string;
  /** original index where normalized char i starts */
  start: Int32Array;
  /** original index just after normalized char i */
  end: Int32Array;
}

/**
 * The folded text as the matcher reads it: UTF-16 units in a typed array (no string is built for the hot loop)
 * with the same `start`/`end` maps as {@link NormalizedText}. Only the first `length` entries are meaningful.
 */
export interface FoldedBuffer {
  units: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length: number;
}

const SPACE = 0x20;

/**
 * Folds `original` into a {@link FoldedBuffer} in one pass.
 *
 * Each original code point yields zero, one or several folded units. When it yields several (a ligature, İ),
 * they all map to the whole original code point. When it yields none (a combining accent, a soft hyphen), the
 * previous folded unit is stretched over it, so a match ending on "e" of "Andre\u0301" still takes the accent.
 * Whitespace runs become one space that maps to the whole run.
 */
export function foldToBuffer(original: string, table: FoldTable = LOWER_FOLD): FoldedBuffer {
  const length = original.length;
  let capacity = length + 16;
  let units = new Uint16Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let n = 0;
  // Written out in one loop, without helper closures: this runs once per character of every page.
  for (let i = 0; i < length; ) {
    const unit = original.charCodeAt(i);
    let next = i + 1;
    let folded: number;
    let text = '';
    if (unit < 0xd800 || unit > 0xdfff) {
      folded = table.unit(unit);
      if (folded === FOLD_MULTI) text = table.text(unit);
    } else if (unit <= 0xdbff && next < length && (original.charCodeAt(next) & 0xfc00) === 0xdc00) {
      const low = original.charCodeAt(next++);
      text = table.text((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
      folded = text.length === 0 ? FOLD_EMPTY : FOLD_MULTI;
    } else folded = unit; // a lone surrogate stands for itself

    if (folded === FOLD_EMPTY) {
      if (n > 0) end[n - 1] = next;
      i = next;
      continue;
    }
    const count = folded === FOLD_MULTI ? text.length : 1;
    if (n + count > capacity) {
      capacity = Math.max(capacity * 2, n + count);
      const grownUnits = new Uint16Array(capacity);
      grownUnits.set(units);
      units = grownUnits;
      const grownStart = new Int32Array(capacity);
      grownStart.set(start);
      start = grownStart;
      const grownEnd = new Int32Array(capacity);
      grownEnd.set(end);
      end = grownEnd;
    }
    for (let k = 0; k < count; k++) {
      const out = folded === FOLD_MULTI ? text.charCodeAt(k) : folded;
      if (out === SPACE && n > 0 && units[n - 1] === SPACE) {
        end[n - 1] = next; // whitespace runs fold to one space spanning the run
        continue;
      }
      units[n] = out;
      start[n] = i;
      end[n] = next;
      n++;
    }
    i = next;
  }
  return { units, start, end, length: n };
}

/** Builds a string from the first `length` units of a buffer, in chunks small enough for `fromCharCode`. */
export function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let at = 0; at < length; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * Folds text for matching: NFKD + strip combining marks (Pérou→perou, ﬁ→fi), lower-case, apostrophes ’ ‘ ʼ ′ ` → ',
 * dashes ‐ ‑ – — → -, every whitespace run (incl. U+00A0, U+202F) → one space. Keeps a map back to the original.
 */
export function normalizeForMatch(original: string): NormalizedText {
  const folded = foldToBuffer(original);
  return {
    text: unitsToString(folded.units, folded.length),
    start: folded.start.subarray(0, folded.length),
    end: folded.end.subarray(0, folded.length),
  };
}

/** The same folding as {@link normalizeForMatch}, for catalog strings, without leading or trailing space. */
export function foldAlias(alias: string): string {
  const folded = foldToBuffer(alias);
  return trimSpaces(unitsToString(folded.units, folded.length));
}

/**
 * Folding that keeps letter case (accents, apostrophes, dashes and spaces still fold): how `sensitive` aliases
 * are compared with the page, so "AWS" equals "AWS" but not "Aws".
 */
export function foldKeepingCase(text: string): string {
  const folded = foldToBuffer(text, CASED_FOLD);
  return trimSpaces(unitsToString(folded.units, folded.length));
}

function trimSpaces(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) === SPACE) from++;
  while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}
