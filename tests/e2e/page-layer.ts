// How end-to-end tests see Deal Lens's page layer, through its public contract only (lib/scan/contract.ts): the
// extension's own service worker asks the content script which mentions are highlighted
// (`{ type: 'deal-lens:list-mentions' }` → offsets into `document.body.textContent`); nothing of it is readable by
// the page. The card is a frame of the extension's origin found in the browser's frame list, and it opens on a
// real pointer hover over a mention's text.
import type { Frame, Locator, Page, Worker } from '@playwright/test';
import { extensionServiceWorker, tabIdOf } from '../support/extension-browser.mjs';
import { expect } from './fixtures';
import { type LayerState, type MentionSpan, type PaintedHighlight, paintedHighlights, spansInPage } from './page-spans';

export type { MentionSpan, PaintedHighlight };

const tabIds = new WeakMap<Page, number>();

/** Sends a message to the content script of a page's top frame from the extension's service worker. */
export async function askContentScript<T>(page: Page, message: { type: string }): Promise<T> {
  const context = page.context();
  const worker = await extensionServiceWorker(context);
  let tabId = tabIds.get(page);
  if (tabId === undefined) {
    tabId = await tabIdOf(context, page);
    tabIds.set(page, tabId);
  }
  return worker.evaluate(
    async ({ tabId, message }) => {
      type Tabs = { tabs: { sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown> } };
      return (globalThis as unknown as { chrome: Tabs }).chrome.tabs.sendMessage(tabId, message, { frameId: 0 });
    },
    { tabId, message },
  ) as Promise<T>;
}

/** The contract: every highlighted mention of the page's top frame, in document order. */
export async function listMentions(page: Page): Promise<MentionSpan[]> {
  const reply = await askContentScript<{ mentions: MentionSpan[] }>(page, { type: 'deal-lens:list-mentions' });
  return reply.mentions;
}

/** What the highlight layer drew in its last frame, and the active mention (the extension's own test hook). */
export function describeLayer(page: Page): Promise<LayerState> {
  return askContentScript(page, { type: 'deal-lens:describe-layer' });
}

/** Every highlighted mention, in document order, with its text and first box (read from the page). */
export async function readHighlights(page: Page): Promise<PaintedHighlight[]> {
  const [mentions, layer] = await Promise.all([listMentions(page), describeLayer(page)]);
  return paintedHighlights(mentions, layer, await page.evaluate(spansInPage, mentions));
}

/** The texts of the page's highlights, in document order. */
export async function highlightTexts(page: Page): Promise<string[]> {
  return (await readHighlights(page)).map((h) => h.text);
}

/**
 * Moves the real mouse onto the `nth` highlight whose text is `text` (scrolling it into view first), as a
 * reader would. Returns that highlight's box. With `alt`, Alt is held while the pointer arrives.
 */
export async function hoverHighlight(
  page: Page,
  text: string,
  nth = 0,
  { alt = false }: { alt?: boolean } = {},
): Promise<NonNullable<PaintedHighlight['box']>> {
  const before = (await readHighlights(page)).filter((h) => h.text === text)[nth]?.box;
  if (!before) throw new Error(`no highlight "${text}" #${nth} on the page`);
  const height = await page.evaluate(() => innerHeight);
  if (before.y < 60 || before.y + before.height > height - 60) {
    await page.evaluate((dy) => window.scrollBy(0, dy), before.y - height / 3);
  }
  const box = (await readHighlights(page)).filter((h) => h.text === text)[nth]?.box;
  if (!box) throw new Error(`highlight "${text}" #${nth} has no box`);
  if (alt) await page.keyboard.down('Alt');
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
