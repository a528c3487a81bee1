// Issue 3: every real news page of the corpus, served from 127.0.0.1 with every other address blocked and page
// scripts off (CSP), behaves with Deal Lens exactly as without it: no new page error, no extension error, the
// same visible text. Each test also prints how many highlights the page got.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumExecutable, installNetworkGuard, QUIET_FLAGS } from '../support/extension-browser.mjs';
import { CORPUS_SKIP_REASON, corpusDir } from './corpus-availability';
import { type CollectedError, collectPageErrors, expect, test, waitForScan } from './fixtures';

const dir = corpusDir();
const pages = dir
  ? readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

let baseline: BrowserContext | undefined;
test.beforeAll(async () => {
  if (!dir) return;
  // The same Chromium, with the same kind of profile (persistent: it fetches web-app manifests and favicons
  // like the extension's browser does), without the extension: what the page does on its own.
  baseline = await chromium.launchPersistentContext('', {
    executablePath: chromiumExecutable(),
    headless: true,
    args: QUIET_FLAGS,
  });
  await installNetworkGuard(baseline, () => undefined);
});
test.afterAll(async () => {
  await baseline?.close();
});

async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is the visible text, the contract here.
  return page.evaluate(() => document.body?.innerText ?? '');
}

test.describe('corpus pages', () => {
  test.skip(!dir, CORPUS_SKIP_REASON);

  for (const name of pages) {
    test(`${name}: same text, no new error`, async ({ page, server, errors, externalRequests }) => {
      const url = server.corpusUrl(name);
      const plain = await (baseline as BrowserContext).newPage();
      const plainErrors: CollectedError[] = [];
      collectPageErrors(plain, (error) => plainErrors.push(error));
      // networkidle: the browser's own late requests (favicon, manifest) and their errors have happened too.
      await plain.goto(url, { waitUntil: 'networkidle' });
      const expectedText = await visibleText(plain);
      await plain.close();

      await page.goto(url, { waitUntil: 'load' });
      await waitForScan(page, 45_000);
      const highlights = await page.locator('deal-lens-mark').count();
      console.log(`${path.basename(name)}: ${highlights} highlights`);
      test.info().annotations.push({ type: 'highlights', description: String(highlights) });

      expect(await visibleText(page)).toBe(expectedText);
      const known = new Set(plainErrors.map((e) => e.text));
      // The browser fetches a tab's favicon on its own schedule, sometimes after the baseline page has closed.
      const isFavicon = (e: CollectedError) => /favicon[^/]*\.ico/.test(e.url);
      expect(errors.of(page).filter((e) => !known.has(e.text) && !isFavicon(e))).toEqual([]);
      expect(errors.fromExtension()).toEqual([]);
      // The page's own iframes (videos, social widgets) reach the guard's proxy with no known initiator; what the
      // extension itself could send goes through its service worker or its pages, and is recognised as such.
      const fromOurContexts = externalRequests
        .fromExtension()
        .filter((r) => r.initiator === 'service-worker' || r.initiator === 'extension-page');
      expect(fromOurContexts).toEqual([]);
    });
  }
});
