import type { TabState } from '@/lib/messages/protocol';
import type { PageFiguresReply, PageFigureView } from '@/lib/schema';
import { isEnabledFor, type Settings } from '@/lib/settings/settings-schema';

/** What the toolbar badge needs from the browser and the store; given, so the rules below are tested alone. */
export interface PageBadgeDependencies {
  /** The page's figures against the store, read as the popup reads them (the extractor in its idle time). */
  pageFigures: (tabId: number) => Promise<PageFiguresReply>;
  readSettings: () => Promise<Settings>;
  /** Sets the tab's badge text ('' clears it). */
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** Waits before reading, so a page that settles in steps is read once (ms). */
  delayMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** What a content script reports of a scan. */
type ReportedScan = Omit<TabState, 'updatedAt'>;

/** A scan's result, as a version of the page's text: the same address and the same names counted. */
function versionOf(state: ReportedScan): string {
  const counts = Object.entries(state.entityCounts).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([state.url, counts]);
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** How many of the page's figures the reader does not have: new and differing (issue 23, item 3). */
export function badgeText(reply: PageFiguresReply): string {
  if (!reply.ok) return '';
  const count = reply.figures.filter((f) => f.status !== 'known').length;
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}

/**
 * The toolbar badge (issue 23, item 3): the number of new and differing figures of a page that names something
 * of the store. It never runs during page load: only after the content script reports a complete scan
 * (`ready`) with names of the store, after a pause, once per version of the page's text (a scan with the same
 * address and the same names counted is the same page to it), and not at all when the reader turned the badge
 * off (Settings → "badge") or Deal Lens off on the site. The reading is the popup's own (pageFiguresOfTab:
 * the extractor in the extension's isolated world, nothing written into the page), and a reading overtaken by a
 * newer scan is dropped.
 */
export function createPageBadge(deps: PageBadgeDependencies) {
  const versions = new Map<number, string>();
  /** The last reading of each tab's page: its figures the store lacks, for the card's "new on this page". */
  const added = new Map<number, PageFigureView[]>();
  const timers = new Map<number, unknown>();
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));

  const cancel = (tabId: number) => {
    const timer = timers.get(tabId);
    if (timer !== undefined) clearTimer(timer);
    timers.delete(tabId);
  };

  async function read(tabId: number, version: string, url: string): Promise<void> {
    timers.delete(tabId);
    const settings = await deps.readSettings();
    if (!settings.badge || !isEnabledFor(settings, hostnameOf(url))) {
      await deps.setBadge(tabId, '');
      return;
    }
    const reply = await deps.pageFigures(tabId).catch(() => undefined);
    // A newer scan (another page, the text changed) came in while this one was read: its own reading decides.
    if (versions.get(tabId) !== version) return;
    added.set(tabId, reply?.ok ? reply.figures.filter((f) => f.status === 'new') : []);
    await deps.setBadge(tabId, reply ? badgeText(reply) : '');
  }

  return {
    /** A content script reported a scan of its tab. */
    onTabState(tabId: number, state: ReportedScan): void {
      if (state.status !== 'ready' || Object.keys(state.entityCounts).length === 0) {
        // Scanning again, off, or naming nothing of the store: no number stays from an earlier page.
        if (versions.has(tabId)) void deps.setBadge(tabId, '').catch(() => undefined);
        cancel(tabId);
        versions.delete(tabId);
        added.delete(tabId);
        return;
      }
      const version = versionOf(state);
      if (versions.get(tabId) === version) return;
      versions.set(tabId, version);
      cancel(tabId);
      timers.set(
        tabId,
        setTimer(() => void read(tabId, version, state.url).catch(() => undefined), deps.delayMs ?? 1500),
      );
    },
    /** The new figures the tab's page states about these subjects (deal or entity ids), as last read. */
    newFigures(tabId: number, subjectIds: ReadonlySet<string>): PageFigureView[] {
      return (added.get(tabId) ?? []).filter((f) => subjectIds.has(f.subject.id));
    },
    /** The tab closed. */
    forget(tabId: number): void {
      cancel(tabId);
      versions.delete(tabId);
      added.delete(tabId);
    },
  };
}
