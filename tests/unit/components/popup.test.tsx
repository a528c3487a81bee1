// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/popup/PopupView';
import type { PopupData } from '@/components/popup/popup-data';
import { createI18n } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { huaweiDeal } from './fixtures';

afterEach(cleanup);

const base: PopupData = {
  tab: { id: 3, url: 'https://news.example/peru' },
  tabState: null,
  relatedDeals: [],
  recentDeals: [huaweiDeal],
  entityNames: {},
  settings: DEFAULT_SETTINGS,
  saved: null,
};

const ready = (entityCounts: Record<string, number>) => ({
  url: base.tab!.url,
  status: 'ready' as const,
  entityCounts,
  updatedAt: 1,
});

describe('PopupView', () => {
  it('lists the page entities with counts and the related deals', () => {
    const data: PopupData = {
      ...base,
      tabState: ready({ peru: 3, huawei: 1 }),
      relatedDeals: [{ ...huaweiDeal, via: ['peru', 'huawei'] }],
      entityNames: { peru: { name: 'Peru', kind: 'country' }, huawei: { name: 'Huawei', kind: 'company' } },
    };
    render(<PopupView data={data} i18n={createI18n('en')} onToggleSite={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Related deals' })).toBeTruthy();
    expect(screen.getByText('Huawei × Peru')).toBeTruthy();
    expect(screen.getByText('Via Peru, Huawei')).toBeTruthy();
    expect(screen.getByText('3 mentions')).toBeTruthy();
  });

  it.each([
    [
      'a page with no known entity',
      { ...base, tabState: ready({}) },
      'No known company, government or person on this page.',
    ],
    [
      'a page still being scanned',
      { ...base, tabState: { ...ready({}), status: 'scanning' as const } },
      'Scanning this page…',
    ],
    [
      'a browser page',
      { ...base, tab: { id: 3, url: 'chrome://settings' } },
      'Deal Lens does not read browser pages such as this one.',
    ],
    ['a page never scanned', base, 'This page has not been scanned. Reload it to highlight it.'],
  ])('says so for %s, and shows the recent deals', (_name, data, message) => {
    render(<PopupView data={data} i18n={createI18n('en')} onToggleSite={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe(message);
    expect(screen.getByRole('heading', { name: 'Recent deals' })).toBeTruthy();
    expect(screen.getByText('Huawei × Peru')).toBeTruthy();
  });

  it('switches the site off and on from the keyboard-reachable switch', () => {
    const onToggleSite = vi.fn();
    render(<PopupView data={{ ...base, tabState: ready({}) }} i18n={createI18n('en')} onToggleSite={onToggleSite} />);
    const toggle = screen.getByRole('switch', { name: 'Highlight on news.example' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    toggle.click();
    expect(onToggleSite).toHaveBeenCalledWith('news.example', false);
  });

  it('shows the switch off for a disabled site', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    render(<PopupView data={{ ...base, settings }} i18n={createI18n('fr')} onToggleSite={() => {}} />);
    const toggle = screen.getByRole('switch', { name: 'Surligner sur news.example' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(screen.getByRole('heading', { name: 'Accords récents' })).toBeTruthy();
  });
});

describe('PopupView when Deal Lens is off (issue 25)', () => {
  it.each([
    ['en', 'Deal Lens is off on news.example.', 'Turn on for news.example'],
    ['fr', 'Deal Lens est désactivé sur news.example.', 'Activer sur news.example'],
  ] as const)('[%s] says the site is off and turns it back on from a button', (lang, said, button) => {
    const onTurnOn = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    const data = { ...base, settings, tabState: { ...ready({}), status: 'off' as const } };
    render(<PopupView data={data} i18n={createI18n(lang)} onToggleSite={() => {}} onTurnOn={onTurnOn} />);
    expect(screen.getByRole('status').textContent).toBe(said);
    screen.getByRole('button', { name: button }).click();
    expect(onTurnOn).toHaveBeenCalledWith('news.example');
  });

  it('says when it is off on every site, and offers to turn it on everywhere', () => {
    const onTurnOn = vi.fn();
    const data = { ...base, settings: { ...DEFAULT_SETTINGS, enabled: false }, tabState: ready({}) };
    render(<PopupView data={data} i18n={createI18n('en')} onToggleSite={() => {}} onTurnOn={onTurnOn} />);
    expect(screen.getByRole('status').textContent).toBe('Deal Lens is off on every site.');
    expect(screen.getByText(/“Highlight on every site” is unchecked in the library’s settings/)).toBeTruthy();
    screen.getByRole('button', { name: 'Turn on everywhere' }).click();
    expect(onTurnOn).toHaveBeenCalledWith('news.example');
  });

  it('shows no off notice on a site that is on, and none on a browser page', () => {
    render(<PopupView data={{ ...base, tabState: ready({}) }} i18n={createI18n('en')} onToggleSite={() => {}} />);
    expect(screen.queryByRole('button', { name: /^Turn on/ })).toBeNull();
    cleanup();
    const settings = { ...DEFAULT_SETTINGS, enabled: false };
    render(
      <PopupView
        data={{ ...base, settings, tab: { id: 3, url: 'chrome://settings' } }}
        i18n={createI18n('en')}
        onToggleSite={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Turn on/ })).toBeNull();
  });

  it('reads a page still reporting "off" on a site just turned on as catching up, not as off', () => {
    const data = { ...base, tabState: { ...ready({}), status: 'off' as const } };
    render(<PopupView data={data} i18n={createI18n('en')} onToggleSite={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Scanning this page…');
    expect(screen.queryByRole('button', { name: /^Turn on/ })).toBeNull();
  });
});

describe('PopupApp search', () => {
  it('searches the store as the reader types and shows the hits by kind', async () => {
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const { fireEvent } = await import('@testing-library/preact');
    const search = vi.fn(async (query: string) => ({
      entities: query.startsWith('per') ? [{ id: 'peru', name: 'Peru', kind: 'country' as const }] : [],
      deals: [{ id: 'huawei-peru', title: 'Huawei × Peru' }],
      facts: [],
      articles: [],
    }));
    const view = render(<PopupApp i18n={createI18n('en')} load={async () => base} search={search} />);
    const box = await view.findByRole('searchbox', { name: 'Search your store' });
    fireEvent.input(box, { target: { value: 'per' } });
    expect(await view.findByText('Peru')).toBeTruthy();
    expect(view.getByRole('heading', { name: 'Deals' })).toBeTruthy();
    expect(search).toHaveBeenCalledWith('per');
    fireEvent.input(box, { target: { value: '' } });
    expect(await view.findByRole('heading', { name: 'Recent deals' })).toBeTruthy();
  });
});

describe('PopupApp saving', () => {
  it('saves the tab, says what was stored, and offers to review the article', async () => {
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const save = vi.fn(async () => ({
      ok: true as const,
      articleId: 'huawei-peru-abc',
      title: 'Huawei et le Pérou',
      updated: false,
      mentionedEntities: 9,
      candidateFacts: 6,
      candidateEntities: 2,
    }));
    const openArticle = vi.fn();
    const view = render(
      <PopupApp
        i18n={createI18n('en')}
        load={async () => base}
        search={async () => ({ entities: [], deals: [], facts: [], articles: [] })}
        save={save}
        openArticle={openArticle}
      />,
    );
    (await view.findByRole('button', { name: 'Save this article' })).click();
    expect(await view.findByText(/Saved “Huawei et le Pérou”: 9 known names, 6 figures and 2 new names/)).toBeTruthy();
    expect(save).toHaveBeenCalledWith(3);
    view.getByRole('button', { name: 'Review the article' }).click();
    expect(openArticle).toHaveBeenCalledWith('huawei-peru-abc');
  });

  it('shows that the page is already saved, and a refusal as an alert', async () => {
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const save = vi.fn(async () => ({ ok: false as const, reason: 'unsupported-language' as const }));
    const view = render(
      <PopupApp
        i18n={createI18n('fr')}
        load={async () => ({ ...base, saved: { articleId: 'a', title: 'A' } })}
        search={async () => ({ entities: [], deals: [], facts: [], articles: [] })}
        save={save}
      />,
    );
    expect(await view.findByText('✓ Enregistré dans votre base')).toBeTruthy();
    view.getByRole('button', { name: 'Enregistrer à nouveau (mise à jour)' }).click();
    expect((await view.findByRole('alert')).textContent).toContain('rien n’a été enregistré');
  });
});

describe('PopupApp site switch', () => {
  const noSearch = async () => ({ entities: [], deals: [], facts: [], articles: [] });

  it('writes the settings through the validated access the library uses, keeping the other settings', async () => {
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const { settingsItem } = await import('@/lib/settings/settings-item');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hoverDelayMs: 250, disabledSites: ['other.example'] });
    const view = render(
      <PopupApp i18n={createI18n('en')} load={async () => ({ ...base, tabState: ready({}) })} search={noSearch} />,
    );
    (await view.findByRole('switch', { name: 'Highlight on news.example' })).click();
    await vi.waitFor(async () =>
      expect(await settingsItem.getValue()).toEqual({
        ...DEFAULT_SETTINGS,
        hoverDelayMs: 250,
        disabledSites: ['other.example', 'news.example'],
      }),
    );
    expect((view.getByRole('switch') as HTMLInputElement).checked).toBe(false);
  });

  it('shows what the write stored, and stores nothing itself', async () => {
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const { settingsItem } = await import('@/lib/settings/settings-item');
    const written: unknown[] = [];
    const settings = {
      read: async () => DEFAULT_SETTINGS,
      write: async (next: typeof DEFAULT_SETTINGS) => {
        written.push(next);
        return { ...next, enabled: false };
      },
      watch: () => () => {},
    };
    const view = render(
      <PopupApp
        i18n={createI18n('en')}
        load={async () => ({ ...base, tabState: ready({}) })}
        search={noSearch}
        settings={settings}
      />,
    );
    (await view.findByRole('switch', { name: 'Highlight on news.example' })).click();
    await vi.waitFor(() => expect(written).toEqual([{ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }]));
    // The access answered "off everywhere": the popup believes it, not its own copy.
    await vi.waitFor(() => expect((view.getByRole('switch') as HTMLInputElement).checked).toBe(false));
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('turns the site back on from the off notice, everywhere too, then shows the page once it is scanned', async () => {
    const { PopupApp } = await import('@/components/popup/PopupApp');
    const stored = { ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 250, disabledSites: ['news.example'] };
    const written: (typeof DEFAULT_SETTINGS)[] = [];
    const settings = {
      read: async () => written.at(-1) ?? stored,
      write: async (next: typeof DEFAULT_SETTINGS) => {
        written.push(next);
        return next;
      },
      watch: () => () => {},
    };
    // The page reports "off" until the settings turn it on, then a scan, then what it found.
    const states = [
      { ...ready({}), status: 'off' as const },
      { ...ready({}), status: 'scanning' as const },
      ready({ peru: 2 }),
    ];
    let loads = 0;
    const load = vi.fn(async () => {
      const on = written.length > 0;
      const tabState = on ? (states[Math.min(++loads, 2)] ?? states[2]) : states[0];
      return {
        ...base,
        settings: written.at(-1) ?? stored,
        tabState,
        entityNames: { peru: { name: 'Peru', kind: 'country' } },
      } as PopupData;
    });
    const view = render(<PopupApp i18n={createI18n('en')} load={load} search={noSearch} settings={settings} />);
    (await view.findByRole('button', { name: 'Turn on everywhere' })).click();
    await vi.waitFor(() => expect(written).toEqual([{ ...stored, enabled: true, disabledSites: [] }]));
    // No reload of the popup: it asks again while the page catches up, and shows its names once scanned.
    expect(await view.findByText('Peru', {}, { timeout: 5_000 })).toBeTruthy();
    expect(view.queryByRole('button', { name: /^Turn on/ })).toBeNull();
    expect((view.getByRole('switch') as HTMLInputElement).checked).toBe(true);
  });
});
