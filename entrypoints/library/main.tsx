import { render } from 'preact';
import { browser } from '#imports';
import { LibraryApp } from '@/components/library/LibraryApp';
import { createI18n } from '@/lib/i18n';
import { createEditConflictAccess } from '@/lib/library/edit-conflicts';
import { createLibraryStore } from '@/lib/library/library-store';
import { storageSettings } from '@/lib/library/settings-access';
import { setSchemaLanguage } from '@/lib/library/zod-locale';
import { request } from '@/lib/messages/client';
import { onQueuedForTeam } from '@/lib/store/catalog-write';
import { getDatabase } from '@/lib/store/db';
import '@/components/library/library.css';
import '@/components/library/library-lists.css';
import '@/components/library/library-forms.css';

const i18n = createI18n();
document.documentElement.lang = i18n.lang;
document.title = i18n.t('libTitle');
setSchemaLanguage(i18n.lang);

// The library writes to the store itself; the background sends what it queued for the team (issue 24).
onQueuedForTeam(() => void request('syncSoon', {}).catch(() => undefined));
const store = createLibraryStore(getDatabase(), `Deal Lens ${browser.runtime.getManifest().version}`);
// Any request to the background first seeds the store if it was never seeded (the library reads it directly).
const seeded = request('listDeals', { limit: 1 }).catch(() => undefined);
const load = async () => {
  await seeded;
  return store.load();
};
render(
  <LibraryApp
    i18n={i18n}
    store={{ ...store, load }}
    settings={storageSettings}
    editConflicts={createEditConflictAccess(getDatabase())}
  />,
  document.getElementById('app') as HTMLElement,
);
