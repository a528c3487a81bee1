/**
 * The public contract of the page scan, which end-to-end tests and other tools rely on. Keep it stable.
 * - every highlight is `<deal-lens-mark data-entity="ENTITY_ID">…</deal-lens-mark>`;
 * - `<html data-deal-lens="ready">` after each complete scan ("scanning" while one runs, "off" when disabled).
 */
export const MARK_TAG = 'deal-lens-mark';
export const CARD_HOST_TAG = 'deal-lens-card';
export const ENTITY_ATTRIBUTE = 'data-entity';
export const STATE_ATTRIBUTE = 'data-deal-lens';
export type ScanState = 'scanning' | 'ready' | 'off';
