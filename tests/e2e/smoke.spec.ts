// Smoke tests: the built extension loads in Chromium, its pages open cleanly, and it sends nothing anywhere.
// The `harness` group checks the test machinery itself (network guard, tab ids, local server), so that a
// green run of the other suites means something.
import { CORPUS_SKIP_REASON, corpusDir } from './corpus-availability';
import { expect, test, waitForScan } from './fixtures';

test('the extension loads and its service worker runs', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBeTruthy();
});

test('the popup opens with no error', async ({ page, server, openPopup, tabIdOf, errors, externalRequests }) => {
  await page.goto(server.demoUrl(server.demoPages[0]?.slug));
  const popup = await openPopup(await tabIdOf(page));
  // Drawn at once, then loaded: every store read and message the popup makes on opening has answered.
  await expect(popup.locator('main.dl-popup')).toBeVisible();
  await expect(popup.locator('main.dl-popup')).not.toHaveAttribute('data-status', 'loading');
  await expect(popup.locator('[data-deal]').first()).toBeVisible();
  errors.expectNone();
  externalRequests.expectNone();
});

test('reading a demo article makes no external request', async ({ page, server, errors, externalRequests }) => {
  for (const { slug } of server.demoPages) {
    await page.goto(server.demoUrl(slug));
    await expect(page.locator('article h1')).toBeVisible();
    // The scan is over: whatever it would have asked for, it has asked.
    await waitForScan(page);
  }
  externalRequests.expectNone();
  errors.expectNone();
});

test.describe('harness', () => {
  test('blocks and records a fetch from the service worker', async ({ serviceWorker, externalRequests }) => {
    const outcome = await serviceWorker.evaluate(() =>
      fetch('https://example.com/deal-lens-probe').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(externalRequests.fromExtension().map((r) => [r.url, r.initiator])).toEqual([
      ['https://example.com/deal-lens-probe', 'service-worker'],
    ]);
  });

  test('what bypasses the route ends at the black-hole proxy', async ({ context, serviceWorker, externalRequests }) => {
    await context.unrouteAll();
    const outcome = await serviceWorker.evaluate(() =>
      fetch('https://example.com/deal-lens-unrouted').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(externalRequests.fromExtension()).toContainEqual(
      expect.objectContaining({ url: 'https://example.com:443/', initiator: 'network' }),
    );
  });

  test('blocks and records a page request', async ({ page, server, externalRequests }) => {
    const url = server.setPage('/crafted/remote-image.html', '<!doctype html><img src="https://example.org/x.png">');
    await page.goto(url);
    await expect.poll(() => externalRequests.all.map((r) => r.url)).toContain('https://example.org/x.png');
    expect(externalRequests.fromExtension()).toEqual([]);
  });

  test('tells tabs apart', async ({ context, server, tabIdOf, serviceWorker }) => {
    const [first, second] = server.demoPages;
    test.skip(!first || !second, 'needs two seed articles');
    const a = await context.newPage();
    await a.goto(server.demoUrl(first?.slug));
    const b = await context.newPage();
    await b.goto(server.demoUrl(second?.slug));
    const [idA, idB] = [await tabIdOf(a), await tabIdOf(b)];
    expect(idA).not.toBe(idB);
    const exists = await serviceWorker.evaluate(
      async (ids) => (await Promise.all(ids.map((id) => chrome.tabs.get(id)))).length,
      [idA, idB],
    );
    expect(exists).toBe(2);
  });

  test('demo pages hold every seed line verbatim', async ({ page, server }) => {
    for (const { slug, article } of server.demoPages) {
      await page.goto(server.demoUrl(slug));
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (pre-wrap keeps spaces).
      const text = await page.locator('article').innerText();
      for (const line of article.paragraphs) expect(text).toContain(line);
    }
  });

  test('the server refuses to leave its roots', async ({ server }) => {
    for (const path of ['/demo/..%2f..%2fetc%2fpasswd', '/demo/%2e%2e/%2e%2e/etc/passwd']) {
      const response = await fetch(`${server.url}${path}`);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).not.toContain('root:');
    }
  });

  test('corpus pages are decoded as UTF-8 whatever their meta says', async ({ page, server }) => {
    test.skip(!corpusDir(), CORPUS_SKIP_REASON);
    await page.goto(server.corpusUrl('qq'));
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
  });
});

// The smallest slice of the extension API these tests touch; the worker has the real `chrome`.
declare const chrome: {
  runtime: { getManifest(): { manifest_version: number; name: string } };
  tabs: { get(id: number): Promise<{ id?: number }> };
};
