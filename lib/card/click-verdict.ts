/** What the card frame knows when a click arrives (times from performance.now() in the frame). */
export interface ClickFacts {
  now: number;
  /** Whether the browser can tell us the frame is really visible (IntersectionObserver v2: Chrome). */
  canTell: boolean;
  /** Since when the browser has reported the frame fully visible (no cover, no opacity, no transform), if it does. */
  visibleSince?: number;
  /** When the page last moved the card (scroll, resize), if it did. */
  movedAt?: number;
}

/**
 * - `act`: the click was on a card the reader could see, still, for a while;
 * - `moved`: the card moved just before: a page must not slide it under a click meant for something else;
 * - `confirm`: the browser cannot tell (Firefox), or the card was covered, see-through, distorted or only just
 *   shown: the click does nothing on its own, the reader confirms where the page cannot reach.
 */
export type ClickVerdict = 'act' | 'moved' | 'confirm';

/** How long the card must have been seen, unmoved, before a click on it counts (Chrome's own prompts use 500). */
export const SETTLE_MS = 300;

/**
 * Whether the card acts on a pointer click. Only a visibility verdict from before the click counts: one that
 * comes after it would let a page uncover the card once the reader has clicked.
 */
export function clickVerdict({ now, canTell, visibleSince, movedAt }: ClickFacts): ClickVerdict {
  if (movedAt !== undefined && now - movedAt < SETTLE_MS) return 'moved';
  if (!canTell || visibleSince === undefined || now - visibleSince < SETTLE_MS) return 'confirm';
  return 'act';
}
