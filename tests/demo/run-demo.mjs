// `npm run demo`: the built extension on the three seed articles, served from this machine.
//
// With a display ($DISPLAY) it opens a real Chromium window (the demo index plus one tab per article) and waits
// until you close it. Without one it runs headless and writes screenshots instead, for each article:
//   tests/demo/screenshots/<slug>-page.png   the page once the scan is done
//   tests/demo/screenshots/<slug>-card.png   the hover card of the first highlight
//   tests/demo/screenshots/<slug>-popup.png  the popup for that tab (380×600)
// Requests to anything but this machine are blocked and listed. Chromium: $CHROMIUM or /usr/bin/chromium.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import {
  assertLaunchable,
  extensionDir,
  extensionLaunchOptions,
  extensionServiceWorker,
  installNetworkGuard,
  startNetworkSink,
  tabIdOf,
} from '../support/extension-browser.mjs';
import { REPO_ROOT, writeDemoSite } from '../support/news-page.mjs';
import { startStaticServer } from '../support/static-server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = path.join(HERE, 'screenshots');
const SCAN_TIMEOUT_MS = Number(process.env.DEAL_LENS_SCAN_TIMEOUT_MS) || 15_000;
const HOVER_MS = 800;

/** @param {string} file */
const rel = (file) => path.relative(process.cwd(), file) || file;

async function main() {
  const dir = extensionDir();
  assertLaunchable(dir);
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-demo-'));
  const pages = await writeDemoSite(siteDir);
  if (pages.length === 0) throw new Error(`no seed articles found in ${path.join(REPO_ROOT, 'seeds')}`);
  const server = await startStaticServer({ roots: [{ prefix: '/demo/', dir: siteDir }] });
  const headed = Boolean(process.env.DISPLAY) && process.env.DEAL_LENS_DEMO_HEADLESS !== '1';

  /** @type {import('../support/extension-browser.d.mts').BlockedRequest[]} */
  const blocked = [];
  let browserInternal = 0;
  /** @param {import('../support/extension-browser.d.mts').BlockedRequest} request */
  const record = (request) => {
    // Chromium's own update and account calls: refused, counted, not the extension's doing.
    if (request.initiator === 'browser') {
      browserInternal += 1;
      return;
    }
    blocked.push(request);
    console.warn(`  blocked external request: ${request.method} ${request.url} (from ${request.initiator})`);
  };
  const sink = await startNetworkSink(record);
  const context = await chromium.launchPersistentContext('', {
    ...extensionLaunchOptions({ dir, headless: !headed, proxyServer: sink.server }),
    ...(headed ? { viewport: null } : { viewport: { width: 1280, height: 900 } }),
  });
  const cleanup = async () => {
    await context.close().catch(() => {});
    await sink.close();
    await server.close();
    await rm(siteDir, { recursive: true, force: true });
  };
  try {
    await installNetworkGuard(context, record);
    const worker = await extensionServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    console.log(`Deal Lens ${extensionId} loaded from ${rel(dir)}`);
    console.log(`Demo site: ${server.urlFor('/demo/index.html')}`);

    if (headed) await runHeaded(context, server, pages);
    else await runHeadless(context, server, pages, extensionId);
  } finally {
    await cleanup();
  }
  if (blocked.length > 0) console.warn(`${blocked.length} external request(s) were blocked (listed above).`);
  else console.log('No external request was made by the pages or the extension.');
  if (browserInternal > 0) {
    console.log(`(Chromium's own update/account calls, blocked as well: ${browserInternal}.)`);
  }
}

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('../support/static-server.d.mts').StaticServer} server
 * @param {import('../support/news-page.d.mts').SeedNewsPage[]} pages
 */
