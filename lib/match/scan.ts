import { passesCase } from './case-check';
import { codePointAt, codePointBefore, isWordCodePoint } from './char-class';
import { type CompiledMatcher, EXCLUDED, WORD_END, WORD_START } from './compile';
import type { FoldedBuffer } from './normalize';

/** Pattern occurrences that passed the checks that do not depend on the rest of the page, in end order. */
export interface Candidates {
  /** Folded offsets, end exclusive. */
  start: number[];
  end: number[];
  pattern: number[];
}

/**
 * Whether an occurrence of pattern `p` at folded [start, end) may count at all: it sits on word boundaries,
 * covers whole original characters (not the "1" of a "½" that folded to "1⁄2"), and at least one of its aliases
 * accepts the page's letter case — or it is an `excludes` phrase, which accepts any case.
 */
function isCandidate(
  m: CompiledMatcher,
  text: FoldedBuffer,
  original: string,
  p: number,
  start: number,
  end: number,
): boolean {
  const edges = m.patternEdges[p] ?? 0;
  const { units, length } = text;
  if (start > 0) {
    if (edges & WORD_START && isWordCodePoint(codePointBefore(units, start))) return false;
    if (text.start[start - 1] === text.start[start]) return false;
  }
  if (end < length) {
    if (edges & WORD_END && isWordCodePoint(codePointAt(units, length, end))) return false;
    if (text.start[end] === text.start[end - 1]) return false;
  }
  if (edges & EXCLUDED) return true;
  const from = text.start[start] ?? 0;
  const to = text.end[end - 1] ?? 0;
  for (let e = m.entryStart[p] ?? 0, stop = m.entryStart[p + 1] ?? 0; e < stop; e++) {
    const entry = m.entries[e];
    if (entry && passesCase(entry, original, from, to)) return true;
  }
  return false;
}

/**
 * Runs the automaton once over the folded text: O(text + occurrences), whatever the size of the catalog.
 * `original` is the text that was folded (for case checks).
 */
export function scan(m: CompiledMatcher, text: FoldedBuffer, original: string): Candidates {
  const { classOf, denseRow, denseNext, childStart, childClass, childNode, fail, output, dictLink } = m.automaton;
  const { units, length } = text;
  const found: Candidates = { start: [], end: [], pattern: [] };
  let state = 0;
  for (let i = 0; i < length; i++) {
    const cls = classOf[units[i] as number] as number;
    if (cls === 0) {
      state = 0;
      continue;
    }
    // Follow failure links until some node has an edge for this class (the root always "has" one: itself).
    let next = 0;
    for (;;) {
      const row = denseRow[state] as number;
      if (row >= 0) next = denseNext[row + cls] as number;
      else {
        next = 0;
        for (let e = childStart[state] as number, stop = childStart[state + 1] as number; e < stop; e++) {
          if (childClass[e] === cls) {
            next = childNode[e] as number;
            break;
          }
        }
      }
      if (next !== 0 || state === 0) break;
      state = fail[state] as number;
    }
    state = next;
    if (state === 0) continue;
    let node = (output[state] as number) >= 0 ? state : (dictLink[state] as number);
    while (node !== 0) {
      const p = output[node] as number;
      const end = i + 1;
      const start = end - (m.patternLength[p] as number);
      if (isCandidate(m, text, original, p, start, end)) {
        found.start.push(start);
        found.end.push(end);
        found.pattern.push(p);
      }
      node = dictLink[node] as number;
    }
  }
  return found;
}

/**
 * Leftmost-longest selection: among overlapping candidates the one starting first wins, and of those starting
 * together the longest ("Google Cloud" over "Google"; "Mexico City" over "Mexico"). Returns candidate indices in
 * text order, non-overlapping.
 */
export function selectLeftmostLongest(found: Candidates): number[] {
  const { start, end } = found;
  const order = Array.from({ length: start.length }, (_, k) => k);
  order.sort((a, b) => (start[a] as number) - (start[b] as number) || (end[b] as number) - (end[a] as number));
  const chosen: number[] = [];
  let reached = 0;
  for (const k of order) {
    if ((start[k] as number) < reached) continue;
    chosen.push(k);
    reached = end[k] as number;
  }
  return chosen;
}
