import type { I18n } from '@/lib/i18n';
import type { EditConflictAccess } from '@/lib/library/edit-conflicts';
import type { LibraryStore } from '@/lib/library/library-store';
import type { SettingsAccess } from '@/lib/library/settings-access';
import { downloadFile } from './download';
import { EditConflictPanel } from './EditConflictPanel';
import { LibraryView } from './LibraryView';
import { useLibraryActions } from './use-library-actions';
import { useLibraryData } from './use-library-data';

interface Props {
  i18n: I18n;
  store: LibraryStore;
  settings: SettingsAccess;
  /** Where exported files go; the browser's downloads by default. */
  download?: (name: string, content: string, type: string) => void;
  /** Records edited in two places (team library, issue 24); the panel shows only when there are some. */
  editConflicts?: EditConflictAccess;
}

/**
 * The library page: what it shows comes from `useLibraryData` (the store, the route, the filters, the settings),
 * what the reader does goes through `useLibraryActions` (writes, then a reload and a notice).
 */
export function LibraryApp({ i18n, store, settings, download = downloadFile, editConflicts }: Props) {
  const data = useLibraryData(store, settings);
  const { reload, navigate, setSettings } = data;
  const actions = useLibraryActions({ i18n, store, settingsAccess: settings, download, reload, navigate, setSettings });
  return (
    <>
      {editConflicts && <EditConflictPanel i18n={i18n} access={editConflicts} onResolved={() => void reload()} />}
      <LibraryView i18n={i18n} data={data} actions={actions} />
    </>
  );
}
