import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { EMPTY_FILTER } from '@/lib/library/browse';
import { findConflicts } from '@/lib/library/conflicts';
import { dealsToCsv } from '@/lib/library/csv-export';
import { bundleFileName, bundleToJson } from '@/lib/library/export-bundle';
import { buildLibraryIndex } from '@/lib/library/library-index';
import type { LibraryStore } from '@/lib/library/library-store';
import type { LibraryData, RecordKind } from '@/lib/library/records';
import { RECORD_SECTIONS } from '@/lib/library/route';
import type { SettingsAccess } from '@/lib/library/settings-access';
import { type FieldIssue, RecordValidationError } from '@/lib/library/validation';
import type { Settings } from '@/lib/settings/settings-schema';
import { downloadFile } from './download';
import { localizeIssues } from './issue-text';
import { LibraryView } from './LibraryView';
import type { Filters, Pending } from './library-types';
import { recordName } from './record-names';
import { useHashRoute } from './use-hash-route';

interface Props {
  i18n: I18n;
  store: LibraryStore;
  settings: SettingsAccess;
  /** Where exported files go; the browser's downloads by default. */
  download?: (name: string, content: string, type: string) => void;
}

/**
 * The library page: loads the whole store, keeps the route, the filters and the settings, and turns the reader's
 * actions into store writes, reloading the store after each.
 */
export function LibraryApp({ i18n, store, settings: settingsAccess, download = downloadFile }: Props) {
  const [data, setData] = useState<LibraryData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [route, navigate] = useHashRoute();
  const [filters, setFilters] = useState<Filters>(() => ({
    entities: EMPTY_FILTER,
    deals: EMPTY_FILTER,
    facts: EMPTY_FILTER,
    articles: EMPTY_FILTER,
  }));
  const [notice, setNotice] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  // Bumped when a save or a merge re-renders the open form, so focus goes back to its heading, not to the body.
  const [focusKey, setFocusKey] = useState(0);

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
    if (query && (RECORD_SECTIONS as readonly string[]).includes(section)) {
      setFilters((f) => ({ ...f, [section]: { ...EMPTY_FILTER, query } }));
    }
  }, [route.section, route.query]);

  const index = useMemo(() => (data ? buildLibraryIndex(data) : null), [data]);
  const conflicts = useMemo(() => (data ? findConflicts(data) : []), [data]);

  const save = useCallback(
    async (kind: RecordKind, input: unknown, isNew: boolean): Promise<readonly FieldIssue[] | undefined> => {
      try {
        const record = await store.save(kind, input, isNew);
        await reload();
        setNotice(i18n.t('libSaved', { name: recordName(i18n, kind, record) }));
        if (isNew) navigate({ section: kind, id: record.id });
        else setFocusKey((k) => k + 1);
        return undefined;
      } catch (error) {
        if (error instanceof RecordValidationError) return localizeIssues(i18n, error.issues);
        return [{ path: '', message: error instanceof Error ? error.message : String(error) }];
      }
    },
    [store, reload, i18n, navigate],
  );

  const act = async (task: () => Promise<string>) => {
    setBusy(true);
    try {
      setNotice(await task());
      await reload();
    } catch (error) {
      setNotice(i18n.t('libActionFailed', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };

  const confirmDelete = (kind: RecordKind, id: string, name: string) =>
    act(async () => {
      await store.remove(kind, id);
      navigate({ section: kind });
      return i18n.t('libDeleted', { name });
    });

  const confirmMerge = (keepId: string, dropId: string) =>
    act(async () => {
      const plan = await store.merge(keepId, dropId);
      navigate({ section: 'entities', id: keepId });
      setFocusKey((k) => k + 1);
      return i18n.t('libMerged', { dropped: plan.dropped.name, kept: plan.kept.name });
    });

  const transfer = {
    onExportJson: async () => {
      const now = new Date();
      download(bundleFileName(now), bundleToJson(await store.exportBundle()), 'application/json');
    },
    onExportCsv: async () => {
      download(bundleFileName(new Date(), 'csv', 'deal-lens-deals'), dealsToCsv(await store.load()), 'text/csv');
    },
    onImport: async (file: File) => {
      const report = await store.importFile(file);
      await reload();
      return report;
    },
    onWipe: async () => {
      await store.wipe();
      await reload();
      setNotice(i18n.t('libWiped'));
    },
  };

  const saveSettings = async (next: Settings) => {
    try {
      setSettings(await settingsAccess.write(next));
      setNotice(i18n.t('libSettingsSaved'));
    } catch (error) {
      setNotice(i18n.t('libActionFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <LibraryView
      i18n={i18n}
      route={route}
      index={index}
      loadError={loadError}
      conflicts={conflicts}
      filters={filters}
      onFilter={(section, filter) => setFilters((f) => ({ ...f, [section]: filter }))}
      notice={notice}
      pending={pending}
      setPending={setPending}
      busy={busy}
      onSave={save}
      onConfirmDelete={confirmDelete}
      onConfirmMerge={confirmMerge}
      transfer={transfer}
      settings={settings}
      onSettings={saveSettings}
      focusKey={focusKey}
    />
  );
}
