/**
 * Where a selection in the saved text lies in the article's text: each paragraph of `MentionText` carries
 * `data-offset` (its start in the text) and holds exactly its slice of the text, so a DOM position maps to
 * the paragraph's offset plus the characters before it inside the paragraph. Undefined when either end is
 * outside the text (a selection that spills into the review panel is not an article's stretch).
 */
export function selectionOffsets(range: Range, root: Element): { start: number; end: number } | undefined {
  const start = offsetOf(range.startContainer, range.startOffset, root);
  const end = offsetOf(range.endContainer, range.endOffset, root);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

function offsetOf(node: Node, offset: number, root: Element): number | undefined {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest('[data-offset]');
  if (!paragraph || !root.contains(paragraph)) return undefined;
  const base = Number(paragraph.getAttribute('data-offset'));
  if (!Number.isFinite(base)) return undefined;
  // The characters of the paragraph before the position: a range from its start to there says how many.
  const before = paragraph.ownerDocument.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return base + before.toString().length;
}
