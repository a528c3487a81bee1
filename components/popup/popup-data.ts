import type { TabState } from '@/lib/messages/protocol';
import type { DealView, RelatedDeal } from '@/lib/schema';
import type { Settings } from '@/lib/settings/settings-schema';

/** Everything the popup shows, gathered before it renders. */
export interface PopupData {
  /** The tab the popup is about; null when the browser gives none. */
  tab: { id: number; url: string } | null;
  /** What the tab's content script last reported; null when it never ran there. */
  tabState: TabState | null;
  relatedDeals: RelatedDeal[];
  /** Shown when the page has no known entity, or is not a web page. */
  recentDeals: DealView[];
  entityNames: Record<string, { name: string; kind: string }>;
  settings: Settings;
  /** The stored copy of the tab's page, if it was saved. */
  saved: { articleId: string; title: string } | null;
}

/** What the popup should say about its tab. */
export type PageStatus = 'internal' | 'not-scanned' | 'scanning' | 'off' | 'no-entities' | 'entities';

/** Pages an extension cannot script: the browser's own, other extensions', the web store. */
export function isWebPage(url: string): boolean {
  return /^(https?|file):/i.test(url);
}

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function pageStatus(data: Pick<PopupData, 'tab' | 'tabState'>, siteEnabled: boolean): PageStatus {
  if (!data.tab || !isWebPage(data.tab.url)) return 'internal';
  if (!siteEnabled) return 'off';
  const state = data.tabState;
  if (!state) return 'not-scanned';
  if (state.status === 'scanning') return 'scanning';
  // The site is on but the page still says off: it was turned on a moment ago and the page is catching up.
  if (state.status === 'off') return 'scanning';
  return Object.keys(state.entityCounts).length > 0 ? 'entities' : 'no-entities';
}
