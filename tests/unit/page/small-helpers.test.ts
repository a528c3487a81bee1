import { describe, expect, it } from 'vitest';
import { cardTokenOf } from '@/lib/card/card-port';
import { pointInRects } from '@/lib/highlight/hit-test';
import { readMatchReply } from '@/lib/scan/match-reply';
import { clipsItsContent } from '@/lib/scan/mention-visibility';

const style = (overrides: Partial<CSSStyleDeclaration> = {}) =>
  ({
    display: 'block',
    overflowX: 'visible',
    overflowY: 'visible',
    clip: 'auto',
    clipPath: 'none',
    position: 'static',
    ...overrides,
  }) as CSSStyleDeclaration;

describe('clipsItsContent: the usual ways to hide text from sight', () => {
  it.each([
    ['a plain box', { clientWidth: 300, clientHeight: 40 }, {}, false],
    [
      'a 0×0 box with overflow hidden',
      { clientWidth: 0, clientHeight: 0 },
      { overflowX: 'hidden', overflowY: 'hidden' },
      true,
    ],
    [
      'a 1 px box with overflow hidden (sr-only)',
      { clientWidth: 1, clientHeight: 1 },
      { overflowX: 'hidden', overflowY: 'hidden' },
      true,
    ],
    [
      'an inline element (overflow does not apply)',
      { clientWidth: 0, clientHeight: 0 },
      { display: 'inline', overflowX: 'hidden', overflowY: 'hidden' },
      false,
    ],
    ['a 0-height box whose overflow shows', { clientWidth: 300, clientHeight: 0 }, {}, false],
    [
      'clip: rect(0 0 0 0), absolutely placed',
      { clientWidth: 300, clientHeight: 40 },
      { position: 'absolute', clip: 'rect(0px, 0px, 0px, 0px)' },
      true,
    ],
    [
      'clip on a static box (ignored by CSS)',
      { clientWidth: 300, clientHeight: 40 },
      { clip: 'rect(0px, 0px, 0px, 0px)' },
      false,
    ],
    ['clip-path: inset(50%)', { clientWidth: 300, clientHeight: 40 }, { clipPath: 'inset(50%)' }, true],
    ['clip-path: inset(10%)', { clientWidth: 300, clientHeight: 40 }, { clipPath: 'inset(10%)' }, false],
  ] as const)('%s → %s', (_label, box, overrides, hidden) => {
    expect(clipsItsContent(box, style(overrides as Partial<CSSStyleDeclaration>))).toBe(hidden);
  });
});

describe('readMatchReply: what the page reads of the background’s answer', () => {
  it('keeps well-formed matches and drops the rest', () => {
    expect(
      readMatchReply({
        matches: [[0, 1, 4, 'huawei'], [0, 'x', 4, 'y'], [1, 2, 3], 'junk'],
        support: ['huawei', 3],
        kinds: { huawei: 'company', bad: 7 },
      }),
    ).toEqual({ matches: [[0, 1, 4, 'huawei']], support: ['huawei'], kinds: { huawei: 'company' } });
  });

  it.each([null, undefined, 'reply', 42, []])('reads %j as no matches', (reply) => {
    expect(readMatchReply(reply)).toEqual({ matches: [], support: [], kinds: {} });
  });
});

describe('pointInRects and cardTokenOf', () => {
  const rects = [{ left: 10, right: 60, top: 100, bottom: 120 }] as DOMRectReadOnly[];
  it.each([
    [30, 110, true],
    [9.5, 100, true],
    [70, 110, false],
    [30, 130, false],
  ])('(%d, %d) → %s', (x, y, inside) => {
    expect(pointInRects(rects, x, y)).toBe(inside);
  });

  it.each([
    ['chrome-extension://id/card.html#abcdefghijkl-mnopqrstuvwx', 'abcdefghijkl-mnopqrstuvwx'],
    ['chrome-extension://id/card.html#short', undefined],
    ['chrome-extension://id/card.html', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, token) => {
    expect(cardTokenOf(url)).toBe(token);
  });
});
