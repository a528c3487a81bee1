import type { Entity } from '@/lib/schema';
import { type Automaton, buildAutomaton } from './automaton';
import { isWordCodePoint } from './char-class';
import { foldAlias, foldKeepingCase } from './normalize';

/** How an alias's letter case is checked against the page (see `AliasCase` in the schema). */
export const CaseRule = { Insensitive: 0, Capitalized: 1, Sensitive: 2 } as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

/** One alias of one entity, as the matcher checks it once the automaton has found its folded text. */
export interface AliasEntry {
  /** Index into {@link CompiledMatcher.entityIds}. */
  readonly entity: number;
  /** Weak, or cue-required (which is checked with the weak entries, after every strong one). */
  readonly weak: boolean;
  /** Counts only next to one of its cues: the page's support is not enough. */
  readonly cueRequired: boolean;
  readonly caseRule: CaseRule;
  /** For `sensitive` aliases: the alias folded without lower-casing, compared with the page's text. */
  readonly casedText: string;
  /** Folded cue / veto phrases, without leading or trailing spaces, apostrophes or dashes. */
  readonly cuesBefore: readonly string[];
  readonly cuesAfter: readonly string[];
  readonly vetoBefore: readonly string[];
  readonly vetoAfter: readonly string[];
}

/**
 * A catalog compiled for matching. Treat as opaque: build it with {@link compileMatcher} (once per catalog
 * version), pass it to the functions of `find.ts`.
 */
export interface CompiledMatcher {
  readonly automaton: Automaton;
  /** Entity ids in catalog order. */
  readonly entityIds: readonly string[];
  /** pattern → its length in folded UTF-16 units. */
  readonly patternLength: Int32Array;
  /**
   * pattern → bit 1: starts with a word character (needs a boundary before); bit 2: ends with one;
   * bit 4: is an `excludes` phrase (competes in longest-match even when no alias entry passes).
   */
  readonly patternEdges: Uint8Array;
  /** pattern → its entries, entryStart[p] .. entryStart[p + 1] of `entries`; strong ones first. */
  readonly entryStart: Int32Array;
  readonly entries: readonly AliasEntry[];
}

/** {@link CompiledMatcher.patternEdges} bit: the pattern starts with a word character. */
export const WORD_START = 1;
/** {@link CompiledMatcher.patternEdges} bit: the pattern ends with a word character. */
export const WORD_END = 2;
/** {@link CompiledMatcher.patternEdges} bit: the pattern is an `excludes` phrase. */
export const EXCLUDED = 4;

const CASE_RULES: Record<string, CaseRule> = {
  insensitive: CaseRule.Insensitive,
  capitalized: CaseRule.Capitalized,
  sensitive: CaseRule.Sensitive,
};
const EDGE_PUNCTUATION = /^[\s'-]+|[\s'-]+$/g;

/** Folds a cue or veto phrase; a cue written "d'" or "l’" is the word "d" / "l" before the apostrophe. */
function foldContextWord(word: string): string {
  return foldAlias(word).replace(EDGE_PUNCTUATION, '');
}

function foldWords(words: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const word of words ?? []) {
    const folded = foldContextWord(word);
    if (folded.length > 0 && !out.includes(folded)) out.push(folded);
  }
  return out;
}

function edgesOf(pattern: string): number {
  const first = pattern.codePointAt(0) ?? 0;
  const lastUnit = pattern.charCodeAt(pattern.length - 1);
  const last =
    lastUnit >= 0xdc00 && lastUnit <= 0xdfff && pattern.length >= 2
      ? (pattern.codePointAt(pattern.length - 2) ?? lastUnit)
      : lastUnit;
  return (isWordCodePoint(first) ? WORD_START : 0) | (isWordCodePoint(last) ? WORD_END : 0);
}

/**
 * Compiles a catalog: every alias and every `excludes` phrase is folded and becomes one pattern of a single
 * automaton (a folded text shared by several aliases is one pattern with several entries).
 *
 * Entries of a shared text are ordered strong before weak, then by catalog order (entity order, then alias
 * order): when two entities share an alias, the page gets the first entry that passes its checks, so the choice
 * is deterministic and a catalog can settle a clash by ordering. `excludes` phrases add a pattern with no entry
 * of their own: when such a pattern wins the longest-match, nothing is highlighted there — unless another entity
 * has that very text as an alias, which then wins ("Mexico City" excluded from Mexico is still the city).
 */
export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  const patternIndex = new Map<string, number>();
  const patterns: string[] = [];
  const strongOf: AliasEntry[][] = [];
  const weakOf: AliasEntry[][] = [];
  const seen = new Set<string>();
  const excluded = new Set<number>();

  const patternFor = (folded: string): number => {
    let index = patternIndex.get(folded);
    if (index === undefined) {
      index = patterns.length;
      patternIndex.set(folded, index);
      patterns.push(folded);
      strongOf.push([]);
      weakOf.push([]);
    }
    return index;
  };

  const entityIds = entities.map((entity) => entity.id);
  entities.forEach((entity, entityIndex) => {
    for (const alias of entity.aliases) {
      const folded = foldAlias(alias.text);
      // The NUL character separates page segments; a pattern holding one could never match anyway.
      if (folded.length === 0 || folded.includes('\u0000')) continue;
      const caseRule = CASE_RULES[alias.case] ?? CaseRule.Insensitive;
      const cueRequired = alias.cueRequired === true;
      const entry: AliasEntry = {
        entity: entityIndex,
        weak: alias.weak === true || cueRequired,
        cueRequired,
        caseRule,
        casedText: caseRule === CaseRule.Sensitive ? foldKeepingCase(alias.text) : '',
        cuesBefore: foldWords(alias.cuesBefore),
        cuesAfter: foldWords(alias.cuesAfter),
        vetoBefore: foldWords(alias.vetoBefore),
        vetoAfter: foldWords(alias.vetoAfter),
      };
      // The same alias written twice (Peru / Perú with the same options) needs checking only once.
      const key = JSON.stringify([folded, entry]);
      if (seen.has(key)) continue;
      seen.add(key);
      const index = patternFor(folded);
      (entry.weak ? weakOf : strongOf)[index]?.push(entry);
    }
    for (const phrase of entity.excludes ?? []) {
      const folded = foldAlias(phrase);
      if (folded.length > 0 && !folded.includes('\u0000')) excluded.add(patternFor(folded));
    }
  });

  const patternLength = new Int32Array(patterns.length);
  const patternEdges = new Uint8Array(patterns.length);
  const entryStart = new Int32Array(patterns.length + 1);
  const entries: AliasEntry[] = [];
  patterns.forEach((pattern, p) => {
    patternLength[p] = pattern.length;
    patternEdges[p] = edgesOf(pattern) | (excluded.has(p) ? EXCLUDED : 0);
    entryStart[p] = entries.length;
    entries.push(...(strongOf[p] ?? []), ...(weakOf[p] ?? []));
  });
  entryStart[patterns.length] = entries.length;

  return { automaton: buildAutomaton(patterns), entityIds, patternLength, patternEdges, entryStart, entries };
}
