import type { PageHost } from '@/lib/content/page-host';
import { randomText } from '@/lib/content/page-host';
import { placeCard, type Rect } from './card-position';

/** The card's size in the page (px), whatever it holds (it scrolls inside); smaller only on a small viewport. */
export const CARD_WIDTH = 380;
export const CARD_HEIGHT = 420;
/** Room kept between the card and the viewport's edges (px), as in placeCard. */
const EDGE = 8;

export interface CardFrameHostOptions {
  doc: Document;
  /** The page host the frame lives in (its closed shadow root). */
  host: PageHost;
  /** The card page's URL (`runtime.getURL('/card.html')`: a per-session URL in Chrome, see wxt.config.ts). */
  frameUrl: () => string;
  /** The frame's accessible name. */
  frameTitle: string;
}

/**
 * The card frame: an extension page (the page cannot read it) in the page host's closed shadow root, made the
 * same way for every name and always of one size, so that neither its making nor its shape tells the page
 * anything about what the store holds. The frame is paired with the background by a random token in its URL's
 * hash, which the page cannot read.
 */
export class CardFrameHost {
  private frame?: HTMLIFrameElement;
  private frameToken?: string;
  private placed?: string;

  constructor(private readonly options: CardFrameHostOptions) {}

  /** The token of the current frame, if there is one. */
  get token(): string | undefined {
    return this.frameToken;
  }

  get hasFrame(): boolean {
    return this.frame !== undefined;
  }

  /** Whether an event's target is our host (events from inside a shadow root reach the page retargeted to it). */
  isHost(target: EventTarget | null): boolean {
    return this.options.host.isHost(target);
  }

  /** Adds the frame (hidden until placed) if it is not there; returns its token. */
  ensureFrame(): string {
    const { doc, host } = this.options;
    host.attach();
    if (this.frame?.isConnected && this.frameToken) return this.frameToken;
    const token = `${randomText(12)}-${randomText(12)}`;
    const frame = doc.createElement('iframe');
    frame.src = `${this.options.frameUrl()}#${token}`;
    frame.title = this.options.frameTitle;
    frame.setAttribute('referrerpolicy', 'no-referrer');
    host.shadow.append(frame);
    this.frame = frame;
    this.frameToken = token;
    this.placed = undefined;
    return token;
  }

  /**
   * Places the frame next to `anchor` (viewport coordinates) at the card's fixed size, and shows it. Returns
   * whether it moved (a card that moves under the pointer must not take the click that follows).
   */
  place(anchor: Rect): boolean {
    const frame = this.frame;
    const view = this.options.doc.defaultView;
    if (!frame || !view) return false;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const width = Math.min(CARD_WIDTH, viewport.width - 2 * EDGE);
    const { top, left, maxHeight } = placeCard(anchor, { width, height: CARD_HEIGHT }, viewport);
    const height = Math.max(0, Math.min(CARD_HEIGHT, maxHeight));
    const where = [width, height, top, left].map(Math.round).join(',');
    const moved = this.placed !== undefined && this.placed !== where;
    if (this.placed !== where) {
      const [w, h, t, l] = where.split(',');
      frame.style.width = `${w}px`;
      frame.style.height = `${h}px`;
      frame.style.top = `${t}px`;
      frame.style.left = `${l}px`;
      this.placed = where;
    }
    frame.classList.add('shown');
    return moved;
  }

  /** Hides the frame without unloading it. */
  hideFrame(): void {
    this.frame?.classList.remove('shown');
  }

  /** Moves keyboard focus into the frame (the card inside focuses itself). */
  focusFrame(): void {
    this.frame?.focus();
  }

  /** Whether keyboard focus is inside the frame. */
  frameHasFocus(): boolean {
    return this.frame !== undefined && this.options.doc.activeElement === this.options.host.element;
  }

  /** Says something to screen readers (the page host's live region). */
  announce(text: string): void {
    this.options.host.announce(text);
  }

  /** Removes the frame; the page host stays. */
  removeFrame(): void {
    this.frame?.remove();
    this.frame = undefined;
    this.frameToken = undefined;
    this.placed = undefined;
  }
}
