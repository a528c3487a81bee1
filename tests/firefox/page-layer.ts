// How the Firefox suite sees Deal Lens's page layer through its public contract (lib/scan/contract.ts), as the
// Chrome helpers in ../e2e/page-layer.ts do with Playwright: an extension page open in a tab (`probe`) asks the
// content script which mentions are highlighted (`{ type: 'deal-lens:list-mentions' }` → offsets into
// `document.body.textContent`); nothing of it is readable by the page. The card is a frame of the extension's
// origin, found in the browser's frame list, opened by a real pointer hover over a mention's text.
import type { Frame, Page } from 'puppeteer-core';
import { vi } from 'vitest';
import {
  type LayerState,
  type MentionSpan,
  type PaintedHighlight,
  paintedHighlights,
  spansInPage,
} from '../e2e/page-spans';

export type { MentionSpan, PaintedHighlight };

/** Waits for `<html data-deal-lens="ready">`, set after each complete scan. */
export async function waitForScan(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('html[data-deal-lens="ready"]', { timeout });
}

/** Asks the content script of the top frame of the one tab showing `page`'s URL, from the extension page `probe`. */
export async function askContentScript<T>(page: Page, probe: Page, message: { type: string }): Promise<T> {
  return probe.evaluate(
    async (url, message) => {
      const ids = (await browser.tabs.query({})).filter((t) => t.url === url).map((t) => t.id);
      if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`${ids.length} tabs show ${url}`);
      return browser.tabs.sendMessage(ids[0], message, { frameId: 0 });
    },
    page.url(),
    message,
  ) as Promise<T>;
}

/** The contract: every highlighted mention of the page's top frame, in document order. */
export async function listMentions(page: Page, probe: Page): Promise<MentionSpan[]> {
  return (await askContentScript<{ mentions: MentionSpan[] }>(page, probe, { type: 'deal-lens:list-mentions' }))
    .mentions;
}

/** Every highlighted mention, in document order, with its text and first box (read from the page). */
export async function readHighlights(page: Page, probe: Page): Promise<PaintedHighlight[]> {
  const mentions = await listMentions(page, probe);
  const layer = await askContentScript<LayerState>(page, probe, { type: 'deal-lens:describe-layer' });
  return paintedHighlights(mentions, layer, await page.evaluate(spansInPage, mentions));
}

/**
 * Moves the real mouse onto the `nth` highlight whose text is `text`, scrolled into view first, as a reader would.
 * Returns that highlight's box.
 */
export async function hoverHighlight(
  page: Page,
  probe: Page,
  text: string,
  nth = 0,
): Promise<NonNullable<PaintedHighlight['box']>> {
  const before = (await readHighlights(page, probe)).filter((h) => h.text === text)[nth]?.box;
  if (!before) throw new Error(`no highlight "${text}" #${nth} on the page`);
  const viewport = await page.evaluate(() => innerHeight);
  if (before.y < 60 || before.y + before.height > viewport - 60) {
    await page.evaluate((dy) => window.scrollBy(0, dy), before.y - viewport / 3);
  }
  const box = (await readHighlights(page, probe)).filter((h) => h.text === text)[nth]?.box;
  if (!box) throw new Error(`highlight "${text}" #${nth} has no box`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  return box;
}

/**
 * The card frame (`<origin>card.html#…`, inside the page's closed host), once there is one. Found in Puppeteer's
 * frame list by asking each frame where it is: the frame is created at about:blank and then moves to the
 * extension's process, a navigation Puppeteer does not hear of, so its `frame.url()` stays "about:blank".
 */
export async function cardFrame(page: Page, origin: string): Promise<Frame> {
  const prefix = `${origin}card.html`;
  let found: Frame | undefined;
  await vi.waitFor(
    async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const href = await frame.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(prefix)) found = frame;
      }
      if (!found) throw new Error(`no ${prefix} frame in the page yet`);
    },
    { timeout: 10_000, interval: 100 },
  );
  return found as Frame;
}

/** The open card's text, once its `.dl-card` is ready. */
export async function openCardText(page: Page, origin: string): Promise<string> {
  const frame = await cardFrame(page, origin);
  const card = await frame.waitForSelector('.dl-card[data-status="ready"]', { timeout: 10_000 });
  return (await card?.evaluate((element) => element.textContent ?? '')) ?? '';
}
