import { describe, expect, it, vi } from 'vitest';
import { badgeText, createPageBadge } from '@/lib/background/page-badge';
import type { PageFiguresReply, PageFigureView } from '@/lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings-schema';

const figure = (status: PageFigureView['status']): PageFigureView => ({
  status,
  text: '9,000 jobs',
  label: 'Jobs',
  quote: 'It will create 9,000 jobs.',
  subject: { type: 'deal', id: 'aws-mexico', name: 'AWS × Mexico' },
});
const reply = (...statuses: PageFigureView['status'][]): PageFiguresReply => ({
  ok: true,
  figures: statuses.map(figure),
});
const ready = (url = 'https://news.example/a', counts: Record<string, number> = { aws: 2 }) => ({
  url,
  status: 'ready' as const,
  entityCounts: counts,
});

/** A badge whose timers run when the test says, with the settings and the reading given. */
function setUp(settings: Partial<Settings> = {}, answer: PageFiguresReply = reply('differs', 'new', 'known')) {
  const timers: (() => void)[] = [];
  const badges: [number, string][] = [];
  const pageFigures = vi.fn(async () => answer);
  const badge = createPageBadge({
    pageFigures,
    // The reader turned the badge on (it is off by default).
    readSettings: async () => ({ ...DEFAULT_SETTINGS, badge: true, ...settings }),
    setBadge: async (tabId, text) => {
      badges.push([tabId, text]);
    },
    setTimer: (run) => timers.push(run),
    clearTimer: () => undefined,
  });
  const flush = async () => {
    for (const run of timers.splice(0)) run();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { badge, badges, pageFigures, flush, timers };
}

describe('the toolbar badge (issue 23)', () => {
  it.each([
    [reply('differs', 'new', 'known', 'new'), '3'],
    [reply('known', 'known'), ''],
    [reply(), ''],
    [{ ok: false, reason: 'no-article' } as PageFiguresReply, ''],
    [reply(...Array<PageFigureView['status']>(120).fill('new')), '99+'],
  ])('counts the new and differing figures', (answer, text) => {
    expect(badgeText(answer)).toBe(text);
  });

  it('reads the page once per text version, only after a complete scan that names something of the store', async () => {
    const { badge, badges, pageFigures, flush } = setUp();
    badge.onTabState(1, { ...ready(), status: 'scanning' });
    badge.onTabState(1, ready('https://news.example/a', {}));
    await flush();
    expect(pageFigures).not.toHaveBeenCalled();

    badge.onTabState(1, ready());
    badge.onTabState(1, ready());
    await flush();
    expect(pageFigures).toHaveBeenCalledTimes(1);
    expect(badges).toEqual([[1, '2']]);

    // The text changed (other names counted): read again.
    badge.onTabState(1, ready('https://news.example/a', { aws: 3 }));
    await flush();
    expect(pageFigures).toHaveBeenCalledTimes(2);
  });

  it('is off by default, when the reader turned it off, or Deal Lens off on the site', async () => {
    expect(DEFAULT_SETTINGS.badge).toBe(false);
    for (const settings of [{ badge: false }, { disabledSites: ['news.example'] }, { enabled: false }]) {
      const { badge, badges, pageFigures, flush } = setUp(settings);
      badge.onTabState(4, ready());
      await flush();
      expect(pageFigures).not.toHaveBeenCalled();
      expect(badges).toEqual([[4, '']]);
    }
  });

  it('drops a reading a newer scan overtook, and clears the number when the page names nothing', async () => {
    const { badge, badges, flush, timers } = setUp();
    badge.onTabState(2, ready());
    const first = timers.splice(0);
    badge.onTabState(2, ready('https://news.example/b'));
    for (const run of first) run();
    await new Promise((r) => setTimeout(r, 0));
    expect(badges).toEqual([]);
    await flush();
    expect(badges).toEqual([[2, '2']]);

    expect(badge.newFigures(2, new Set(['aws-mexico'])).map((f) => f.status)).toEqual(['new']);
    expect(badge.newFigures(2, new Set(['huawei-peru']))).toEqual([]);

    badge.onTabState(2, ready('https://news.example/c', {}));
    expect(badges.at(-1)).toEqual([2, '']);
    expect(badge.newFigures(2, new Set(['aws-mexico']))).toEqual([]);
  });
});
