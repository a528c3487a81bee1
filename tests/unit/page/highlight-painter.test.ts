import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, type HighlightApi, HighlightPainter } from '@/lib/highlight/highlight-painter';
import type { Mention } from '@/lib/highlight/mention';

/** A Set standing in for a Highlight, and a Map for the page's registry. */
function fakeApi() {
  const registry = new Map<string, Set<unknown>>();
  const api: HighlightApi = {
    registry: {
      get: (name) => registry.get(name) as unknown as Highlight | undefined,
      set: (name, highlight) => registry.set(name, highlight as unknown as Set<unknown>),
      delete: (name) => registry.delete(name),
    },
    createHighlight: () => new Set() as unknown as Highlight,
    createRange: ({ start, end }) => ({ start, end }) as unknown as AbstractRange,
  };
  return { api, registry };
}

const mention = (start: number, entityId = 'huawei'): Mention => ({
  node: {} as Text,
  start,
  end: start + 6,
  entityId,
  text: 'Huawei',
});

describe('HighlightPainter', () => {
  it('registers one entry per style, named deal-lens…, holding one range per mention and no entity id', () => {
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter('underline', api);
    expect(registry.size).toBe(0);
    const mentions = [mention(0), mention(10, 'peru')];
    painter.add(mentions);
    expect([...registry.keys()].sort()).toEqual([HIGHLIGHT_NAMES.active, HIGHLIGHT_NAMES.underline]);
    for (const name of registry.keys()) expect(name.startsWith('deal-lens')).toBe(true);
    expect([...(registry.get(HIGHLIGHT_NAMES.underline) ?? [])]).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 16 },
    ]);
    expect(JSON.stringify([...registry])).not.toContain('huawei');
  });

  it('moves the active mention into the active entry and back: each range is in exactly one entry', () => {
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter('underline', api);
    const [a, b] = [mention(0), mention(10)];
    painter.add([a, b]);
    const styled = registry.get(HIGHLIGHT_NAMES.underline);
    const active = registry.get(HIGHLIGHT_NAMES.active);
    painter.setActive(a);
    expect([styled?.has(a.range), active?.has(a.range)]).toEqual([false, true]);
    painter.setActive(b);
    expect([styled?.has(a.range), active?.has(a.range), active?.has(b.range)]).toEqual([true, false, true]);
    painter.setActive(undefined);
    expect(styled?.size).toBe(2);
    expect(active?.size).toBe(0);
  });

  it('switches style by renaming the entry; clear() removes every entry', () => {
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter('underline', api);
    painter.add([mention(0)]);
    painter.setStyle('background');
    expect(registry.has(HIGHLIGHT_NAMES.underline)).toBe(false);
    expect(registry.get(HIGHLIGHT_NAMES.background)?.size).toBe(1);
    painter.remove([mention(0)]); // not painted by this painter: nothing happens
    expect(registry.get(HIGHLIGHT_NAMES.background)?.size).toBe(1);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('never deletes an entry another painter (a newer copy of the script) registered under the same name', () => {
    const { api, registry } = fakeApi();
    const orphan = new HighlightPainter('underline', api);
    orphan.add([mention(0)]);
    const newer = new HighlightPainter('underline', api);
    newer.add([mention(20)]);
    orphan.clear();
    expect([...(registry.get(HIGHLIGHT_NAMES.underline) ?? [])]).toEqual([{ start: 20, end: 26 }]);
    expect(registry.has(HIGHLIGHT_NAMES.active)).toBe(true);
  });
});

describe('HighlightPainter with a paint window', () => {
  /** Mentions one line apart (20 px), in document order; the viewport is 100 px high and scrolled to `scrollY`. */
  function windowedPainter(limit: number) {
    const { api, registry } = fakeApi();
    const ordered: Mention[] = [];
    let scrollY = 0;
    let onMove: (() => void) | undefined;
    let frames = 0;
    const line = new Map<Mention, number>();
    const painter = new HighlightPainter('underline', api, {
      mentions: {
        get size() {
          return ordered.length;
        },
        nth: (index) => ordered[index],
      },
      viewport: {
        extentOf: (m) => {
          const y = (line.get(m) ?? 0) * 20 - scrollY;
          return { top: y, bottom: y + 16 };
        },
        height: () => 100,
        watch: (callback) => {
          onMove = callback;
          return () => {
            onMove = undefined;
          };
        },
      },
      limit,
      nextFrame: (callback) => {
        frames++;
        callback();
      },
    });
    const addLines = (from: number, count: number) => {
      const added = Array.from({ length: count }, (_, i) => {
        const m = mention(from + i);
        line.set(m, from + i);
        return m;
      });
      ordered.push(...added);
      painter.add(added);
      return added;
    };
    const paintedLines = () =>
      [...(registry.get(HIGHLIGHT_NAMES.underline) ?? [])].map((r) => (r as { start: number }).start);
    return {
      painter,
      registry,
      addLines,
      paintedLines,
      scrollTo: (y: number) => {
        scrollY = y;
        onMove?.();
      },
      watching: () => onMove !== undefined,
      frames: () => frames,
    };
  }

  it('paints every mention while there are no more than the limit, and watches nothing', () => {
    const page = windowedPainter(10);
    page.addLines(0, 10);
    expect(page.paintedLines()).toHaveLength(10);
    expect(page.watching()).toBe(false);
  });

  it('beyond the limit, paints the mentions around the viewport and follows the reader', () => {
    const page = windowedPainter(10);
    page.addLines(0, 100);
    expect(page.paintedLines()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Line 50 is at the top of the viewport: a quarter of the window is kept above it.
    page.scrollTo(50 * 20);
    expect(page.paintedLines().sort((a, b) => a - b)).toEqual([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
    // The end of the document: the window is the last ten.
    page.scrollTo(99 * 20);
    expect(page.paintedLines().sort((a, b) => a - b)).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
  });

  it('a scroll inside the painted stretch changes nothing', () => {
    const page = windowedPainter(10);
    page.addLines(0, 100);
    page.scrollTo(50 * 20);
    const framesBefore = page.frames();
    page.scrollTo(50 * 20 + 10);
    expect(page.frames()).toBe(framesBefore);
  });

  it('the active mention stays painted when the window moves away from it, and leaves with remove()', () => {
    const page = windowedPainter(10);
    const [first] = page.addLines(0, 100);
    if (!first) throw new Error('no mention');
    page.painter.setActive(first);
    page.scrollTo(80 * 20);
    expect(page.registry.get(HIGHLIGHT_NAMES.active)?.has(first.range)).toBe(true);
    expect(page.paintedLines()).not.toContain(0);
    page.painter.remove([first]);
    expect(page.registry.get(HIGHLIGHT_NAMES.active)?.size).toBe(0);
  });

  it('clear() stops watching the viewport', () => {
    const page = windowedPainter(10);
    page.addLines(0, 100);
    expect(page.watching()).toBe(true);
    page.painter.clear();
    expect(page.watching()).toBe(false);
    expect(page.registry.size).toBe(0);
  });
});
