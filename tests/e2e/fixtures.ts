// Playwright fixtures for end-to-end tests of the built extension in real Chromium.
//
// Every test gets a fresh browser with a fresh profile (`launchPersistentContext('')`): launching one takes about
// 0.4 s here, service worker included, which is cheap enough to buy full isolation (an empty IndexedDB, no
// leftover tabs, no state shared between tests). How the flags were chosen is written in
// tests/support/extension-browser.mjs.
//
// Usage:
//   import { expect, test } from './fixtures';
//   test('…', async ({ page, server, externalRequests }) => {
//     await page.goto(server.demoUrl(server.demoPages[0].slug));
//     …
//     externalRequests.expectNone();
//   });
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type BrowserContext,
  test as base,
  type ConsoleMessage,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';
import {
  assertLaunchable,
  type BlockedRequest,
  extensionDir,
  extensionLaunchOptions,
  extensionServiceWorker,
  installNetworkGuard,
  startNetworkSink,
  tabIdOf as tabIdOfPage,
} from '../support/extension-browser.mjs';
import { REPO_ROOT, type SeedNewsPage, writeDemoSite } from '../support/news-page.mjs';
import { type StaticRoot, type StaticServer, startStaticServer } from '../support/static-server.mjs';
import { corpusDir } from './corpus-availability';

export type { BlockedRequest };
export { expect };

/** Hand-written fixture pages, served under /fixtures/ when the folder exists. */
export const FIXTURE_PAGES_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'fixtures-pages');

/**
 * The local server of one worker: `/corpus/`, `/demo/`, `/fixtures/`, plus pages a test adds in memory with
 * `setPage(path, html)`. It outlives the test, so give crafted pages paths of their own (e.g. `/crafted/<test>.html`).
 */
export interface TestServer extends StaticServer {
  /** The generated demo site's pages (one per seed article), as written under `/demo/`. */
  demoPages: SeedNewsPage[];
  /** URL of a demo page by slug, or of the demo index when no slug is given. */
  demoUrl(slug?: string): string;
  /** The corpus folder served under `/corpus/`, or null when absent (tests then skip). */
  corpusDir: string | null;
  /** URL of a corpus page (`/corpus/<name>/source.html`). */
  corpusUrl(name: string): string;
  /** URL of a file under tests/e2e/fixtures-pages/. */
  fixtureUrl(file: string): string;
}

/**
 * The external requests blocked during this test: by the route (with who asked) or, for what bypassed it, by the
 * black-hole proxy. Chromium's own calls to Google update/account hosts are kept apart (`browserInternal`).
 */
export interface ExternalRequests {
  /** Everything blocked except Chromium's own calls, in order. */
  readonly all: BlockedRequest[];
  /** Chromium's own calls (update.googleapis.com, accounts.google.com, …), blocked at the proxy. */
  browserInternal(): BlockedRequest[];
  /**
   * Those sent by the extension's service worker or its own pages, plus anything else that bypassed the route
   * (most likely the extension at startup). A content script's requests count as the page's.
   */
  fromExtension(): BlockedRequest[];
  /** Fails the test, listing them, if anything at all was blocked (use on demo and fixture pages: they ask for nothing). */
  expectNone(): void;
  /** Fails if the service worker or an extension page asked for anything (use on corpus pages, which do). */
  expectNoneFromExtension(): void;
  clear(): void;
}

/** An error seen in a page, an extension page or the service worker. */
export interface CollectedError {
  kind: 'pageerror' | 'console' | 'crash';
  text: string;
  /** The page or worker URL it came from. */
  url: string;
}

/** Errors collected from every page of the context and from the service worker's console. */
export interface ErrorCollector {
  readonly all: CollectedError[];
  /** Errors whose source URL is one of the extension's (popup, options, service worker). */
  fromExtension(): CollectedError[];
  /** Errors of one page. */
  of(page: Page): CollectedError[];
  /** Fails the test if any error matched (all of them by default). */
  expectNone(filter?: (error: CollectedError) => boolean): void;
  clear(): void;
}

type TestFixtures = {
  /** A fresh Chromium with the extension loaded, the network guard on and a black-hole proxy behind it. */
  context: BrowserContext;
  /** The extension's service worker. */
  serviceWorker: Worker;
  /** `chrome-extension://<extensionId>/` */
  extensionId: string;
  externalRequests: ExternalRequests;
  /** Page errors and console errors, collected automatically from every page of the context. */
  errors: ErrorCollector;
  /** Opens `popup.html` in a new 380×600 tab, with `?tab=<tabId>` when given. */
  openPopup: (tabId?: number) => Promise<Page>;
  /** The `chrome.tabs` id of a page of this context. */
  tabIdOf: (page: Page) => Promise<number>;
};

type WorkerFixtures = {
  server: TestServer;
};

