// How the Firefox suite sees Deal Lens's page layer through its public contract (lib/scan/contract.ts), as the
// Chrome helpers in ../e2e/page-layer.ts do with Playwright: highlights are ranges in `CSS.highlights` entries
// named `deal-lens…`, read from the page as any page script could; the card is a frame of the extension's origin,
// found in the browser's frame list, opened by a real pointer hover over a mention's text.
import type { Frame, Page } from 'puppeteer-core';
import { vi } from 'vitest';

/** One painted highlight: its registry entry, its exact text, and its first box (viewport coordinates). */
export interface PaintedHighlight {
  entry: string;
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** Waits for `<html data-deal-lens="ready">`, set after each complete scan. */
export async function waitForScan(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('html[data-deal-lens="ready"]', { timeout });
}

/** Every range of every `deal-lens…` entry of the page's highlight registry, in document order. */
export function readHighlights(page: Page): Promise<PaintedHighlight[]> {
  return page.evaluate(() => {
    const found: { entry: string; range: Range }[] = [];
    for (const [entry, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!entry.startsWith('deal-lens')) continue;
      for (const painted of highlight) {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        found.push({ entry, range });
      }
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ entry, range }) => {
      const rect = range.getClientRects()[0];
      return {
        entry,
        text: range.toString(),
        box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      };
    });
  });
}

/**
 * Moves the real mouse onto the `nth` highlight whose text is `text`, scrolled into view first, as a reader would.
 * Returns that highlight's box.
 */
export async function hoverHighlight(page: Page, text: string, nth = 0): Promise<NonNullable<PaintedHighlight['box']>> {
  const before = (await readHighlights(page)).filter((h) => h.text === text)[nth]?.box;
  if (!before) throw new Error(`no highlight "${text}" #${nth} on the page`);
  const viewport = await page.evaluate(() => innerHeight);
  if (before.y < 60 || before.y + before.height > viewport - 60) {
    await page.evaluate((dy) => window.scrollBy(0, dy), before.y - viewport / 3);
  }
  const box = (await readHighlights(page)).filter((h) => h.text === text)[nth]?.box;
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
