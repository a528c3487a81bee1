import type { Mention } from './mention';

/**
 * Painting only the mentions near the viewport, on pages with very many.
 *
 * Why: Chromium rebuilds the markers of every registered highlight range in each frame after the DOM, the style or
 * any highlight changed (HighlightRegistry::ValidateHighlightMarkers, in the compositing-inputs phase). With tens
 * of thousands of ranges (the benchmark's 5 MB page has about 24,000 mentions), every such frame, ours or one the
 * page causes, takes hundreds of milliseconds. With at most a few thousand painted, it stays well under 50 ms.
 * The mention index still holds every mention: counts, the popup and keyboard navigation see them all.
 */

/** Mentions in document order, as the mention index keeps them. */
export interface OrderedMentions {
  readonly size: number;
  nth(index: number): Mention | undefined;
}

/** Where the reader is looking. */
export interface PaintViewport {
  /** The mention's vertical extent in viewport coordinates, or undefined when it has no box (detached, not shown). */
  extentOf(mention: Mention): { top: number; bottom: number } | undefined;
  height(): number;
  /** Calls `onMove` after the reader scrolls or resizes, at most once per frame; returns the function that stops it. */
  watch(onMove: () => void): () => void;
}

/**
 * The position (in document order) of the first mention that is not above the viewport: a binary search, so about
 * 15 box reads for 24,000 mentions. Document order follows the page's vertical order closely enough on articles;
 * a mention placed out of order (a fixed header, a floated aside) may be left unpainted while the reader is far
 * from its place in the document.
 */
export function firstNotAbove(mentions: OrderedMentions, extentOf: PaintViewport['extentOf']): number {
  let low = 0;
  let high = mentions.size;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const mention = mentions.nth(middle);
    const extent = mention ? extentOf(mention) : undefined;
    // No box (not rendered): treated as above, which keeps the search moving; such a mention paints nothing anyway.
    if (!extent || extent.bottom < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The slice [start, end) of at most `limit` positions out of `size` around `anchor`: a quarter before it. */
export function windowAround(size: number, anchor: number, limit: number): [number, number] {
  if (size <= limit) return [0, size];
  const start = Math.max(0, Math.min(anchor - Math.floor(limit / 4), size - limit));
  return [start, start + limit];
}

/** The browser's viewport: client rects, the window's height, and trusted scroll and resize events (any scroller). */
export function browserViewport(doc: Document): PaintViewport {
  return {
    extentOf: ({ node, start, end }) => {
      if (!node.isConnected || end > node.length) return undefined;
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const rect = range.getBoundingClientRect();
      return rect.width === 0 && rect.height === 0 ? undefined : { top: rect.top, bottom: rect.bottom };
    },
    height: () => doc.defaultView?.innerHeight ?? 0,
    watch: (onMove) => {
      const view = doc.defaultView;
      if (!view) return () => {};
      const stop = new AbortController();
      let frame: number | undefined;
      const onEvent = (event: Event) => {
        // A page can dispatch scroll events of its own; they must not make us do work.
        if (!event.isTrusted || frame !== undefined) return;
        frame = view.requestAnimationFrame(() => {
          frame = undefined;
          onMove();
        });
      };
      // Scroll does not bubble: capturing on the document sees every scroller's.
      doc.addEventListener('scroll', onEvent, { capture: true, passive: true, signal: stop.signal });
      view.addEventListener('resize', onEvent, { passive: true, signal: stop.signal });
      return () => {
        stop.abort();
        if (frame !== undefined) view.cancelAnimationFrame(frame);
      };
    },
  };
}
