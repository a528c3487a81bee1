export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Gap between the highlight and its card, and between the card and the viewport's edges (px). */
const GAP = 6;
const MARGIN = 8;

/**
 * Where to put a card of `card` size for a highlight at `anchor` (viewport coordinates), so that it fits in the
 * viewport and never covers the highlighted text: below the text when there is room, else above, else on the
 * side with more room, with its height capped to that room (the card scrolls inside).
 */
export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; maxHeight: number } {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - width));
  if (card.height <= below || below >= above) {
    return { top: anchor.top + anchor.height + GAP, left, maxHeight: Math.max(0, below) };
  }
  const height = Math.min(card.height, above);
  return { top: anchor.top - GAP - height, left, maxHeight: Math.max(0, above) };
}
