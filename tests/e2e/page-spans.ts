// Shared by the Chromium and Firefox suites: mention offsets (the contract's) turned into what a reader sees.

/** A highlighted mention: offsets into `document.body.textContent` (end exclusive). */
export interface MentionSpan {
  start: number;
  end: number;
}
type Span = MentionSpan;

/** What the content script says of its highlight layer (`deal-lens:describe-layer`, the extension's own hook). */
export interface LayerState {
  drawn: MentionSpan[];
  active: MentionSpan | null;
  style: 'underline' | 'background';
}

/** One highlighted mention: its text, how it is painted, whether the layer drew it, and its first box. */
export interface PaintedHighlight extends MentionSpan {
  text: string;
  /** The reader's style, or `active`: the mention the reader is on (hovered, keyboard-focused, card open). */
  kind: 'underline' | 'background' | 'active';
  /** Whether the highlight layer drew a box for it in its last frame (mentions near the viewport only). */
  drawn: boolean;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** The listed mentions, with what the layer says of them and what the page shows of them (spansInPage). */
export function paintedHighlights(
  mentions: MentionSpan[],
  layer: LayerState,
  seen: ReturnType<typeof spansInPage>,
): PaintedHighlight[] {
  const drawn = new Set(layer.drawn.map((m) => `${m.start}:${m.end}`));
  return mentions.map((m, i) => ({
    ...m,
    text: seen[i]?.text ?? '',
    box: seen[i]?.box ?? null,
    kind: layer.active?.start === m.start && layer.active.end === m.end ? 'active' : layer.style,
    drawn: drawn.has(`${m.start}:${m.end}`),
  }));
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
