import { describe, expect, it } from 'vitest';
import { pieceStarts, toBatches, toSegments } from '@/lib/scan/text-segments';

const pieces = (text: string, max: number) => {
  const starts = pieceStarts(text, max);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
};

describe('pieceStarts', () => {
  it.each([
    ['short text stays whole', 'Huawei au Pérou.', 100, ['Huawei au Pérou.']],
    ['cuts after a sentence end', 'Une phrase. Une autre phrase ici.', 22, ['Une phrase. ', 'Une autre phrase ici.']],
    ['else after a space', 'aaaa bbbb cccc dddd', 12, ['aaaa bbbb ', 'cccc dddd']],
    ['a line break is a sentence end', 'ligne un\nligne deux', 12, ['ligne un\n', 'ligne deux']],
    ['an unbroken run is cut at the limit', 'x'.repeat(25), 10, ['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]],
  ])('%s', (_label, text, max, expected) => {
    expect(pieces(text, max)).toEqual(expected);
  });

  it('every piece fits and the pieces put together are the text', () => {
    const text = 'Google Cloud signe avec le Salvador. '.repeat(20_000);
    const parts = pieces(text, 60_000);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(60_000);
    // Cut at sentence ends, so no mention is split.
    for (const part of parts.slice(0, -1)) expect(part.endsWith('Salvador. ')).toBe(true);
  });

  it('refuses a limit below one', () => {
    expect(() => pieceStarts('abc', 0)).toThrow(RangeError);
  });
});

describe('toSegments and toBatches', () => {
  it('gives a long node several segments with their offsets, a short one a single segment', () => {
    const long = { data: 'ab cd ef gh' };
    const short = { data: 'ij' };
    expect(toSegments([long, short], 6)).toEqual([
      { node: long, offset: 0, text: 'ab cd ' },
      { node: long, offset: 6, text: 'ef gh' },
      { node: short, offset: 0, text: 'ij' },
    ]);
  });

  it('batches by characters and by count, in order', () => {
    const segments = ['aaaa', 'bbbb', 'cc', 'd', 'e'].map((text) => ({ text }));
    expect(toBatches(segments, 8, 10).map((b) => b.map((s) => s.text))).toEqual([
      ['aaaa', 'bbbb'],
      ['cc', 'd', 'e'],
    ]);
    expect(toBatches(segments, 100, 2).map((b) => b.length)).toEqual([2, 2, 1]);
  });
});
