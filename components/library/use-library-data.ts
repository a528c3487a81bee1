import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { EMPTY_FILTER, type ListFilter } from '@/lib/library/browse';
import { type FactConflict, findConflicts } from '@/lib/library/conflicts';
import { buildLibraryIndex, type LibraryIndex } from '@/lib/library/library-index';
import type { LibraryStore } from '@/lib/library/library-store';
import type { LibraryData } from '@/lib/library/records';
import { isRecordSection, type LibraryRoute, type RecordSection } from '@/lib/library/route';
import type { SettingsAccess } from '@/lib/library/settings-access';
import type { Settings } from '@/lib/settings/settings-schema';
import type { Filters } from './library-types';
import { useHashRoute } from './use-hash-route';

/** What the library shows: the store as last loaded, where the reader is, what they filtered, the settings. */
export interface LibraryDataState {
  route: LibraryRoute;
  navigate: (route: LibraryRoute) => void;
  /** The loaded store with its lookups; null while it loads. */
  index: LibraryIndex | null;
  loadError: string | null;
  conflicts: readonly FactConflict[];
  filters: Filters;
  setFilter: (section: RecordSection, filter: ListFilter) => void;
  /** Null until read. */
  settings: Settings | null;
  setSettings: (settings: Settings) => void;
  /** Reads the whole store again; the index and conflicts follow. */
  reload: () => Promise<void>;
}

/**
 * Loads the store (again whenever the tab comes back into view), keeps the route in the hash, one filter per list
 * and the settings as any context changes them, and derives the lookups and the conflicting figures.
 */
export function useLibraryData(store: LibraryStore, settingsAccess: SettingsAccess): LibraryDataState {
  const [data, setData] = useState<LibraryData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [route, navigate] = useHashRoute();
  const [filters, setFilters] = useState<Filters>(() => ({
    entities: EMPTY_FILTER,
    deals: EMPTY_FILTER,
    facts: EMPTY_FILTER,
    articles: EMPTY_FILTER,
  }));
  const [settings, setSettings] = useState<Settings | null>(null);

  const reload = useCallback(
    () => store.load().then(setData, (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e))),
    [store],
  );
  useEffect(() => {
    void reload();
    // Back on this tab after saving an article elsewhere: show the store as it is now. Open forms keep their
    // drafts (they are keyed by record and edit time, which a reload alone does not change).
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  useEffect(() => {
    void settingsAccess.read().then(setSettings);
    return settingsAccess.watch(setSettings);
  }, [settingsAccess]);
  // A link such as `#entities?q=amazon` (from the popup's search) opens the list already searched.
  useEffect(() => {
    const { section, query } = route;
    if (query && isRecordSection(section)) setFilters((f) => ({ ...f, [section]: { ...EMPTY_FILTER, query } }));
  }, [route.section, route.query]);

  const index = useMemo(() => (data ? buildLibraryIndex(data) : null), [data]);
  const conflicts = useMemo(() => (data ? findConflicts(data) : []), [data]);
  const setFilter = useCallback(
    (section: RecordSection, filter: ListFilter) => setFilters((f) => ({ ...f, [section]: filter })),
    [],
  );

  return { route, navigate, index, loadError, conflicts, filters, setFilter, settings, setSettings, reload };
}
