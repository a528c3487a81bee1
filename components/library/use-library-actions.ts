import { useCallback, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { dealsToCsv } from '@/lib/library/csv-export';
import { bundleFileName, bundleToJson } from '@/lib/library/export-bundle';
import type { LibraryStore } from '@/lib/library/library-store';
import type { RecordKind } from '@/lib/library/records';
import type { LibraryRoute } from '@/lib/library/route';
import type { SettingsAccess } from '@/lib/library/settings-access';
import { RecordValidationError } from '@/lib/library/validation';
import type { Settings } from '@/lib/settings/settings-schema';
import { localizeIssues } from './issue-text';
import type { Pending, SaveAnyRecord, TransferActions } from './library-types';
import { recordName } from './record-names';

interface Input {
  i18n: I18n;
  store: LibraryStore;
  settingsAccess: SettingsAccess;
  /** Where exported files go. */
  download: (name: string, content: string, type: string) => void;
  /** From the data hook: what an action does after writing. */
  reload: () => Promise<void>;
  navigate: (route: LibraryRoute) => void;
  setSettings: (settings: Settings) => void;
}

/** What the reader can do, and what the page says about it. */
export interface LibraryActions {
  /** What the last action did, announced politely. */
  notice: string;
  /** A deletion or a merge is being written. */
  busy: boolean;
  /** The dialog open over the page, if any. */
  pending: Pending;
  setPending: (pending: Pending) => void;
  /** Changes when the open form was re-rendered from the store (after a save or a merge). */
  focusKey: number;
  save: SaveAnyRecord;
  confirmDelete: (kind: RecordKind, id: string, name: string) => void;
  confirmMerge: (keepId: string, dropId: string) => void;
  transfer: TransferActions;
  saveSettings: (next: Settings) => Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Turns the reader's actions into store and settings writes: each reloads the store after writing, says what it
 * did (or why it failed) in the notice, and moves to where the result is.
 */
export function useLibraryActions(input: Input): LibraryActions {
  const { i18n, store, settingsAccess, download, reload, navigate, setSettings } = input;
  const [notice, setNotice] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  // Bumped when a save or a merge re-renders the open form, so focus goes back to its heading, not to the body.
  const [focusKey, setFocusKey] = useState(0);

  const save = useCallback<SaveAnyRecord>(
    async (kind, record, isNew, options) => {
      try {
        const saved = await store.save(kind, record, isNew);
        await reload();
        const name = recordName(i18n, kind, saved);
        if (options?.stay) {
          setNotice(i18n.t('libCreated', { name }));
          return undefined;
        }
        setNotice(i18n.t('libSaved', { name }));
        if (isNew) navigate({ section: kind, id: saved.id });
        else setFocusKey((k) => k + 1);
        return undefined;
      } catch (error) {
        if (error instanceof RecordValidationError) return localizeIssues(i18n, error.issues);
        return [{ path: '', message: messageOf(error) }];
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
      setNotice(i18n.t('libActionFailed', { error: messageOf(error) }));
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

  const transfer: TransferActions = {
    onExportJson: async () => {
      const now = new Date();
      download(bundleFileName(now), bundleToJson(await store.exportBundle()), 'application/json');
    },
    onExportCsv: async () => {
      download(bundleFileName(new Date(), 'csv', 'deal-lens-deals'), dealsToCsv(await store.load()), 'text/csv');
    },
    onImport: async (file) => {
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
      setNotice(i18n.t('libActionFailed', { error: messageOf(error) }));
    }
  };

  return { notice, busy, pending, setPending, focusKey, save, confirmDelete, confirmMerge, transfer, saveSettings };
}
