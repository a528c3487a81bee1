// The benchmark's browsers: Debian Chromium, one with the extension build loaded and one with no extension at
// all (the honest "without": turning Deal Lens off for a site still runs its content script's startup), each
// with the network guard and the black-hole proxy, and the same flags, window size and init script.
//
// Every measured load is a fresh tab with its own CDP session: `Performance.enable`, navigate, wait for the end
// (see probes.mjs `settle`), `Performance.getMetrics`. Chrome's counters (TaskDuration, ScriptDuration,
// LayoutDuration, RecalcStyleDuration…) count the tab's renderer main thread from `Performance.enable` (they
// start again from zero when a navigation changes renderer process), so the reading after the load minus the
// reading before it is that load's main-thread work, content script included, whatever process it landed in.
import { chromium } from '@playwright/test';
import {
  extensionLaunchOptions,
  extensionServiceWorker,
  installNetworkGuard,
  startNetworkSink,
  tabIdOf,
} from '../support/extension-browser.mjs';
import { addStoreEntities, readPage, readStoreEntities, recordFrames, settle } from './probes.mjs';
import { OUR_WORK_CATEGORIES, ourWork, traceDuring } from './profile-scan.mjs';

export const DB_NAME = 'deal-lens'; // lib/store/db.ts DATABASE_NAME
const SCAN_TIMEOUT_MS = 180_000;
/** Chrome's counters read around each load (seconds in CDP, milliseconds here). */
export const METRICS = [
  'TaskDuration',
  'ScriptDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
  'V8CompileDuration',
  'DevToolsCommandDuration',
];

/**
 * A browser for the benchmark: with the extension in `dir` (and the reader's `settings`), or with none.
 * @param {{ dir?: string | null, settings?: Record<string, unknown> }} options
 */
