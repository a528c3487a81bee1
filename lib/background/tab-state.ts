import { storage } from '#imports';
import { type TabState, TabStateSchema } from '@/lib/messages/protocol';

// Session storage: survives the service worker going to sleep, forgotten when the browser closes.
const keyOf = (tabId: number) => `session:tab-state-${tabId}` as const;

/** What the content script of a tab last reported, or null (not scanned, internal page, other extension). */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const parsed = TabStateSchema.safeParse(await storage.getItem(keyOf(tabId)));
  return parsed.success ? parsed.data : null;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(keyOf(tabId), state);
}

export async function forgetTabState(tabId: number): Promise<void> {
  await storage.removeItem(keyOf(tabId));
}
