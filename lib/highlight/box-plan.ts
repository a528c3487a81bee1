/** How a box is painted: the reader's style, or the mention the reader is on. */
export type BoxKind = 'underline' | 'background' | 'active';

/** A rectangle as the browser gives it (DOMRect's fields that matter here). */
export interface ClientRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An area in viewport coordinates. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One box to draw, in the layer's own coordinates. */
export interface Box extends ClientRect {
  kind: BoxKind;
}

/** Rects narrower or lower than this (a collapsed or zero-size text box) draw nothing. */
const MIN_SIDE = 0.5;

/** The intersection of two areas (possibly empty: right < left or bottom < top). */
export function intersect(a: Area, b: Area): Area {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

/**
 * The boxes of one frame: each client rect of each mention, clipped to `area` (viewport coordinates: the band
 * near the viewport, within the page's own scroll area, so a box never grows what the page can scroll or
 * measure), moved into the layer's coordinates (its top-left corner is `origin` in the viewport), at most `max`.
 */
export function planBoxes(
  items: Iterable<{ rects: readonly ClientRect[]; kind: BoxKind }>,
  origin: { left: number; top: number },
  area: Area,
  max: number,
): Box[] {
  const boxes: Box[] = [];
  for (const { rects, kind } of items) {
    for (const rect of rects) {
      if (boxes.length >= max) return boxes;
      const clipped = intersect(area, {
        left: rect.left,
        top: rect.top,
        right: rect.left + rect.width,
        bottom: rect.top + rect.height,
      });
      const width = clipped.right - clipped.left;
      const height = clipped.bottom - clipped.top;
      if (width < MIN_SIDE || height < MIN_SIDE) continue;
      boxes.push({ left: clipped.left - origin.left, top: clipped.top - origin.top, width, height, kind });
    }
  }
  return boxes;
}