async function runHeaded(context, server, pages) {
  const [first] = context.pages();
  const index = first ?? (await context.newPage());
  await index.goto(server.urlFor('/demo/index.html'));
  for (const page of pages) {
    const tab = await context.newPage();
    await tab.goto(server.urlFor(`/demo/${page.path}`));
  }
  await index.bringToFront();
  console.log('Chromium is open on the demo articles. Close the browser window to finish.');
  await new Promise((resolve) => {
    context.on('close', resolve);
    // Closing the last window closes every page; the context follows.
    const check = () => {
      if (context.pages().length === 0) resolve(undefined);
    };
    context.on('page', (page) => page.on('close', check));
    for (const page of context.pages()) page.on('close', check);
  });
}

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('../support/static-server.d.mts').StaticServer} server
 * @param {import('../support/news-page.d.mts').SeedNewsPage[]} pages
 * @param {string} extensionId
 */
async function runHeadless(context, server, pages, extensionId) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const written = [];
  const notes = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => notes.push(`page error on ${page.url()}: ${error.message}`));

  for (const { slug, path: file, article } of pages) {
    console.log(`\n${article.title}`);
    await page.goto(server.urlFor(`/demo/${file}`), { waitUntil: 'load' });
    const ready = await page
      .locator('html[data-deal-lens="ready"]')
      .waitFor({ state: 'attached', timeout: SCAN_TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    // The painted highlights, as any page script sees them: ranges in `deal-lens…` entries of CSS.highlights.
    const boxes = await page.evaluate(() => {
      const found = [];
      for (const [entry, highlight] of CSS.highlights) {
        if (!entry.startsWith('deal-lens')) continue;
        for (const painted of highlight) {
          const range = document.createRange();
          range.setStart(painted.startContainer, painted.startOffset);
          range.setEnd(painted.endContainer, painted.endOffset);
          const rect = range.getBoundingClientRect();
          found.push({ text: range.toString(), x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
        }
      }
      return found;
    });
    const count = boxes.length;
    if (!ready) {
      const note = `${slug}: the scan never finished (no <html data-deal-lens="ready"> after ${SCAN_TIMEOUT_MS} ms); screenshots show the page as it is`;
      notes.push(note);
      console.warn(`  ${note}`);
    } else {
      console.log(`  scan finished: ${count} highlight(s)`);
    }

    const pageShot = path.join(SCREENSHOTS, `${slug}-page.png`);
    await page.screenshot({ path: pageShot, fullPage: true });
    written.push(pageShot);

    const cardShot = path.join(SCREENSHOTS, `${slug}-card.png`);
    // A highlight in the article's first lines (below the title), as a reader would hover it.
    const target = boxes.find((b) => b.y > 250 && b.y < 500) ?? boxes.find((b) => b.y > 0 && b.y < 700);
    if (target) {
      await page.mouse.move(target.x, target.y, { steps: 2 });
      const shown = await page
        .waitForFunction(() => document.documentElement.lastElementChild !== document.body, null, { timeout: 5_000 })
        .then(() => page.waitForTimeout(HOVER_MS))
        .then(
          () => true,
          () => false,
        );
      await page.screenshot({ path: cardShot });
      console.log(`  hovered “${target.text}”${shown ? '' : ' (no card showed)'}`);
    } else {
      const note = `${slug}: no highlight in view, so no hover card; the card screenshot shows the page top`;
      notes.push(note);
      console.warn(`  ${note}`);
      await page.screenshot({ path: cardShot });
    }
    written.push(cardShot);
    await page.mouse.move(0, 0);

    const tabId = await tabIdOf(context, page);
    const popup = await context.newPage();
    popup.on('pageerror', (error) => notes.push(`popup error (${slug}): ${error.message}`));
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    // The popup reads the store and asks the tab for its highlights; let it settle.
    await popup.waitForTimeout(HOVER_MS);
    const popupShot = path.join(SCREENSHOTS, `${slug}-popup.png`);
    await popup.screenshot({ path: popupShot });
    written.push(popupShot);
    await popup.close();
    await page.bringToFront();
  }

  console.log('\nScreenshots:');
  for (const file of written) console.log(`  ${rel(file)}`);
  if (notes.length > 0) {
    console.log('\nNotes:');
    for (const note of notes) console.log(`  - ${note}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nnpm run demo failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
