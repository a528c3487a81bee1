import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/highlight/mention';
import { firstNotAbove, windowAround } from '@/lib/highlight/paint-window';

const mentions = (tops: (number | undefined)[]) => {
  const list = tops.map((top, start) => ({ node: {} as Text, start, end: start + 1, entityId: 'x', text: 'x', top }));
  return {
    ordered: { size: list.length, nth: (index: number) => list[index] as Mention | undefined },
    extentOf: (m: Mention) => {
      const top = (m as Mention & { top?: number }).top;
      return top === undefined ? undefined : { top, bottom: top + 10 };
    },
  };
};

describe('firstNotAbove', () => {
  it.each([
    ['all below the top', [0, 20, 40], 0],
    ['the first two above', [-50, -20, 5, 40], 2],
    ['one straddling the top counts as not above', [-50, -5, 40], 1],
    ['all above', [-90, -60, -30], 3],
    ['no mentions', [], 0],
    ['a mention without a box is passed over', [-50, undefined, 30], 2],
  ])('%s', (_name, tops, expected) => {
    const { ordered, extentOf } = mentions(tops);
    expect(firstNotAbove(ordered, extentOf)).toBe(expected);
  });
});

describe('windowAround', () => {
  it.each([
    [5, 3, 10, [0, 5]],
    [100, 50, 20, [45, 65]],
    [100, 2, 20, [0, 20]],
    [100, 99, 20, [80, 100]],
    [100, 100, 20, [80, 100]],
  ])('size %i, anchor %i, limit %i → %j', (size, anchor, limit, expected) => {
    expect(windowAround(size, anchor, limit)).toEqual(expected);
  });
});