/** Noise the guard itself causes: each aborted request also logs "Failed to load resource … BLOCKED_BY_CLIENT". */
const isBlockedResourceNoise = (text: string) => /Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(text);

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => {
      const demoDir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-demo-'));
      const demoPages = await writeDemoSite(demoDir);
      const corpus = corpusDir();
      const roots: StaticRoot[] = [{ prefix: '/demo/', dir: demoDir }];
      // A CSP that forbids scripts keeps captured pages from rewriting their DOM (and from asking for trackers).
      if (corpus) roots.push({ prefix: '/corpus/', dir: corpus, csp: "script-src 'none'" });
      if (existsSync(FIXTURE_PAGES_DIR)) roots.push({ prefix: '/fixtures/', dir: FIXTURE_PAGES_DIR });
      const server = await startStaticServer({ roots });
      await use({
        ...server,
        demoPages,
        demoUrl: (slug) => server.urlFor(slug ? `/demo/${slug}.html` : '/demo/index.html'),
        corpusDir: corpus,
        corpusUrl: (name) => server.urlFor(`/corpus/${encodeURIComponent(name)}/source.html`),
        fixtureUrl: (file) => server.urlFor(`/fixtures/${file}`),
      });
      await server.close();
      await rm(demoDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  context: async ({ headless }, use, testInfo) => {
    const dir = extensionDir();
    assertLaunchable(dir);
    const blocked: BlockedRequest[] = [];
    const record = (request: BlockedRequest) => blocked.push(request);
    // The proxy catches what the route cannot see: Chromium's own calls, and anything sent before the route exists.
    const sink = await startNetworkSink(record);
    const started = Date.now();
    const context = await chromium.launchPersistentContext(
      '',
      extensionLaunchOptions({ dir, headless, proxyServer: sink.server }),
    );
    try {
      await installNetworkGuard(context, record);
      testInfo.annotations.push({ type: 'launch', description: `${Date.now() - started} ms` });
      contextState.set(context, { blocked, errors: [] });
      watchErrors(context);
      await use(context);
    } finally {
      await context.close();
      await sink.close();
    }
  },

  // Reuse the tab a persistent context opens with, rather than leaving an extra about:blank behind.
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  serviceWorker: async ({ context }, use) => {
    await use(await extensionServiceWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  externalRequests: async ({ context }, use) => {
    const state = stateOf(context);
    const listRequests = (list: BlockedRequest[]) =>
      list.map((r) => `  ${r.method} ${r.url} (${r.resourceType}, from ${r.initiator} ${r.initiatorUrl})`).join('\n');
    const notBrowser = () => state.blocked.filter((r) => r.initiator !== 'browser');
    const fromExtension = () => state.blocked.filter((r) => r.initiator !== 'page' && r.initiator !== 'browser');
    await use({
      get all() {
        return notBrowser();
      },
      browserInternal: () => state.blocked.filter((r) => r.initiator === 'browser'),
      fromExtension,
      expectNone() {
        const list = notBrowser();
        expect(list, `external requests were made:\n${listRequests(list)}`).toEqual([]);
      },
      expectNoneFromExtension() {
        const list = fromExtension();
        expect(list, `the extension made external requests:\n${listRequests(list)}`).toEqual([]);
      },
      clear() {
        state.blocked.length = 0;
      },
    });
  },

  errors: async ({ context, extensionId }, use) => {
    const state = stateOf(context);
    const own = `chrome-extension://${extensionId}/`;
    await use({
      get all() {
        return [...state.errors];
      },
      fromExtension: () => state.errors.filter((e) => e.url.startsWith(own)),
      of: (page) => state.errors.filter((e) => pageOf.get(e) === page),
      expectNone(filter = () => true) {
        const list = state.errors.filter(filter);
        const text = list.map((e) => `  [${e.kind}] ${e.url}: ${e.text}`).join('\n');
        expect(list, `errors were reported:\n${text}`).toEqual([]);
      },
      clear() {
        state.errors.length = 0;
      },
    });
  },

  openPopup: async ({ context, extensionId }, use) => {
    await use(async (tabId) => {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      const query = tabId === undefined ? '' : `?tab=${encodeURIComponent(String(tabId))}`;
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return popup;
    });
  },

  tabIdOf: async ({ context }, use) => {
    await use((page) => tabIdOfPage(context, page));
  },
});

interface ContextState {
  blocked: BlockedRequest[];
  errors: CollectedError[];
}

const contextState = new WeakMap<BrowserContext, ContextState>();
const pageOf = new WeakMap<CollectedError, Page>();

function stateOf(context: BrowserContext): ContextState {
  const state = contextState.get(context);
  if (!state) throw new Error('this context was not made by the Deal Lens fixtures');
  return state;
}

/** Collects errors from every present and future page of the context, and console errors of its workers. */
function watchErrors(context: BrowserContext) {
  const { errors } = stateOf(context);
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    collectPageErrors(page, (error) => {
      errors.push(error);
      pageOf.set(error, page);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  // Service-worker console messages arrive on the context, with no page.
  context.on('console', (message: ConsoleMessage) => {
    if (message.page() || message.type() !== 'error' || isBlockedResourceNoise(message.text())) return;
    errors.push({ kind: 'console', text: message.text(), url: message.location().url || 'service-worker' });
  });
}

/**
 * Reports a page's uncaught exceptions, console errors (minus the guard's own "blocked" noise) and crashes.
 * Usable on its own: `const list: CollectedError[] = []; collectPageErrors(page, (e) => list.push(e));`
 */
export function collectPageErrors(page: Page, onError: (error: CollectedError) => void): void {
  page.on('pageerror', (error) => {
    onError({ kind: 'pageerror', text: error.stack || error.message, url: page.url() });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' || isBlockedResourceNoise(message.text())) return;
    onError({ kind: 'console', text: message.text(), url: message.location().url || page.url() });
  });
  page.on('crash', () => onError({ kind: 'crash', text: 'the page crashed', url: page.url() }));
}

/** Waits until the content script has finished a scan of the page (`<html data-deal-lens="ready">`). */
export async function waitForScan(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('html[data-deal-lens="ready"]').waitFor({ state: 'attached', timeout });
}
