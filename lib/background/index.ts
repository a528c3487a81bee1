import { browser } from '#imports';
import { handleMessages } from '@/lib/messages/server';
import { getDatabase } from '@/lib/store/db';
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

  // On install and on every update: a new seed catalog may have come with the new version.
  browser.runtime.onInstalled.addListener(() => {
    reseed().then(
      (report) => console.info('Deal Lens: seed catalog loaded', report),
      (error: unknown) => console.error('Deal Lens: seeding failed; the store is unchanged', error),
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabState(tabId);
  });
}
