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
