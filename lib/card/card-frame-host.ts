import { placeCard, type Rect } from './card-position';

/** The card's width in the page (px); narrower on a narrow viewport. */
export const CARD_WIDTH = 380;
/** Room kept between the card and the viewport's edges (px), as in placeCard. */
const EDGE = 8;

// The host's own box is empty and fixed at the viewport's corner; the frame inside positions itself. Inline
// !important declarations outrank any page stylesheet, even one with !important rules for every element.
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'z-index: 2147483647',
  'pointer-events: none',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

// Inside the closed shadow root: the page's CSS cannot reach these rules, nor read them.
const SHADOW_CSS = `
iframe {
  position: fixed; top: 0; left: 0; width: ${CARD_WIDTH}px; height: 0; margin: 0; padding: 0; border: 0;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.25); background: transparent;
  visibility: hidden; pointer-events: auto; color-scheme: normal;
}
iframe.shown { visibility: visible; }
.live {
  position: fixed; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0;
}
`;

/** Random lowercase letters and digits (a custom element name, a token: nothing the page can predict). */
function randomText(length: number, crypto: Crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

export interface CardFrameHostOptions {
  doc: Document;
  /** The card page's URL (`runtime.getURL('/card.html')`: a per-session URL in Chrome, see wxt.config.ts). */
  frameUrl: () => string;
  /** The frame's accessible name. */
  frameTitle: string;
}

/**
 * Everything Deal Lens adds to a page while a card is open or keyboard navigation runs: one element with a name
 * the page cannot predict (so it cannot have defined it as a custom element first, nor target it with CSS), a
 * closed shadow root (so the page cannot reach inside), holding the card frame (an extension page: the page
 * cannot read it) and a live region for screen readers. Appended only when needed, removed when done.
 *
 * The frame is paired with the background by a random token in its URL's hash, which the page cannot read.
 */
export class CardFrameHost {
  private host?: HTMLElement;
  private frame?: HTMLIFrameElement;
  private live?: HTMLElement;
  private frameToken?: string;

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
    return target !== null && target === this.host;
  }

  /** Adds the frame (hidden until placed) if it is not there; returns its token. */
  ensureFrame(): string {
    const { doc } = this.options;
    this.ensureHost();
    if (this.frame && this.frameToken) return this.frameToken;
    const token = `${randomText(12, crypto)}-${randomText(12, crypto)}`;
    const frame = doc.createElement('iframe');
    frame.src = `${this.options.frameUrl()}#${token}`;
    frame.title = this.options.frameTitle;
    frame.setAttribute('referrerpolicy', 'no-referrer');
    this.shadow?.append(frame);
    this.frame = frame;
    this.frameToken = token;
    return token;
  }

  /** Places the frame next to `anchor` (viewport coordinates) at the card's size, and shows it. */
  place(anchor: Rect, content: { height: number }): void {
    const frame = this.frame;
    const view = this.options.doc.defaultView;
    if (!frame || !view) return;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const width = Math.min(CARD_WIDTH, viewport.width - 2 * EDGE);
    const { top, left, maxHeight } = placeCard(anchor, { width, height: content.height }, viewport);
    const height = Math.max(0, Math.min(content.height, maxHeight));
    frame.style.width = `${Math.round(width)}px`;
    frame.style.height = `${Math.round(height)}px`;
    frame.style.top = `${Math.round(top)}px`;
    frame.style.left = `${Math.round(left)}px`;
    frame.classList.add('shown');
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
    return this.host !== undefined && this.options.doc.activeElement === this.host;
  }

  /** Says something to screen readers (a polite live region). */
  announce(text: string): void {
    this.ensureHost();
    if (this.live) this.live.textContent = text;
  }

  /** Removes the frame; removes the host too unless `keepHost` (keyboard navigation still speaks through it). */
  removeFrame(keepHost: boolean): void {
    this.frame?.remove();
    this.frame = undefined;
    this.frameToken = undefined;
    if (!keepHost) this.remove();
  }

  /** Removes everything we added. */
  remove(): void {
    this.host?.remove();
    this.host = undefined;
    this.shadowRoot = undefined;
    this.frame = undefined;
    this.frameToken = undefined;
    this.live = undefined;
  }

  private shadowRoot?: ShadowRoot;
  private get shadow(): ShadowRoot | undefined {
    return this.shadowRoot;
  }

  private ensureHost(): void {
    const { doc } = this.options;
    if (this.host?.isConnected) return;
    this.remove();
    // A valid custom element name no page can have defined before us. Created while undefined, its shadow root is
    // never "available to element internals", so even a page that defines the name later and upgrades the element
    // gets no way in through attachInternals().
    const host = doc.createElement(`x${randomText(10, crypto)}-${randomText(6, crypto)}`);
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    const live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, live);
    doc.documentElement.append(host);
    this.host = host;
    this.shadowRoot = shadow;
    this.live = live;
  }
}
