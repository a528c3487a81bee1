// Each seed article rendered as a news page has every mention of every seed entity highlighted, and nothing
// else: the exact texts of the painted ranges in document order, and how many mentions of each entity the
// content script reported (entity ids never appear in the page). The expectation is a reviewed golden file;
// regenerate it with UPDATE_GOLDEN=1 npx playwright test highlight-seed, then review the diff by eye.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, waitForScan } from './fixtures';
import { highlightTexts, reportedCounts } from './page-layer';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'expected', 'seed-highlights.json');
type Golden = Record<string, { texts: string[]; counts: Record<string, number> }>;

test('every seed article page: exactly the expected highlights, page unchanged', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
  errors,
  externalRequests,
}) => {
  const found: Golden = {};
  for (const { slug, article, html } of server.demoPages) {
    await page.goto(server.demoUrl(slug));
    await waitForScan(page);
    const tabId = await tabIdOf(page);
    // The report follows the scan; wait until it names this page.
    await expect.poll(async () => Object.keys(await reportedCounts(serviceWorker, tabId)).length).toBeGreaterThan(0);
    found[slug] = {
      texts: await highlightTexts(page),
      counts: Object.fromEntries(Object.entries(await reportedCounts(serviceWorker, tabId)).sort()),
    };
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
    const text = await page.locator('article').innerText();
    for (const line of article.paragraphs) expect(text).toContain(line);
    // Nothing added to the page's own nodes: its body is the served markup, parsed.
    const served = await page.evaluate(
      (source) => new DOMParser().parseFromString(source, 'text/html').body.innerHTML,
      html,
    );
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(served);
  }
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(GOLDEN, `${JSON.stringify(found, null, 1)}\n`);
    console.log(`highlight-seed: wrote ${GOLDEN}; review the diff before committing`);
  }
  // In update mode too: what is on disk must be what the pages show.
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden;
  expect(found).toEqual(golden);
  errors.expectNone();
  externalRequests.expectNone();
});
