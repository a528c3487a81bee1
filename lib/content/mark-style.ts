import { MARK_TAG } from '@/lib/scan/contract';

const STYLE_ID = 'deal-lens-mark-style';
/** On <html>: the reader's highlight style ("underline", the default, or "background"). */
export const STYLE_ATTRIBUTE = 'data-deal-lens-style';

/**
 * The highlight's look. `!important` and a selector more specific than the usual page resets keep page CSS
 * from changing it; nothing here changes box sizes, so highlighting never shifts the layout. The tint is
 * translucent so it reads on light and dark pages alike.
 */
const CSS = `
html ${MARK_TAG}[data-entity] {
  display: inline !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  font: inherit !important;
  color: inherit !important;
  letter-spacing: inherit !important;
  background-color: rgba(255, 190, 40, 0.22) !important;
  text-decoration: underline dotted rgba(214, 140, 0, 0.95) !important;
  text-decoration-thickness: 1.5px !important;
  text-underline-offset: 2px !important;
  border-radius: 2px !important;
  cursor: help !important;
}
html[data-deal-lens-style="background"] ${MARK_TAG}[data-entity] {
  background-color: rgba(255, 190, 40, 0.45) !important;
  text-decoration: none !important;
}
html ${MARK_TAG}[data-entity]:hover,
html ${MARK_TAG}[data-entity]:focus-visible {
  background-color: rgba(255, 190, 40, 0.4) !important;
  outline: 2px solid rgba(214, 140, 0, 0.95) !important;
  outline-offset: 1px !important;
}
`;

/** Adds the highlight stylesheet once. */
export function installMarkStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export function removeMarkStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
