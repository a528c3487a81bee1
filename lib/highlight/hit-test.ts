import type { Mention } from './mention';
import type { MentionIndex } from './mention-index';

/** A caret position: the text node under a point and the offset nearest to it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The caret position at a viewport point, with whichever of the two APIs the browser has. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Chrome before 128 has only the older, non-standard one.
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The boxes a mention's text occupies now (viewport coordinates). */
export function mentionRects(doc: Document, mention: Mention): DOMRect[] {
  if (!mention.node.isConnected || mention.end > mention.node.length) return [];
  const range = doc.createRange();
  range.setStart(mention.node, mention.start);
  range.setEnd(mention.node, mention.end);
  return [...range.getClientRects()];
}

/** Whether a point lies in one of the boxes (with a pixel of slack for rounding at the edges). */
export function pointInRects(rects: readonly DOMRectReadOnly[], x: number, y: number): boolean {
  return rects.some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
}

/**
 * The mention under a viewport point, if any. There is no element to hover: the caret position under the point
 * names a text node and an offset, the index says which mention covers it, and the mention's own boxes confirm
 * the point is on its text (the caret is also found beside a line's end).
 */
export function mentionAtPoint(doc: Document, index: MentionIndex, x: number, y: number): Mention | undefined {
  if (index.size === 0) return undefined;
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  return index.at(caret.node, caret.offset).find((mention) => pointInRects(mentionRects(doc, mention), x, y));
}
