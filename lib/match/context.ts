import { codePointAt, codePointBefore, isWordCodePoint } from './char-class';
import type { AliasEntry } from './compile';
import type { FoldedBuffer } from './normalize';

/**
 * What may stand between a match and the word next to it: a space, an elision or possessive apostrophe
 * ("l'Amazon"), a hyphen, or the NUL that separates page segments — so "le <b>Salvador</b>" still has its cue.
 */
function isGap(unit: number): boolean {
  return unit === 0x20 || unit === 0x27 || unit === 0x2d || unit === 0;
}

/** Whether the folded phrase `word` ends at `to` and starts on a word boundary. */
function phraseEndsAt(text: FoldedBuffer, word: string, to: number): boolean {
  const from = to - word.length;
  if (from < 0) return false;
  for (let k = 0; k < word.length; k++) if (text.units[from + k] !== word.charCodeAt(k)) return false;
  return from === 0 || !isWordCodePoint(codePointBefore(text.units, from));
}

/** Whether the folded phrase `word` starts at `from` and ends on a word boundary. */
function phraseStartsAt(text: FoldedBuffer, word: string, from: number): boolean {
  const to = from + word.length;
  if (to > text.length) return false;
  for (let k = 0; k < word.length; k++) if (text.units[from + k] !== word.charCodeAt(k)) return false;
  return to === text.length || !isWordCodePoint(codePointAt(text.units, text.length, to));
}

function anyBefore(text: FoldedBuffer, words: readonly string[], matchStart: number): boolean {
  if (words.length === 0) return false;
  let at = matchStart;
  while (at > 0 && isGap(text.units[at - 1] ?? 0)) at--;
  return words.some((word) => phraseEndsAt(text, word, at));
}

function anyAfter(text: FoldedBuffer, words: readonly string[], matchEnd: number): boolean {
  if (words.length === 0) return false;
  let at = matchEnd;
  while (at < text.length && isGap(text.units[at] ?? 0)) at++;
  return words.some((word) => phraseStartsAt(text, word, at));
}

/** Whether a word in `vetoBefore` / `vetoAfter` stands right before / after the match [start, end) (folded). */
export function isVetoed(entry: AliasEntry, text: FoldedBuffer, start: number, end: number): boolean {
  return anyBefore(text, entry.vetoBefore, start) || anyAfter(text, entry.vetoAfter, end);
}

/**
 * Whether one of the entry's `cuesBefore` is the word right before the match [start, end), or one of its
 * `cuesAfter` the word right after it (folded): "au Salvador", "gouvernement mexicain", "Mexican government".
 */
export function isCued(entry: AliasEntry, text: FoldedBuffer, start: number, end: number): boolean {
  return anyBefore(text, entry.cuesBefore, start) || anyAfter(text, entry.cuesAfter, end);
}
