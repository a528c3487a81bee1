import type { Mention } from './mention';

/** Mentions in document order, as the mention index keeps them. */
export interface OrderedMentions {
  readonly size: number;
  nth(index: number): Mention | undefined;
}

/** A mention's vertical extent in viewport coordinates, or undefined when it has no box (detached, not shown). */
export type ExtentOf = (mention: Mention) => { top: number; bottom: number } | undefined;

/** Up to this many mentions on a page, every one is looked at each frame: any layout, fixed headers included. */
export const LOOK_AT_ALL_BELOW = 256;
/** Past the band, the walk stops after this many mentions in a row below it (document order is not quite layout order). */
const BELOW_STREAK = 24;
/** And looks back this many mentions before the binary search's answer, for the same reason. */
const LOOK_BACK = 8;

/**
 * The position (in document order) of the first mention that is not above `top`: a binary search, so about 15
 * box reads for 24,000 mentions. A mention with no box counts as above, which keeps the search moving.
 */
export function firstNotAbove(mentions: OrderedMentions, extentOf: ExtentOf, top: number): number {
  let low = 0;
  let high = mentions.size;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const mention = mentions.nth(middle);
    const extent = mention ? extentOf(mention) : undefined;
    if (!extent || extent.bottom < top) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What `mentionsNear` found, and where it stopped if its time ran out. */
export interface NearMentions {
  mentions: Mention[];
  /** Each mention's position in document order. */
  positions: number[];
  /** The position (document order) to go on from in the next frame, when the deadline stopped the walk. */
  next?: number;
  /**
   * The first mention the walk left for being past the band (on a big page): those after it in document order are
   * past it too, as far as the walk can tell. Undefined when the walk saw every mention.
   */
  beyond?: Mention;
}

/**
 * The mentions whose boxes reach into the band [top, bottom] (viewport coordinates): all of them on a page with
 * few, else those found around the band by a binary search in document order, which follows the page's vertical
 * order closely enough on articles (a mention placed far out of order, such as one in a fixed header of a page
 * with hundreds of mentions, may be missed while the reader is far from its place in the document).
 *
 * Reading a mention's box costs more in a text node with thousands of lines: the walk stops at `deadline`
 * (performance.now()) and says where to go on from (`from`, in the next frame), so no frame of ours runs long.
 */
export function mentionsNear(
  mentions: OrderedMentions,
  extentOf: ExtentOf,
  band: { top: number; bottom: number },
  { from, deadline = Number.POSITIVE_INFINITY }: { from?: number; deadline?: number } = {},
): NearMentions {
  const found: Mention[] = [];
  const positions: number[] = [];
  const reaches = (extent: { top: number; bottom: number } | undefined) =>
    extent !== undefined && extent.bottom >= band.top && extent.top <= band.bottom;
  const all = mentions.size <= LOOK_AT_ALL_BELOW;
  const start = from ?? (all ? 0 : Math.max(0, firstNotAbove(mentions, extentOf, band.top) - LOOK_BACK));
  let streak = 0;
  let index = start;
  for (; index < mentions.size && (all || streak < BELOW_STREAK); index++) {
    if (index > start && performance.now() > deadline) return { mentions: found, positions, next: index };
    const mention = mentions.nth(index);
    const extent = mention ? extentOf(mention) : undefined;
    if (!mention || !extent) continue;
    if (extent.top > band.bottom) streak++;
    else streak = 0;
    if (reaches(extent)) {
      found.push(mention);
      positions.push(index);
    }
  }
  return { mentions: found, positions, beyond: mentions.nth(index) };
}
