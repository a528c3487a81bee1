import { browser } from '#imports';
import { revealFigureInPage } from '@/lib/content/reveal-figure';
import { matchSegments } from '@/lib/match/find';
import type { Handlers } from '@/lib/messages/server';
import type { DealLensDatabase } from '@/lib/store/db';
import { listDeals, relatedDeals } from '@/lib/store/queries';
import { searchStore } from '@/lib/store/search';
import { createArticleHandlers } from './article-handlers';
import type { CardRelay } from './card-relay';
import { filePageFigureOfTab } from './file-page-figure';
import type { MatcherCache } from './matcher-cache';
import { pageFiguresOfTab } from './page-figures';
import { runExtractor } from './save-article';
import { readTabState, writeTabState } from './tab-state';
import type { TeamSync } from './team-sync';

/** The background's answer to every message of the protocol. Requests arrive here already validated. */
export function createHandlers(
  db: DealLensDatabase,
  matchers: MatcherCache,
  ensureSeeded: () => Promise<void>,
  cards: CardRelay,
  team: TeamSync,
): Handlers {
  return {
    syncNow: () => team.syncNow(),
    syncSoon: async () => {
      team.syncSoon();
      return { ok: true as const };
    },
    ...createArticleHandlers(db, matchers),
    async matchSegments({ segments, support }) {
      await ensureSeeded();
      const { version, matcher, kinds } = await matchers.get();
      const supportSet = new Set(support);
      const found = matchSegments(matcher, segments, supportSet);
      const matches = found.map((m) => [m.segment, m.start, m.end, m.entityId] as [number, number, number, string]);
      const matchedKinds = Object.fromEntries(found.map((m) => [m.entityId, kinds.get(m.entityId) ?? 'organization']));
      return { matches, support: [...supportSet], kinds: matchedKinds, catalogVersion: version };
    },
    async reportTabState(state, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('reportTabState: only a content script in a tab can report');
      await writeTabState(tabId, { ...state, updatedAt: Date.now() });
      return { ok: true as const };
    },
    getTabState: ({ tabId }) => readTabState(tabId),
    showCard: (request, sender) => cards.show(request, sender),
    cardMoved: async (request, sender) => cards.moved(request, sender),
    async loadPageUi(_request, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('loadPageUi: only a content script in a tab can ask for it');
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/page-ui.js'],
      });
      return { ok: true as const };
    },
    async getRelatedDeals({ entityIds }) {
      await ensureSeeded();
      return relatedDeals(db, entityIds, (await matchers.get()).reach);
    },
    async listDeals({ limit }) {
      await ensureSeeded();
      return listDeals(db, limit);
    },
    async search({ query }) {
      await ensureSeeded();
      return searchStore(db, query);
    },
    async getPageFigures({ tabId }) {
      await ensureSeeded();
      return pageFiguresOfTab(
        {
          db,
          matchers,
          extract: runExtractor,
          tabUrl: async (id) => (await browser.tabs.get(id).catch(() => undefined))?.url,
        },
        tabId,
      );
    },
    async filePageFigure(filing) {
      await ensureSeeded();
      return filePageFigureOfTab(
        {
          db,
          matchers,
          extract: runExtractor,
          tabUrl: async (id) => (await browser.tabs.get(id).catch(() => undefined))?.url,
        },
        filing,
      );
    },
    async revealPageFigure({ tabId, text, quote }) {
      // In the extension's isolated world of the top frame, only on the reader's click (see reveal-figure.ts).
      const [injection] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: revealFigureInPage,
        args: [quote, text],
      });
      return { found: injection?.result === true };
    },
    async getEntityNames({ entityIds }) {
      const rows = await db.entities.bulkGet(entityIds);
      return Object.fromEntries(rows.flatMap((e) => (e ? [[e.id, { name: e.name, kind: e.kind }] as const] : [])));
    },
  };
}
