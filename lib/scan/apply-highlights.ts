import { ENTITY_ATTRIBUTE, MARK_TAG } from './contract';
import type { HighlightRange } from './highlight-plan';

/** What wrapping one text node changed, so it can be undone exactly. */
export interface WrappedTextNode {
  /** The page's own text node: it keeps the text before the first highlight, and gets its full text back on undo. */
  original: Text;
  originalText: string;
  /** Every node the wrap inserted after it (marks and the text pieces between them). */
  inserted: Node[];
}

/**
 * Wraps the given ranges of one text node in `<deal-lens-mark>` elements, in place: the node is split at the
 * range boundaries only, so no element of the page is ever split and the page's text stays character for
 * character the same. Returns what it changed, or null if the node changed since it was read.
 */
export function wrapRanges(
  node: Text,
  expectedText: string,
  ranges: readonly HighlightRange[],
): WrappedTextNode | null {
  if (ranges.length === 0 || node.data !== expectedText || !node.parentNode) return null;
  const doc = node.ownerDocument;
  const parent = node.parentNode;
  const fragment = doc.createDocumentFragment();
  const inserted: Node[] = [];
  ranges.forEach((range, i) => {
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(ENTITY_ATTRIBUTE, range.entityId);
    mark.tabIndex = 0;
    mark.textContent = expectedText.slice(range.start, range.end);
    fragment.append(mark);
    inserted.push(mark);
    const nextStart = ranges[i + 1]?.start ?? expectedText.length;
    if (nextStart > range.end) {
      const between = doc.createTextNode(expectedText.slice(range.end, nextStart));
      fragment.append(between);
      inserted.push(between);
    }
  });
  // One insertion and one text change per node keeps layout work to a single pass.
  parent.insertBefore(fragment, node.nextSibling);
  node.data = expectedText.slice(0, ranges[0]?.start ?? 0);
  return { original: node, originalText: expectedText, inserted };
}

/** Puts a wrapped text node back exactly as it was: its own node object, its full text, nothing of ours left. */
export function unwrap(wrapped: WrappedTextNode): void {
  for (const node of wrapped.inserted) node.parentNode?.removeChild(node);
  wrapped.original.data = wrapped.originalText;
}
