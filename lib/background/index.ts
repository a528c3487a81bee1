import { browser } from '#imports';
import { handleMessages } from '@/lib/messages/server';
import { getDatabase } from '@/lib/store/db';
import { requestPersistentStorage } from '@/lib/store/persistent-storage';
import { createHandlers } from './handlers';
import { MatcherCache } from './matcher-cache';
import { registerSaveEntryPoints } from './save-entry-points';
import { createSeedGate } from './seeding';
import { forgetTabState } from './tab-state';

/** Everything the background service worker does, wired once at start-up. */
export function startBackground(): void {
  const db = getDatabase();
  const { ensureSeeded, reseed } = createSeedGate(db);
  const matchers = new MatcherCache(db);
  const handlers = createHandlers(db, matchers, ensureSeeded);
  handleMessages(handlers, browser.runtime.id);
  registerSaveEntryPoints(async (tabId) => handlers.saveArticle({ tabId }, { id: browser.runtime.id }));

  // On install and on every update: a new seed catalog may have come with the new version, and the store asks
  // not to be evicted when the disk runs low (asking again when it already is persistent is a no-op).
  browser.runtime.onInstalled.addListener(() => {
    void requestPersistentStorage().then((persistent) =>
      console.info('Deal Lens: persistent storage', persistent ?? 'not available here'),
    );
    reseed().then(
      (report) => console.info('Deal Lens: seed catalog loaded', report),
      (error: unknown) => console.error('Deal Lens: seeding failed; the store is unchanged', error),
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabState(tabId);
  });
}
