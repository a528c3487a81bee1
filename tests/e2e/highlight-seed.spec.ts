// Issue 3: each seed article rendered as a news page has every mention of every seed entity highlighted with
// the right id, and nothing else. The expected highlights are a reviewed golden file; regenerate it with
// UPDATE_GOLDEN=1 npx playwright test highlight-seed, then review the diff by eye before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, waitForScan } from './fixtures';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'expected', 'seed-highlights.json');
type Golden = Record<string, [entityId: string, text: string][]>;

test('every seed article page: exactly the expected highlights, text unchanged', async ({
  page,
  server,
  errors,
  externalRequests,
}) => {
  const found: Golden = {};
  for (const { slug, article } of server.demoPages) {
    await page.goto(server.demoUrl(slug));
    await waitForScan(page);
    found[slug] = await page
      .locator('deal-lens-mark')
      .evaluateAll((marks) =>
        marks.map((m) => [m.getAttribute('data-entity') ?? '', m.textContent ?? ''] as [string, string]),
      );
    // The page's text is character for character what the seed file says.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
    const text = await page.locator('article').innerText();
    for (const line of article.paragraphs) expect(text).toContain(line);
    // Highlights never split the page's own elements: every mark's parent is an element of the page.
    expect(await page.locator('deal-lens-mark deal-lens-mark').count()).toBe(0);
  }
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(found, null, 1)}\n`);
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden;
  expect(found).toEqual(golden);
  errors.expectNone();
  externalRequests.expectNone();
});
