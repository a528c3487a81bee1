/** A span in `document.body.textContent`: start and end (exclusive) offsets into it. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where spans of text nodes fall in the concatenated data of every Text node under `body`, in tree order (what
 * `body.textContent` returns), sorted. A span whose node is not under `body` (or no longer holds it) is left out.
 * One walk over the body's text, however many spans.
 */
export function bodyTextSpans(
  body: HTMLElement | null,
  spans: readonly { node: Text; start: number; end: number }[],
): TextSpan[] {
  if (!body || spans.length === 0) return [];
  const wanted = new Set(spans.map((s) => s.node));
  const base = new Map<Text, number>();
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (wanted.has(node)) base.set(node, offset);
    offset += node.data.length;
  }
  const found: TextSpan[] = [];
  for (const { node, start, end } of spans) {
    const at = base.get(node);
    if (at !== undefined && end <= node.data.length) found.push({ start: at + start, end: at + end });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
