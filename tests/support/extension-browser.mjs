// Launching Chromium with the built extension, shared by the Playwright fixtures and `npm run demo`.
//
// What loads an unpacked MV3 extension headless here (Debian Chromium 156, Playwright 1.65), measured:
//   chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true,
//     args: ['--disable-extensions-except=<dist>', '--load-extension=<dist>', ...quiet flags] })
// - `headless: true` makes Playwright pass plain `--headless`, which since Chromium 132 *is* the new headless mode
//   (the old one now lives only in chrome-headless-shell), and new headless runs extensions and their service
//   worker. Adding `--headless=new` yourself also works and changes nothing.
// - Playwright always adds `--disable-extensions`; `--disable-extensions-except` overrides it for our directory,
//   so `ignoreDefaultArgs` is not needed.
// - `/usr/bin/chromium` is Debian's shell wrapper: it sources /etc/chromium.d (which prints a harmless
//   "[: …: unexpected operator" from its /dev/shm check) and puts its own flags *before* ours; Chromium keeps the
//   last value of a repeated switch, so our --load-extension / --disable-extensions-except win.
// - `--load-extension` still works in Chromium builds; Google-branded Chrome ≥ 137 ignores it, so point CHROMIUM
//   at a Chromium, not at google-chrome.
// - A fresh profile per launch takes about 0.35–0.5 s on 2 cores, service worker included, so every test gets its
//   own browser and its own empty IndexedDB.
// - Even with the quiet flags, Chromium itself calls update.googleapis.com and accounts.google.com within seconds of
//   starting. Those requests never reach context.route(), so every browser also gets a black-hole proxy
//   (`startNetworkSink`): whatever leaves the machine without passing through the route is refused there and
//   recorded, which also catches anything the extension sends at startup, before the route exists.
// - The UI language (chrome.i18n.getUILanguage) is en-US whatever --lang/LANGUAGE say: Debian's `chromium` package
//   ships only en-US.pak (the others are in chromium-l10n).
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from './news-page.mjs';

/** Flags that keep Chromium from phoning home or showing first-run UI. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-quic',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-pings',
];

/** The Chromium binary: `$CHROMIUM`, else Debian's. */
export function chromiumExecutable() {
  return process.env.CHROMIUM || '/usr/bin/chromium';
}

/** The unpacked Chrome build: `$DEAL_LENS_EXTENSION_DIR`, else `.output/chrome-mv3`. */
export function extensionDir() {
  return path.resolve(process.env.DEAL_LENS_EXTENSION_DIR || path.join(REPO_ROOT, '.output', 'chrome-mv3'));
}

/**
 * Throws a clear error when the extension build or the browser is missing.
 * @param {string} dir
 */
export function assertLaunchable(dir = extensionDir()) {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `The extension is not built: ${path.join(dir, 'manifest.json')} is missing. Run \`npm run build\` first (\`npm run test:e2e\` builds when needed).`,
    );
  }
  const exe = chromiumExecutable();
  if (!existsSync(exe)) {
    throw new Error(
      `Chromium not found at ${exe}. Install it (apt-get install chromium) or set CHROMIUM=/path/to/chromium.`,
    );
  }
}

/**
 * Options for `chromium.launchPersistentContext('', …)` that load the extension.
 * @param {import('./extension-browser.d.mts').ExtensionLaunchInput} [input]
 * @returns {import('@playwright/test').LaunchOptions & import('@playwright/test').BrowserContextOptions}
 */
export function extensionLaunchOptions({ dir = extensionDir(), headless = true, args = [], proxyServer } = {}) {
  // Playwright 1.65 routes and reports service-worker requests by default (PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK
  // turns that off); this variable is what older versions needed, harmless now. Set before launch, as Playwright
  // reads it when it attaches to the worker.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath: chromiumExecutable(),
    headless,
    // Chromium refuses its sandbox as root (Playwright then adds --no-sandbox). Elsewhere keep it, unless the
    // machine has no usable sandbox (containers without user namespaces): set CHROMIUM_NO_SANDBOX=1 there.
    chromiumSandbox: !isRoot && process.env.CHROMIUM_NO_SANDBOX !== '1',
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS, ...args],
    // Naming the loopback hosts in `bypass` keeps requests to our own server off the proxy.
    ...(proxyServer ? { proxy: { server: proxyServer, bypass: '127.0.0.1,localhost,[::1]' } } : {}),
  };
}

/**
 * Hosts Chromium calls on its own (updates, accounts, its GCM check-in at android.clients.google.com, seen on a
 * loaded machine a few seconds after start) whatever the flags. Seen at the proxy, they are reported as `browser`,
 * not as anything the extension did.
 */
