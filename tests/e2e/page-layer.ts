// How end-to-end tests see Deal Lens's page layer, through its public contract only (lib/scan/contract.ts):
// highlights are ranges in `CSS.highlights` entries named `deal-lens…` (read from the page, as any page script
// could), the card is a frame of the extension's origin found in the browser's frame list, and it opens on a
// real pointer hover over a mention's text.
import type { Frame, Locator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** One painted highlight: its registry entry, its exact text, and its first box (viewport coordinates). */
export interface PaintedHighlight {
  entry: string;
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** Every range of every `deal-lens…` entry of the page's highlight registry, in document order. */
export function readHighlights(page: Page | Frame): Promise<PaintedHighlight[]> {
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

/** The texts of the page's highlights, in document order. */
export async function highlightTexts(page: Page): Promise<string[]> {
  return (await readHighlights(page)).map((h) => h.text);
}

/**
 * Moves the real mouse onto the `nth` highlight whose text is `text` (scrolling it into view first), as a
 * reader would. Returns that highlight's box.
 */
export async function hoverHighlight(page: Page, text: string, nth = 0): Promise<NonNullable<PaintedHighlight['box']>> {
  await page.evaluate(
    ({ text, nth }) => {
      const matches: Range[] = [];
      for (const [entry, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
        if (!entry.startsWith('deal-lens')) continue;
        for (const painted of highlight) {
          const range = document.createRange();
          range.setStart(painted.startContainer, painted.startOffset);
          range.setEnd(painted.endContainer, painted.endOffset);
          if (range.toString() === text) matches.push(range);
        }
      }
      matches.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const rect = matches[nth]?.getBoundingClientRect();
      if (rect && (rect.top < 60 || rect.bottom > innerHeight - 60)) window.scrollBy(0, rect.top - innerHeight / 3);
    },
    { text, nth },
  );
  const box = (await readHighlights(page)).filter((h) => h.text === text)[nth]?.box;
  if (!box) throw new Error(`no highlight "${text}" #${nth} on the page`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  return box;
}

/** The card frame (an extension page inside the web page), once there is one. */
export async function cardFrame(page: Page, extensionId: string): Promise<Frame> {
  const origin = `chrome-extension://${extensionId}/card.html`;
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith(origin)), { message: 'a card frame' })
    .toBe(true);
  return page.frames().find((f) => f.url().startsWith(origin)) as Frame;
}

/**
 * The open card's dialog, inside the card frame, once the frame is shown. (The card of a hovered mention is
 * rendered hidden while the hover delay runs; it is open when its frame becomes visible.)
 */
export async function openCard(page: Page, extensionId: string): Promise<Locator> {
  const frame = await cardFrame(page, extensionId);
  const card = frame.locator('.dl-card');
  await expect(card).toHaveAttribute('data-status', 'ready');
  const element = await frame.frameElement();
  await expect
    .poll(() => element.evaluate((el) => getComputedStyle(el as Element).visibility), { message: 'the card shown' })
    .toBe('visible');
  return card;
}

/** Whether a card frame is in the page at all. */
export function hasCardFrame(page: Page, extensionId: string): boolean {
  return page.frames().some((f) => f.url().startsWith(`chrome-extension://${extensionId}/card.html`));
}

/** Where the card frame sits in the page (viewport coordinates), or null when hidden. */
export async function cardFrameBox(page: Page, extensionId: string) {
  const frame = await cardFrame(page, extensionId);
  return (await frame.frameElement()).boundingBox();
}

/** Entity id → highlight count, as the content script reported it to the background for the popup. */
export async function reportedCounts(serviceWorker: Worker, tabId: number): Promise<Record<string, number>> {
  return serviceWorker.evaluate(async (tabId) => {
    const key = `tab-state-${tabId}`;
    type Session = { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    const stored = await (globalThis as unknown as { chrome: Session }).chrome.storage.session.get(key);
    return (stored[key] as { entityCounts?: Record<string, number> } | undefined)?.entityCounts ?? {};
  }, tabId);
}

/** Waits for a tab state report that lists exactly these counts (the scan is done and reported). */
export async function expectReportedCounts(serviceWorker: Worker, tabId: number, counts: Record<string, number>) {
  await expect.poll(() => reportedCounts(serviceWorker, tabId)).toEqual(counts);
}
