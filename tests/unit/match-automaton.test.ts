import { describe, expect, it } from 'vitest';
import { type Automaton, buildAutomaton, transition } from '@/lib/match/automaton';

/** Every (pattern, end) occurrence, found by walking the automaton as the scanner does. */
function occurrences(a: Automaton, text: string): string[] {
  const out: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = a.classOf[text.charCodeAt(i)] ?? 0;
    if (cls === 0) {
      state = 0;
      continue;
    }
    let next = transition(a, state, cls);
    while (next === 0 && state !== 0) {
      state = a.fail[state] ?? 0;
      next = transition(a, state, cls);
    }
    state = next;
    for (let node = (a.output[state] ?? -1) >= 0 ? state : (a.dictLink[state] ?? 0); node !== 0; ) {
      out.push(`${a.output[node]}@${i + 1}`);
      node = a.dictLink[node] ?? 0;
    }
  }
  return out.sort();
}

/** The same occurrences, by brute force. */
function naive(patterns: readonly string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((pattern, p) => {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1))
      out.push(`${p}@${at + pattern.length}`);
  });
  return out.sort();
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('buildAutomaton', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers and his sheep'],
    [['a', 'aa', 'aaa'], 'aaaa'],
    [['é', 'ét', 'été'], 'étété'],
    [['😀', '😀😀'], 'x😀😀😀'],
  ])('finds every occurrence of %j in %j', (patterns, text) => {
    expect(occurrences(buildAutomaton(patterns), text)).toEqual(naive(patterns, text));
  });

  it('agrees with brute force on random patterns and texts', () => {
    const next = random(42);
    for (let round = 0; round < 200; round++) {
      // A small alphabet makes overlaps and long failure chains likely; 'z' occurs in no pattern.
      const pick = (alphabet: string, length: number) =>
        Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const patterns = [
        ...new Set(Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick('abcd', 1 + Math.floor(next() * 5)))),
      ];
      const text = pick('abcdz', 200);
      expect(occurrences(buildAutomaton(patterns), text)).toEqual(naive(patterns, text));
    }
  });

  it('gives busy nodes a dense row and still agrees', () => {
    const patterns = Array.from({ length: 26 * 26 }, (_, k) =>
      String.fromCharCode(97 + (k % 26), 97 + Math.floor(k / 26)),
    );
    const automaton = buildAutomaton(patterns);
    expect([...automaton.denseRow].filter((row) => row >= 0).length).toBeGreaterThan(1);
    const text = 'the quick brown fox jumps over the lazy dog';
    expect(occurrences(automaton, text)).toEqual(naive(patterns, text));
  });
});