export async function openBrowser({ dir = null, settings = {} }) {
  const blocked = [];
  const sink = await startNetworkSink((r) => blocked.push(r));
  const options = extensionLaunchOptions({
    proxyServer: sink.server,
    args: ['--window-size=1280,900'],
    dir: dir ?? '',
  });
  // Without the extension: the very same flags, minus the two that load it (Playwright's own
  // --disable-extensions then applies).
  if (!dir)
    options.args = options.args.filter(
      (a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'),
    );
  const context = await chromium.launchPersistentContext('', options);
  const close = async () => {
    await context.close();
    await sink.close();
  };
  try {
    await installNetworkGuard(context, (r) => blocked.push(r));
    // Before every document's own scripts, and so long before the content script (document_idle).
    await context.addInitScript(recordFrames);
    const first = context.pages()[0] ?? (await context.newPage());
    const cdp0 = await context.newCDPSession(first);
    const version = await cdp0.send('Browser.getVersion');
    await cdp0.detach();

    let extensionId = null;
    let control = null;
    if (dir) {
      const worker = await extensionServiceWorker(context);
      extensionId = new URL(worker.url()).host;
      // The control page: popup.html without a tab, used only for its extension origin (storage, IndexedDB).
      control = await context.newPage();
      await control.goto(`chrome-extension://${extensionId}/popup.html`);
      // Polled from here: page.waitForFunction does not await an async predicate (a pending Promise is truthy).
      const seededBy = Date.now() + 30_000;
      while (!(await control.evaluate(seeded, DB_NAME))) {
        if (Date.now() > seededBy) throw new Error('the background did not write the seed catalog within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      await control.evaluate(async (value) => {
        await globalThis.chrome.storage.local.set({ settings: JSON.parse(value) });
      }, JSON.stringify(settings));
    }
    // The first tab stays open on about:blank, so closing a measured tab never closes the window.
    await first.goto('about:blank');

    /**
     * One measured load in a fresh tab: navigation → `until` (+ two frames), Chrome's counters around it, then
     * what the page shows (readPage), then `after(page)` (the floor walk, mark.js…) outside the measurement.
     * @param {string} url
     * @param {{ state?: string, untilMs?: number }} until
     * @param {(page: import('@playwright/test').Page) => Promise<unknown>} [after]
     * @param {string[]} [traceCategories] other trace categories (the trace is returned as `events`)
     *
     * Every load records a light trace (OUR_WORK_CATEGORIES, on both sides so the counters stay comparable): the
     * extension's own work is read from its CPU samples, since its content script leaves no performance entry.
     */
    const measuredLoad = async (url, until, after, traceCategories) => {
      const page = await context.newPage();
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
        const before = await metrics(cdp);
        await page.bringToFront();
        const load = async () => {
          await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
          return page.evaluate(settle, { ...until, timeoutMs: SCAN_TIMEOUT_MS });
        };
        // A caller's own categories replace these (the traced script time must not carry the profiler's weight).
        const categories = traceCategories ?? OUR_WORK_CATEGORIES;
        const { events, result: end } = await traceDuring(cdp, categories, load);
        const afterLoad = await metrics(cdp);
        const delta = Object.fromEntries(METRICS.map((name) => [name, (afterLoad[name] ?? 0) - (before[name] ?? 0)]));
        const ours = ourWork(events, { url, endMs: end.endAt });
        const seen = await page.evaluate(readPage, { slices: ours.slices, endMs: end.endAt });
        const listed = dir ? await listedMentions(page) : null;
        const extra = after ? await after(page) : undefined;
        await cdp.detach().catch(() => {});
        return {
          metrics: delta,
          ...end,
          ...seen,
          ...ours,
          slices: ours.slices.length,
          highlights: listed ?? seen.highlights,
          extra,
          events: traceCategories ? events : undefined,
        };
      } finally {
        await page.close();
      }
    };

    /**
     * How many mentions the content script highlights in a tab (the test contract, asked from the control page);
     * null for a build from before the contract (the page then counts its `CSS.highlights` ranges).
     */
    const mentionSpans = async (page) => {
      const tabId = await tabIdOf(context, page);
      return control.evaluate(async (tabId) => {
        try {
          const reply = await globalThis.chrome.tabs.sendMessage(
            tabId,
            { type: 'deal-lens:list-mentions' },
            { frameId: 0 },
          );
          return Array.isArray(reply?.mentions) ? reply.mentions : null;
        } catch {
          return null;
        }
      }, tabId);
    };
    const listedMentions = async (page) => (await mentionSpans(page))?.length ?? null;

    /** A tab left open on `url` until `close()` (popup, hover card). */
    const openTab = async (url, state) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.bringToFront();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      if (state) await page.evaluate(settle, { state, timeoutMs: SCAN_TIMEOUT_MS });
      return page;
    };
    const storeState = () => control.evaluate(readStoreEntities, DB_NAME);
    const addEntities = (entities, catalogVersion) =>
      control.evaluate(addStoreEntities, { dbName: DB_NAME, entities, version: catalogVersion });
    return {
      context,
      extensionId,
      blocked,
      browserVersion: version,
      measuredLoad,
      openTab,
      storeState,
      addEntities,
      mentionSpans,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Chrome's counters for the tab, in milliseconds. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]));
}

/** Extension page: whether the background has written the seed catalog (meta `seed-version`). */
async function seeded(dbName) {
  // Never be the one to create the database: an empty version-1 database would get in Dexie's way.
  if (!(await indexedDB.databases()).some((d) => d.name === dbName)) return false;
  const open = indexedDB.open(dbName);
  const db = await new Promise((resolve) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(null);
  });
  if (!db) return false;
  try {
    if (![...db.objectStoreNames].includes('meta')) return false;
    const version = await new Promise((resolve) => {
      const request = db.transaction('meta').objectStore('meta').get('seed-version');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    });
    const entities = await new Promise((resolve) => {
      const request = db.transaction('entities').objectStore('entities').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(0);
    });
    return version !== undefined && entities > 0;
  } finally {
    db.close();
  }
}
