/**
 * The public contract of the page layer, which end-to-end tests and other tools rely on. Keep it stable.
 * - each highlighted mention is one range, covering exactly its text, in a `CSS.highlights` entry whose name
 *   starts with `deal-lens` (see HIGHLIGHT_NAMES in lib/highlight/highlight-painter.ts); entries carry no
 *   entity id, and nothing is added to the page's own nodes;
 * - `<html data-deal-lens="ready">` after each complete scan ("scanning" while one runs, "off" when disabled):
 *   the only mark Deal Lens leaves on the page;
 * - the card is a frame of the extension's own origin (card.html), in a host element of its own while open.
 */
export const STATE_ATTRIBUTE = 'data-deal-lens';
export const HIGHLIGHT_PREFIX = 'deal-lens';
export type ScanState = 'scanning' | 'ready' | 'off';
