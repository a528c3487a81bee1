import { browser } from '#imports';
import { request } from '@/lib/messages/client';
import { readSettings } from '@/lib/settings/settings-item';
import { isWebPage, type PopupData } from './popup-data';

const RECENT_DEALS = 10;

/** The tab the popup is about: `?tab=ID` when given (tests, the library page), else the active tab. */
async function resolveTab(search: string): Promise<PopupData['tab']> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(requested) && requested > 0
      ? await browser.tabs.get(requested).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? tab.pendingUrl ?? '' } : null;
}

/** Gathers the popup's data from the tab, the settings and the background. */
export async function loadPopupData(search: string = location.search): Promise<PopupData> {
  const [tab, settings] = await Promise.all([resolveTab(search), readSettings()]);
  const tabState = tab && isWebPage(tab.url) ? await request('getTabState', { tabId: tab.id }) : null;
  const entityIds = Object.keys(tabState?.entityCounts ?? {});
  const [relatedDeals, recentDeals, entityNames, saved] = await Promise.all([
    entityIds.length > 0 ? request('getRelatedDeals', { entityIds }) : Promise.resolve([]),
    request('listDeals', { limit: RECENT_DEALS }),
    entityIds.length > 0 ? request('getEntityNames', { entityIds }) : Promise.resolve({}),
    tab && isWebPage(tab.url) ? request('getSavedStatus', { url: tab.url }) : Promise.resolve(null),
  ]);
  return { tab, tabState, relatedDeals, recentDeals, entityNames, settings, saved };
}
