// What `npm run demo` does in the browser, one reader's gesture at a time, through the extension's public
// contracts only (see the developers' guide): the mentions a content script lists, the card frame in the page's
// frame list, the popup for a tab, the saved-article page's proposed deal.
import { extensionServiceWorker, tabIdOf } from '../support/extension-browser.mjs';

/** How long the page layer, the popup and the review page may take on a busy machine (ms). */
export const STEP_TIMEOUT_MS = Number(process.env.DEAL_LENS_SCAN_TIMEOUT_MS) || 20_000;
/** The card opens after a hover delay; a screenshot waits this long past "ready" so it is drawn (ms). */
const SETTLE_MS = 500;

/** A step of the demo that did not happen: which step, and why. */
export class DemoStepError extends Error {}

/**
 * Waits until Deal Lens has scanned the page (`<html data-deal-lens="ready">`).
 * @param {import('@playwright/test').Page} page
 */
export async function waitForScan(page) {
  await page
    .locator('html[data-deal-lens="ready"]')
    .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS })
    .catch(() => {
      throw new DemoStepError(`the scan of ${page.url()} never finished (no <html data-deal-lens="ready">)`);
    });
}

/**
 * The page's highlighted mentions, as the content script lists them to the extension, with their text and first
 * box in the viewport (null when not laid out).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<{ text: string, box: { x: number, y: number, width: number, height: number } | null }[]>}
 */
export async function highlights(context, page) {
  const worker = await extensionServiceWorker(context);
  const tabId = await tabIdOf(context, page);
  /** @type {{ mentions: { start: number, end: number }[] }} */
  const reply = await worker.evaluate(
    ({ tabId }) =>
      /** @type {any} */ (globalThis).chrome.tabs.sendMessage(
        tabId,
        { type: 'deal-lens:list-mentions' },
        { frameId: 0 },
      ),
    { tabId },
  );
  return page.evaluate((spans) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    /** @type {{ node: Text, at: number }[]} */
    const nodes = [];
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: /** @type {Text} */ (node), at });
      at += /** @type {Text} */ (node).data.length;
    }
    /** @param {number} offset */
    const locate = (offset) => {
      const entry = nodes.findLast((n) => n.at <= offset && offset <= n.at + n.node.data.length);
      return entry ? { node: entry.node, offset: offset - entry.at } : null;
    };
    return spans.map(({ start, end }) => {
      const from = locate(start);
      const to = locate(end);
      if (!from || !to) return { text: '', box: null };
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const rect = range.getClientRects()[0];
      return {
        text: range.toString(),
        box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      };
    });
  }, reply.mentions);
}

/**
 * Rests the real mouse on the first highlight whose text is `text` (or the first one in the article's opening
 * lines when no text is given), scrolled to a third of the window, and waits for its card to be shown.
 * Returns the hovered text.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 * @param {string} extensionId
 * @param {string} [text]
 */
export async function hoverForCard(context, page, extensionId, text) {
  const pick = async () => {
    const all = (await highlights(context, page)).filter((h) => h.box && h.box.width > 0);
    return text ? all.find((h) => h.text === text) : (all.find((h) => h.box && h.box.y > 250) ?? all[0]);
  };
  const first = await pick();
  if (!first?.box) throw new DemoStepError(`no highlight ${text ? `“${text}” ` : ''}on ${page.url()}`);
  const height = await page.evaluate(() => innerHeight);
  if (first.box.y < 120 || first.box.y > height - 200) {
    await page.evaluate((dy) => window.scrollBy(0, dy), first.box.y - height / 3);
  }
  const target = (await pick()) ?? first;
  const box = target.box ?? first.box;
  await page.mouse.move(0, 0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  const origin = `chrome-extension://${extensionId}/card.html`;
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(origin));
    if (frame) {
      const ready = await frame
        .locator('.dl-card[data-status="ready"]')
        .waitFor({ timeout: Math.max(1, deadline - Date.now()) })
        .then(
          () => true,
          () => false,
        );
      const shown =
        ready && (await (await frame.frameElement()).evaluate((el) => getComputedStyle(el).visibility === 'visible'));
      if (shown) break;
    }
    if (Date.now() > deadline) throw new DemoStepError(`no card opened over “${target.text}” on ${page.url()}`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(SETTLE_MS);
  return target.text;
}

/** The card frame of the page, once shown. @param {import('@playwright/test').Page} page @param {string} extensionId */
export function cardFrame(page, extensionId) {
  return page.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/card.html`));
}

/**
 * Opens the popup for a page's tab in a 380×600 tab of its own, as tests do (`popup.html?tab=ID`).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 * @param {string} extensionId
 */
export async function openPopup(context, page, extensionId) {
  const tabId = await tabIdOf(context, page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await popup.locator('main.dl-popup:not([data-status="loading"])').waitFor({ timeout: STEP_TIMEOUT_MS });
  return popup;
}

/**
 * Saves the page from its popup, as a reader does, and opens the saved-article page where its proposals are
 * reviewed. Returns the popup (showing what was saved) and the review page.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 * @param {string} extensionId
 */
export async function saveFromPopup(context, page, extensionId) {
  const popup = await openPopup(context, page, extensionId);
  await popup.getByRole('button', { name: /^(Save this article|Save again)/ }).click();
  const said = popup.locator('.dl-save-result, .dl-save-error');
  await said.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new DemoStepError(`saving ${page.url()} gave no answer in the popup`);
  });
  if (await popup.locator('.dl-save-error').count()) {
    throw new DemoStepError(`saving ${page.url()} was refused: ${await said.textContent()}`);
  }
  const [review] = await Promise.all([
    context.waitForEvent('page', { timeout: STEP_TIMEOUT_MS }),
    popup.getByRole('button', { name: 'Review the article' }).click(),
  ]);
  await review.waitForLoadState('load');
  return { popup, review, said: (await said.textContent()) ?? '' };
}

/**
 * On the saved-article page: waits for the proposed deal, shows it, and returns it.
 * @param {import('@playwright/test').Page} review
 */
export async function proposedDeal(review) {
  const proposal = review.locator('[data-candidate-deal]').first();
  await proposal.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new DemoStepError(`the saved article ${review.url()} proposed no deal`);
  });
  await proposal.scrollIntoViewIfNeeded();
  return proposal;
}

/**
 * Files the proposed deal with its first button (creates it, or files the article under the deal it names) and
 * returns what the page said.
 * @param {import('@playwright/test').Page} review
 * @param {import('@playwright/test').Locator} proposal
 */
export async function fileProposal(review, proposal) {
  await proposal.getByRole('button').first().click();
  const status = review
    .getByRole('status')
    .filter({ hasText: /Created|filed|added|attached/i })
    .first();
  await status.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new DemoStepError(`filing the proposed deal on ${review.url()} gave no answer`);
  });
  await status.scrollIntoViewIfNeeded();
  return (await status.textContent()) ?? '';
}
