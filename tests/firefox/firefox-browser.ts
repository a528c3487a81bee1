// Launching Debian's Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi (the recipe
// measured on these machines is ../shared/FIREFOX.md). Playwright cannot do this: its Firefox build cannot be
// downloaded here, driving stock Firefox fails at launch on ESR 153, and it cannot install extensions in Firefox.
//
// - The extension is installed *permanently* from an .xpi (`webExtension.install` with `moz:permanent`, which
//   needs `xpinstall.signatures.required: false`, honoured by ESR) into a profile of our own, so that the same
//   profile can be launched again to see what survives a browser restart.
// - Its origin is fixed before launch (pref `extensions.webextensions.uuids`), so extension pages can be opened
//   by URL; `--remote-allow-system-access` lets BiDi open them and evaluate in the parent process ("chrome" scope).
// - Every request that would leave the machine goes to a black-hole proxy (prefs `network.proxy.*`, loopback
//   excepted, as Firefox never proxies it); what reaches it is refused and recorded.
// - The extension's errors: with pref `devtools.console.stdout.chrome`, Firefox prints every uncaught error to
//   its stdout as `JavaScript error: <url>, line N: …`; those whose URL is moz-extension:// are ours. (The lines
//   are read from the process's own pipes rather than with `dumpio`, which would only copy them to the terminal.)
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../support/news-page.mjs';

/** Debian's Firefox ESR, or `$FIREFOX`. */
export const FIREFOX_EXECUTABLE = process.env.FIREFOX || '/usr/lib/firefox-esr/firefox-esr';

/** The unpacked Firefox build: `$DEAL_LENS_FIREFOX_EXTENSION_DIR`, else `.output/firefox-mv3`. */
export const EXTENSION_DIR = path.resolve(
  process.env.DEAL_LENS_FIREFOX_EXTENSION_DIR || path.join(REPO_ROOT, '.output', 'firefox-mv3'),
);

/** Why the Firefox suite cannot run here, or null when it can. */
export function firefoxMissing(): string | null {
  return existsSync(FIREFOX_EXECUTABLE)
    ? null
    : `no Firefox at ${FIREFOX_EXECUTABLE} (apt-get install firefox-esr, or set FIREFOX=/path/to/firefox)`;
}

/** The add-on id the manifest declares (browser_specific_settings.gecko.id). */
export function geckoId(dir = EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const id = manifest?.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${dir}/manifest.json declares no gecko id`);
  return id;
}

/**
 * Zips an unpacked build into an .xpi (what a permanent install takes). JSZip is what `wxt zip` and
 * `web-ext build` use themselves; calling it here takes milliseconds, `web-ext build` about 4 s.
 */
export async function packXpi(dir: string, file: string): Promise<string> {
  const zip = new JSZip();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    zip.file(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
  }
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** A raw WebDriver BiDi command (Puppeteer has no API for chrome scope or permanent installs). */
type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

export interface LaunchInput {
  /** A profile directory kept between launches. */
  profileDir: string;
  /** The extension's gecko id and the moz-extension:// host it gets in this profile. */
  extensionId: string;
  uuid: string;
  /** `http://127.0.0.1:PORT` of the black-hole proxy (tests/support/extension-browser.mjs startNetworkSink). */
  proxy: string;
}

export class FirefoxSession {
  /** Every line Firefox printed since launch returned. */
  readonly output: string[] = [];

  private constructor(
    readonly browser: Browser,
    readonly input: LaunchInput,
  ) {
    const child = browser.process();
    for (const stream of [child?.stdout, child?.stderr]) {
      if (!stream) continue;
      readline.createInterface({ input: stream }).on('line', (line) => {
        this.output.push(line);
        // FIREFOX_DUMPIO=1 shows everything Firefox prints (it is noisy: its own services fail offline).
        if (process.env.FIREFOX_DUMPIO === '1') process.stderr.write(`[firefox] ${line}\n`);
      });
    }
  }

  static async launch(input: LaunchInput): Promise<FirefoxSession> {
    const proxy = new URL(input.proxy);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_EXECUTABLE,
      headless: true,
      userDataDir: input.profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [input.extensionId]: input.uuid }),
        'xpinstall.signatures.required': false,
        'devtools.console.stdout.chrome': true,
        'network.proxy.type': 1,
        'network.proxy.http': proxy.hostname,
        'network.proxy.http_port': Number(proxy.port),
        'network.proxy.ssl': proxy.hostname,
        'network.proxy.ssl_port': Number(proxy.port),
        'network.proxy.no_proxies_on': '',
      },
    });
    return new FirefoxSession(browser, input);
  }

  /** The extension's base URL, `moz-extension://<uuid>/`. */
  get origin(): string {
    return `moz-extension://${this.input.uuid}/`;
  }

  /** The lines that report an uncaught error in one of the extension's own scripts or pages. */
  extensionErrors(): string[] {
    return this.output.filter((line) => line.includes('JavaScript error: moz-extension://'));
  }

  send: BidiSend = (method, params) =>
    (this.browser as unknown as { connection: { send: BidiSend } }).connection.send(method, params);

  /** Installs an .xpi for good (it stays in the profile across restarts). Returns the add-on id. */
  async installPermanently(xpi: string): Promise<string> {
    const { result } = await this.send('webExtension.install', {
      extensionData: { type: 'archivePath', path: xpi },
      'moz:permanent': true,
    });
    return (result as { extension: string }).extension;
  }

  /**
   * Evaluates `expression` (which must produce a JSON-serialisable value, or a promise of one) in Firefox's
   * parent process, where `ChromeUtils` and `Services` are in scope.
   */
  async inParent<T>(expression: string): Promise<T> {
    const { result: tree } = await this.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = (tree as { contexts: { context: string }[] }).contexts[0]?.context;
    if (!context) throw new Error('no chrome-scope browsing context');
    const { result } = await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    const outcome = result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (outcome.type !== 'success') throw new Error(`in the parent process: ${outcome.exceptionDetails?.text}`);
    return JSON.parse(outcome.result?.value ?? 'null') as T;
  }

  /**
   * Opens an extension page (`popup.html?tab=3`) in a new tab. Not with `page.goto`: the tab moves to the
   * extension's process on the way, and Puppeteer never hears the navigation finish; so navigate without
   * waiting and wait for the document instead.
   */
  async openExtensionPage(pathAndQuery: string): Promise<Page> {
    const page = await this.browser.newPage();
    const url = `${this.origin}${pathAndQuery}`;
    // A Puppeteer frame's `_id` is its BiDi browsing context id (not in Puppeteer's public types).
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await this.send('browsingContext.navigate', { context, url, wait: 'none' });
    await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete', {}, url);
    return page;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** A fresh extension origin for one run. */
export function newExtensionUuid(): string {
  return randomUUID();
}
