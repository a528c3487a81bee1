import { describe, expect, it } from 'vitest';
import { intersect, planBoxes } from '@/lib/highlight/box-plan';
import { LOOK_AT_ALL_BELOW, mentionsNear } from '@/lib/highlight/in-view';
import type { Mention } from '@/lib/highlight/mention';

const rect = (left: number, top: number, width = 60, height = 20) => ({ left, top, width, height });
const area = { left: 0, top: -100, right: 800, bottom: 700 };

describe('planBoxes', () => {
  it.each([
    ['a rect inside the area, moved into the layer', [rect(10, 50)], { left: 0, top: 0 }, [[10, 50, 60, 20]]],
    ['the layer placed elsewhere in the viewport', [rect(10, 50)], { left: -5, top: -300 }, [[15, 350, 60, 20]]],
    ['cut at the area’s bottom (the page’s scroll end)', [rect(10, 690)], { left: 0, top: 0 }, [[10, 690, 60, 10]]],
    ['cut at its right edge', [rect(780, 0)], { left: 0, top: 0 }, [[780, 0, 20, 20]]],
    ['wholly outside: nothing', [rect(10, 900)], { left: 0, top: 0 }, []],
    ['a collapsed rect: nothing', [rect(10, 50, 0, 20)], { left: 0, top: 0 }, []],
    [
      'a mention over two lines: two boxes',
      [rect(700, 50, 100), rect(0, 70, 40)],
      { left: 0, top: 0 },
      [
        [700, 50, 100, 20],
        [0, 70, 40, 20],
      ],
    ],
  ])('%s', (_name, rects, origin, expected) => {
    const boxes = planBoxes([{ rects, kind: 'underline' }], origin, area, 600);
    expect(boxes.map((b) => [b.left, b.top, b.width, b.height])).toEqual(expected);
    expect(boxes.every((b) => b.kind === 'underline')).toBe(true);
  });

  it('keeps each mention’s kind and stops at the most boxes a frame may draw', () => {
    const boxes = planBoxes(
      [
        { rects: [rect(0, 0), rect(0, 30)], kind: 'active' },
        { rects: [rect(0, 60)], kind: 'background' },
      ],
      { left: 0, top: 0 },
      area,
      2,
    );
    expect(boxes.map((b) => b.kind)).toEqual(['active', 'active']);
  });

  it('intersects areas', () => {
    expect(intersect(area, { left: 100, top: 0, right: 900, bottom: 50 })).toEqual({
      left: 100,
      top: 0,
      right: 800,
      bottom: 50,
    });
  });
});

describe('mentionsNear', () => {
  /** Mentions one per 30 px down the page, the viewport scrolled to `scroll`. */
  function page(count: number, scroll: number) {
    const mentions = Array.from({ length: count }, (_, i) => ({ start: i }) as unknown as Mention);
    let reads = 0;
    const extentOf = (m: Mention) => {
      reads++;
      const top = m.start * 30 - scroll;
      return { top, bottom: top + 20 };
    };
    return { list: { size: count, nth: (i: number) => mentions[i] }, extentOf, reads: () => reads };
  }

  it('looks at every mention on a small page, whatever their order', () => {
    const { list, extentOf, reads } = page(LOOK_AT_ALL_BELOW, 0);
    const near = mentionsNear(list, extentOf, { top: 0, bottom: 600 }).mentions;
    expect(near.map((m) => m.start)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(reads()).toBe(LOOK_AT_ALL_BELOW);
  });

  it('on a big page reads a few dozen boxes to find the mentions in the band', () => {
    const { list, extentOf, reads } = page(24_000, 300_000);
    const near = mentionsNear(list, extentOf, { top: -100, bottom: 700 }).mentions;
    const starts = near.map((m) => m.start);
    expect(starts[0]).toBe(9_996);
    expect(starts[starts.length - 1]).toBe(10_023);
    expect(reads()).toBeLessThan(100);
    // Where the walk left off, past the band: what a scan adds after it cannot change the frame.
    expect(mentionsNear(list, extentOf, { top: -100, bottom: 700 }).beyond?.start).toBe(10_048);
  });

  it('stops at its deadline and says where to go on from; going on from there finds the rest', () => {
    const { list, extentOf } = page(LOOK_AT_ALL_BELOW, 0);
    const cut = mentionsNear(list, extentOf, { top: 0, bottom: 600 }, { deadline: -1 });
    expect(cut.mentions.map((m) => m.start)).toEqual([0]);
    expect(cut.next).toBe(1);
    const rest = mentionsNear(list, extentOf, { top: 0, bottom: 600 }, { from: cut.next });
    expect(rest.next).toBeUndefined();
    expect([...cut.mentions, ...rest.mentions].map((m) => m.start)).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });
});
