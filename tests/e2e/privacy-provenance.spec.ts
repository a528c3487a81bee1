// Issue 22: a page on one site gives itself another site's canonical address (and copies its text) to be filed
// as, and overwrite, the article the reader saved from there. Same site is HTML's (scheme + registrable domain,
// or the whole host for IP addresses and localhost): 127.0.0.1 and localhost are two sites.
import type { Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { readStoreTable } from './store-reads';

const story = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Huawei opens a training centre in Lima</title>${head}</head><body><main><article>
<h1>Huawei opens a training centre in Lima</h1>
<p>Huawei opened a training centre in Lima on Monday, where the company says it will train 5,000 technicians by 2027.</p>
<p>The Government of Peru welcomed the investment, which it values at 40 million dollars over five years.</p>
<p>Officials said the centre would also host courses on cloud computing and artificial intelligence for students.</p>
</article></main></body></html>`;

/** Every saved article, from the extension's own origin. */
async function savedArticles(page: Page) {
  const all = await readStoreTable<{ id: string; url?: string; canonicalUrl?: string; title: string }>(
    page,
    'articles',
  );
  return all.filter((a) => a.url).map(({ id, url, canonicalUrl, title }) => ({ id, url, canonicalUrl, title }));
}

test('a page that claims another site’s canonical address is saved as its own article, never over it', async ({
  page,
  server,
  openPopup,
  tabIdOf,
}) => {
  const save = async (url: string) => {
    await page.goto(url);
    await waitForScan(page);
    const popup = await openPopup(await tabIdOf(page));
    await popup.getByRole('button', { name: /Save this article|Save again/ }).click();
    await expect(popup.getByRole('status')).toContainText('Huawei opens a training centre in Lima');
    return popup;
  };
  const original = server.setPage('/crafted/original/story.html', story(''));
  const first = await save(original);
  const before = await savedArticles(first);
  expect(before).toEqual([expect.objectContaining({ url: original })]);
  await first.close();

  // Another site (localhost is not 127.0.0.1), the same title and text, and the original's address as its own.
  const forged = server
    .setPage(
      '/crafted/forged/story.html',
      story(`<link rel="canonical" href="${original}"><meta property="og:url" content="${original}">`),
    )
    .replace('127.0.0.1', 'localhost');
  const second = await save(forged);
  const after = await savedArticles(second);
  expect(after).toHaveLength(2);
  expect(after).toContainEqual(before[0]);
  const copy = after.find((a) => a.id !== before[0]?.id);
  expect(copy).toMatchObject({ url: forged });
  expect(copy?.canonicalUrl).toBeUndefined();
});
