/** A piece of one text node's data that goes to the matcher: `text` is `data.slice(offset, offset + text.length)`. */
export interface TextSegment<N = Text> {
  node: N;
  offset: number;
  text: string;
}

/** How far back from a cut the splitter looks for the end of a sentence before settling for any space. */
const SENTENCE_LOOKBACK = 2_000;

/**
 * Where to cut a text longer than `max` so every piece is at most `max` characters: after the last sentence end
 * (". ", "! ", "? ", a line break) in the last 2,000 characters before the limit, else after the last space, else
 * (one unbroken run of letters) at the limit itself. A mention would be cut only where a sentence is longer than
 * 2,000 characters and the cut falls inside it. Returns the start offset of each piece (the first is 0).
 */
export function pieceStarts(text: string, max: number): number[] {
  if (max < 1) throw new RangeError('max must be at least 1');
  const starts = [0];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = -1;
    for (let i = limit; i > Math.max(start, limit - SENTENCE_LOOKBACK); i--) {
      const before = text[i - 1];
      if (before === '\n' || (/\s/.test(before ?? '') && /[.!?…]/.test(text[i - 2] ?? ''))) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      for (let i = limit; i > start; i--) {
        if (/\s/.test(text[i - 1] ?? '')) {
          cut = i;
          break;
        }
      }
    }
    if (cut <= start) cut = limit;
    starts.push(cut);
    start = cut;
  }
  return starts;
}

/** Every node's text as segments of at most `max` characters each (most nodes give one segment). */
export function toSegments<N extends { data: string }>(nodes: readonly N[], max: number): TextSegment<N>[] {
  const segments: TextSegment<N>[] = [];
  for (const node of nodes) {
    const data = node.data;
    if (data.length <= max) {
      segments.push({ node, offset: 0, text: data });
      continue;
    }
    const starts = pieceStarts(data, max);
    starts.forEach((offset, i) => {
      segments.push({ node, offset, text: data.slice(offset, starts[i + 1] ?? data.length) });
    });
  }
  return segments;
}

/**
 * Groups segments into batches of at most `maxChars` characters and `maxSegments` segments, in order (a
 * segment is never split here: make them at most `maxChars` long first with `toSegments`).
 */
export function toBatches<S extends { text: string }>(
  segments: readonly S[],
  maxChars: number,
  maxSegments: number,
): S[][] {
  const batches: S[][] = [];
  let current: S[] = [];
  let chars = 0;
  for (const segment of segments) {
    if (current.length > 0 && (chars + segment.text.length > maxChars || current.length >= maxSegments)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(segment);
    chars += segment.text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
