/**
 * The public contract of the page layer, which end-to-end tests and other tools rely on. Keep it stable.
 * - from the extension's service worker or any of its pages, `tabs.sendMessage(tabId, { type:
 *   'deal-lens:list-mentions' }, { frameId: 0 })` answers `{ mentions: [{ start, end }] }` for every highlighted
 *   mention of that frame, in offsets into `document.body.textContent`, end exclusive (lib/content/mention-listing.ts);
 *   only the extension itself may ask, and nothing readable by the page carries a mention;
 * - `<html data-deal-lens="ready">` after each complete scan ("scanning" while one runs, "off" when disabled);
 * - one host element of ours at the document's end while highlighting runs, the same on every page (a random
 *   name, no box, a closed shadow root: lib/content/page-host.ts), holding the highlights and, while open, the card:
 *   a frame of the extension's own origin (card.html).
 */
export const STATE_ATTRIBUTE = 'data-deal-lens';
export type ScanState = 'scanning' | 'ready' | 'off';
