// Shared by the Chromium and Firefox suites: mention offsets (the contract's) turned into what a reader sees.

/** A span of `document.body.textContent`. */
interface Span {
  start: number;
  end: number;
}

/** In the page: the text and first client rect of spans of `document.body.textContent`. */
export function spansInPage(spans: Span[]) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; at: number }[] = [];
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, at });
    at += node.data.length;
  }
  const locate = (offset: number, end: boolean) => {
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const entry = nodes[middle] as { node: Text; at: number };
      if (entry.at < offset || (!end && entry.at === offset)) low = middle;
      else high = middle - 1;
    }
    const entry = nodes[low] as { node: Text; at: number };
    return { node: entry.node, offset: offset - entry.at };
  };
  return spans.map(({ start, end }) => {
    const from = locate(start, false);
    const to = locate(end, true);
    const range = document.createRange();
    range.setStart(from.node, Math.min(from.offset, from.node.length));
    range.setEnd(to.node, Math.min(to.offset, to.node.length));
    const rect = range.getClientRects()[0];
    return {
      text: range.toString(),
      box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
    };
  });
}
