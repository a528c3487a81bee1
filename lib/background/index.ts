import { browser } from '#imports';
import { createI18n, detectLanguage } from '@/lib/i18n';
import { handleMessages } from '@/lib/messages/server';
import { readSettings } from '@/lib/settings/settings-item';
import { getDatabase } from '@/lib/store/db';
import { requestPersistentStorage } from '@/lib/store/persistent-storage';
import { getEntityCard } from '@/lib/store/queries';
import { CardRelay } from './card-relay';
import { createHandlers } from './handlers';
import { runExtractorWhenIdle } from './idle-extractor';
import { MatcherCache } from './matcher-cache';
import { createPageBadge } from './page-badge';
import { pageFiguresOfTab } from './page-figures';
import { registerSaveEntryPoints } from './save-entry-points';
import { createSeedGate } from './seeding';
import { addSelectionFromMenu } from './selection-menu';
import { forgetTabState } from './tab-state';
import { startTeamSync } from './team-sync';

/** The marks the save shortcut and the context menus leave on the toolbar button. */
const SAVE_MARKS = new Set(['✓', '!', '+']);

const tabUrlOf = async (tabId: number) => (await browser.tabs.get(tabId).catch(() => undefined))?.url;

/** Everything the background service worker does, wired once at start-up. */
export function startBackground(): void {
  const db = getDatabase();
  const { ensureSeeded, reseed } = createSeedGate(db);
  const matchers = new MatcherCache(db);
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const cards = new CardRelay({
    // Not runtime.getURL('/card.html'): for a resource with use_dynamic_url, Chrome answers with the per-session
    // URL, while the frame's own URL (what the port's sender reports) is the extension's usual one.
    cardPageUrl: `${self.origin}card.html`,
    loadCard: async (entityId, tabId) => {
      await ensureSeeded();
      const card = await getEntityCard(db, entityId, (await matchers.get()).reach);
      if (!card) return { status: 'missing', entityId };
      // Issue 23: what this page adds about the entity or its deals, as the badge last read the page.
      const newOnPage = badge.newFigures(tabId, new Set([entityId, ...card.deals.map((d) => d.deal.id)]));
      return { status: 'ready', card, ...(newOnPage.length > 0 ? { newOnPage } : {}) };
    },
    sendToTab: (tabId, frameId, data) => browser.tabs.sendMessage(tabId, { dl: 'cardEvent', data }, { frameId }),
    confirmLink: (url, tabId) =>
      browser.tabs.create({
        url: `${browser.runtime.getURL('/open-link.html')}?url=${encodeURIComponent(url)}`,
        openerTabId: tabId,
      }),
  });
  const team = startTeamSync(db);
  const handlers = createHandlers(db, matchers, ensureSeeded, cards, team);
  // Issue 23: the toolbar badge, read after each complete scan that names something of the store.
  const badge = createPageBadge({
    pageFigures: async (tabId) => {
      await ensureSeeded();
      return pageFiguresOfTab({ db, matchers, extract: (id) => runExtractorWhenIdle(id), tabUrl: tabUrlOf }, tabId);
    },
    readSettings,
    setBadge: async (tabId, text) => {
      // A save's or an addition's mark (✓, !, +: the reader's own act, save-entry-points.ts) is not overwritten.
      const shown = await browser.action.getBadgeText({ tabId }).catch(() => '');
      if (SAVE_MARKS.has(shown)) return;
      await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    },
  });
  void browser.action.setBadgeBackgroundColor({ color: '#1f5fbf' }).catch(() => undefined);
  const reportTabState = handlers.reportTabState;
  handlers.reportTabState = async (state, sender) => {
    const reply = await reportTabState(state, sender);
    if (sender.tab?.id !== undefined) badge.onTabState(sender.tab.id, state);
    return reply;
  };
  handleMessages(handlers, self, browser.runtime.onMessage as never);
  browser.runtime.onConnect.addListener((port) => {
    if (!cards.connect(port as never)) port.disconnect();
  });
  // The context menu and the shortcut act for the reader, as the popup does: with an extension page's trust.
  const saveForReader = async (tabId: number) =>
    handlers.saveArticle({ tabId }, { id: self.id, url: browser.runtime.getURL('/popup.html') });
  const i18n = createI18n(detectLanguage(browser.i18n.getUILanguage()));
  registerSaveEntryPoints(saveForReader, (request) => addSelectionFromMenu({ db, save: saveForReader, i18n }, request));

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
    badge.forget(tabId);
  });
}
