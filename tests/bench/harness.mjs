// One benchmark browser: Debian Chromium with an extension build, the network guard and black-hole proxy, one
// measured tab with a CDP session, and a control tab (an extension page) for chrome.storage and IndexedDB.
import { chromium } from '@playwright/test';
import {
  extensionLaunchOptions,
  extensionServiceWorker,
  installNetworkGuard,
  startNetworkSink,
} from '../support/extension-browser.mjs';
import {
  addStoreEntities,
  floorWalk,
  readScan,
  readStoreEntities,
  recordLongTasks,
  waitForScanState,
  walkVariants,
} from './probes.mjs';

export const SLICE_MEASURE = 'deal-lens:slice'; // lib/scan/page-scanner.ts SLICE_MEASURE
export const DB_NAME = 'deal-lens'; // lib/store/db.ts DATABASE_NAME
const SCAN_TIMEOUT_MS = 180_000;

/**
 * @param {{ dir: string, settings: Record<string, unknown> }} options
 */
export async function openBench({ dir, settings }) {
  const blocked = [];
  const sink = await startNetworkSink((r) => blocked.push(r));
  const context = await chromium.launchPersistentContext(
    '',
    extensionLaunchOptions({ dir, proxyServer: sink.server, args: ['--window-size=1280,900'] }),
  );
  try {
    await installNetworkGuard(context, (r) => blocked.push(r));
    // Before every document's own scripts, and so long before the content script (document_idle).
    await context.addInitScript(recordLongTasks);
    const worker = await extensionServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 900 });
    const cdp = await context.newCDPSession(page);

    // The control page: popup.html without a tab, used only for its extension origin.
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/popup.html`);
    // Polled from here: page.waitForFunction does not await an async predicate (a pending Promise is truthy).
    const seededBy = Date.now() + 30_000;
    while (!(await control.evaluate(seeded, DB_NAME))) {
      if (Date.now() > seededBy) throw new Error('the background did not write the seed catalog within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    let current;
    const setSettings = async (patch) => {
      const next = JSON.stringify({ ...settings, ...patch });
      if (next === current) return;
      await control.evaluate(async (value) => {
        await globalThis.chrome.storage.local.set({ settings: JSON.parse(value) });
      }, next);
      current = next;
    };
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? null };
    };
    /** Loads `url` with the extension on (until the scan is ready) or off (until the content script says off). */
    const load = async (url, enabled) => {
      // Off the previous page first, so its content script does not react to the settings change.
      await page.goto('about:blank');
      // The previous document is garbage now: collect it here, not in the middle of the next measurement.
      await cdp.send('HeapProfiler.collectGarbage');
      await setSettings({ enabled });
      await page.bringToFront();
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.evaluate(waitForScanState, { state: enabled ? 'ready' : 'off', timeoutMs: SCAN_TIMEOUT_MS });
      return Date.now() - t0;
    };
    /** (a) on a fresh load with the extension off; then the heap of that page. */
    const runFloor = async (url, { variants = false } = {}) => {
      await load(url, false);
      const floor = await page.evaluate(floorWalk);
      const walk = variants ? await page.evaluate(walkVariants) : undefined;
      const longTasks = await page.evaluate(() => window.__benchLongTasks ?? []);
      return { ...floor, walk, longTasks, heap: await heap() };
    };
    /** (b) and (d) on a fresh load with the extension on; then the heap. */
    const runScan = async (url) => {
      const wallMs = await load(url, true);
      const scan = await page.evaluate(readScan, SLICE_MEASURE);
      if (scan.slices === 0) {
        throw new Error(
          `no "${SLICE_MEASURE}" measure is visible from the page on ${url}: the content script's measures must be read another way`,
        );
      }
      return { ...scan, wallMs, heap: await heap() };
    };
    const storeState = () => control.evaluate(readStoreEntities, DB_NAME);
    const addEntities = async (entities, version) => {
      await page.goto('about:blank');
      await control.evaluate(addStoreEntities, { dbName: DB_NAME, entities, version });
    };
    const version = await cdp.send('Browser.getVersion');
    return {
      context,
      page,
      cdp,
      extensionId,
      blocked,
      browserVersion: version,
      setSettings,
      heap,
      load,
      runFloor,
      runScan,
      storeState,
      addEntities,
      close: async () => {
        await context.close();
        await sink.close();
      },
    };
  } catch (error) {
    await context.close();
    await sink.close();
    throw error;
  }
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