export const BROWSER_INTERNAL_HOST =
  /^(?:accounts\.google\.com|(?:android\.)?clients\d*\.google\.com|[\w-]+\.googleapis\.com|[\w-]+\.gvt1\.com|www\.google\.com)$/;

/**
 * A proxy on 127.0.0.1 that forwards nothing: every request or CONNECT tunnel is refused (403) and reported.
 * Launch the browser with `extensionLaunchOptions({ proxyServer: sink.server })`.
 * @param {(request: import('./extension-browser.d.mts').BlockedRequest) => void} onRequest
 * @returns {Promise<import('./extension-browser.d.mts').NetworkSink>}
 */
export async function startNetworkSink(onRequest) {
  /** @param {string} url @param {string} host @param {string} method */
  const report = (url, host, method) =>
    onRequest({
      url,
      method,
      resourceType: 'unknown',
      initiator: BROWSER_INTERNAL_HOST.test(host) ? 'browser' : 'network',
      initiatorUrl: '',
    });
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // Not an absolute URL: nobody we know sends those to a proxy.
    }
    report(url, host, req.method ?? 'GET');
    res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('Blocked by the Deal Lens test harness: no request may leave this machine.');
  });
  server.on('connect', (req, socket) => {
    const target = req.url ?? '';
    report(`https://${target}/`, target.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''), 'CONNECT');
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('network sink: no TCP address');
  return {
    server: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/**
 * Whether a URL stays on this machine or inside the browser (never blocked).
 * @param {string} url
 */
export function isLocalUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(parsed.protocol)) return true;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return false;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

/**
 * Aborts every non-local request of the context (pages, frames, extension pages and the extension's service
 * worker) and reports each one.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {(request: import('./extension-browser.d.mts').BlockedRequest) => void} onBlocked
 */
export async function installNetworkGuard(context, onBlocked) {
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isLocalUrl(request.url())) {
      await route.fallback();
      return;
    }
    onBlocked(describeRequest(request));
    await route.abort('blockedbyclient').catch(() => {});
  });
  // WebSockets bypass context.route(); they get their own interceptor.
  await context.routeWebSocket(/.*/, (ws) => {
    if (isLocalUrl(ws.url())) {
      ws.connectToServer();
      return;
    }
    onBlocked({ url: ws.url(), method: 'GET', resourceType: 'websocket', initiator: 'page', initiatorUrl: '' });
    ws.close({ code: 1008, reason: 'Deal Lens tests: external connection blocked' });
  });
}

/**
 * @param {import('@playwright/test').Request} request
 * @returns {import('./extension-browser.d.mts').BlockedRequest}
 */
function describeRequest(request) {
  const base = { url: request.url(), method: request.method(), resourceType: request.resourceType() };
  const worker = request.serviceWorker();
  if (worker) return { ...base, initiator: 'service-worker', initiatorUrl: worker.url() };
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // Requests from workers have no frame.
  }
  return {
    ...base,
    initiator: frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page',
    initiatorUrl: frameUrl,
  };
}

/**
 * The extension's service worker, waiting for it to register when needed.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {number} [timeout]
 * @returns {Promise<import('@playwright/test').Worker>}
 */
export async function extensionServiceWorker(context, timeout = 10_000) {
  const isExtension = (/** @type {import('@playwright/test').Worker} */ w) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout });
  } catch {
    throw new Error(
      `The extension's service worker did not start within ${timeout} ms: is ${extensionDir()} a valid build, and does this Chromium honour --load-extension?`,
    );
  }
}

/**
 * The extension id, from its service worker's URL.
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function extensionIdOf(context) {
  const worker = await extensionServiceWorker(context);
  return new URL(worker.url()).host;
}

/**
 * The `chrome.tabs` id of a Playwright page. Tab URLs are only visible with the `tabs` or a matching host
 * permission, so when no tab shows the page's URL the page is brought to the front and the active tab is taken.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
export async function tabIdOf(context, page) {
  const worker = await extensionServiceWorker(context);
  const byUrl = await worker.evaluate(async (url) => {
    const tabs = await /** @type {any} */ (globalThis).chrome.tabs.query({});
    const matches = tabs.filter((/** @type {any} */ t) => t.url === url || t.pendingUrl === url);
    return matches.length === 1 ? matches[0].id : null;
  }, page.url());
  if (typeof byUrl === 'number') return byUrl;
  await page.bringToFront();
  const active = await worker.evaluate(async () => {
    const [tab] = await /** @type {any} */ (globalThis).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (typeof active !== 'number') throw new Error(`No tab id found for ${page.url()}`);
  return active;
}
