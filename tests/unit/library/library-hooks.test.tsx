// @vitest-environment happy-dom
// The library's two hooks on their own, with a store that fails where the real one rarely does: what the page
// shows (useLibraryData) and what the reader's actions do, say and leave behind when they fail (useLibraryActions).
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLibraryActions } from '@/components/library/use-library-actions';
import { useLibraryData } from '@/components/library/use-library-data';
import { createI18n } from '@/lib/i18n';
import type { LibraryStore } from '@/lib/library/library-store';
import type { LibraryData } from '@/lib/library/records';
import type { SettingsAccess } from '@/lib/library/settings-access';
import { RecordValidationError } from '@/lib/library/validation';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings-schema';

afterEach(cleanup);
beforeEach(() => {
  window.location.hash = '';
});

const EMPTY: LibraryData = { entities: [], deals: [], facts: [], articles: [], mentions: [] };

function fakeStore(overrides: Partial<LibraryStore> = {}): LibraryStore {
  const refuse = () => Promise.reject(new Error('not in this test'));
  return {
    load: vi.fn(async () => EMPTY),
    save: refuse,
    remove: refuse,
    merge: refuse,
    exportBundle: refuse,
    importFile: refuse,
    wipe: refuse,
    ...overrides,
  };
}

function fakeSettings(write: SettingsAccess['write'] = async (next) => next): SettingsAccess {
  return { read: async () => DEFAULT_SETTINGS, write, watch: () => () => {} };
}

function renderActions(store: LibraryStore, settingsAccess = fakeSettings()) {
  const reload = vi.fn(async () => {});
  const navigate = vi.fn();
  const setSettings = vi.fn<(settings: Settings) => void>();
  const hook = renderHook(() =>
    useLibraryActions({
      i18n: createI18n('en'),
      store,
      settingsAccess,
      download: vi.fn(),
      reload,
      navigate,
      setSettings,
    }),
  );
  return { hook, reload, navigate, setSettings };
}

describe('useLibraryActions', () => {
  it('a failed deletion says why, closes its dialog, is no longer busy, and stays where it was', async () => {
    const { hook, navigate } = renderActions(fakeStore({ remove: () => Promise.reject(new Error('disk full')) }));
    act(() => hook.result.current.setPending({ type: 'delete', kind: 'deals', id: 'aws-mexico' }));
    await act(async () => {
      hook.result.current.confirmDelete('deals', 'aws-mexico', 'AWS × Mexico');
    });
    await waitFor(() => expect(hook.result.current.notice).toBe('That did not work: disk full'));
    expect(hook.result.current.busy).toBe(false);
    expect(hook.result.current.pending).toBeUndefined();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('a refused save hands the form its issues in the reader’s words, and writes no notice', async () => {
    const refused = new RecordValidationError('entities', [
      { path: 'id', message: 'id taken', code: 'id-taken' },
      { path: 'name', message: 'Too small: expected string to have >=1 characters' },
    ]);
    const { hook, reload } = renderActions(fakeStore({ save: () => Promise.reject(refused) }));
    let issues: unknown;
    await act(async () => {
      issues = await hook.result.current.save('entities', {}, true);
    });
    // The library's own codes are worded from the dictionary; Zod's messages stay as Zod (localized) wrote them.
    expect(issues).toEqual([
      { path: 'id', message: 'this id is already taken', code: 'id-taken' },
      { path: 'name', message: 'Too small: expected string to have >=1 characters' },
    ]);
    expect(hook.result.current.notice).toBe('');
    expect(reload).not.toHaveBeenCalled();
  });

  it('a saved edit reloads the store, names the record, and moves focus back to the form', async () => {
    const entity = { id: 'acme', name: 'Acme' };
    const { hook, reload, navigate } = renderActions(fakeStore({ save: async () => entity as never }));
    const before = hook.result.current.focusKey;
    await act(async () => {
      await hook.result.current.save('entities', entity, false);
    });
    expect(reload).toHaveBeenCalledTimes(1);
    expect(hook.result.current.notice).toBe('Saved “Acme”.');
    expect(hook.result.current.focusKey).toBe(before + 1);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('a settings write the schema refuses says why and leaves the shown settings alone', async () => {
    const settings = fakeSettings(() => Promise.reject(new Error('hoverDelayMs: too big')));
    const { hook, setSettings } = renderActions(fakeStore(), settings);
    await act(async () => {
      await hook.result.current.saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 9999 });
    });
    expect(hook.result.current.notice).toBe('That did not work: hoverDelayMs: too big');
    expect(setSettings).not.toHaveBeenCalled();
  });
});

describe('useLibraryData', () => {
  it('reads the store again when the tab comes back into view', async () => {
    const store = fakeStore();
    const hook = renderHook(() => useLibraryData(store, fakeSettings()));
    await waitFor(() => expect(hook.result.current.index).not.toBeNull());
    expect(store.load).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(store.load).toHaveBeenCalledTimes(2));
  });

  it('says why the store could not be read', async () => {
    const store = fakeStore({ load: () => Promise.reject(new Error('IndexedDB is closed')) });
    const hook = renderHook(() => useLibraryData(store, fakeSettings()));
    await waitFor(() => expect(hook.result.current.loadError).toBe('IndexedDB is closed'));
    expect(hook.result.current.index).toBeNull();
  });

  it('opens a list searched from its link, and keeps each list’s filter apart', async () => {
    window.location.hash = '#deals?q=huawei';
    const hook = renderHook(() => useLibraryData(fakeStore(), fakeSettings()));
    await waitFor(() => expect(hook.result.current.filters.deals.query).toBe('huawei'));
    expect(hook.result.current.filters.entities.query).toBe('');
    act(() => hook.result.current.setFilter('entities', { ...hook.result.current.filters.entities, kind: 'person' }));
    expect(hook.result.current.filters.entities.kind).toBe('person');
    expect(hook.result.current.filters.deals.query).toBe('huawei');
    await waitFor(() => expect(hook.result.current.settings).toEqual(DEFAULT_SETTINGS));
  });
});
