import { MARKS_CSS } from '@/lib/highlight/marks-style';

/** Random lowercase letters and digits (a custom element name, a token: nothing the page can predict). */
export function randomText(length: number, crypto: Crypto = globalThis.crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

// The host generates no box of its own (`display: contents`): nothing of it can be measured, hit-tested or
// observed for size, on any page. Inline !important declarations outrank any page stylesheet, even one with
// !important rules for every element; `all: initial` stops the page's inherited styles at the door.
const HOST_STYLE = ['all: initial', 'display: contents'].map((rule) => `${rule} !important`).join('; ');

// Inside the closed shadow root: the page's CSS cannot reach these rules, nor read them. Each layer is fixed to
// the viewport or placed at the document's origin, never hit-tested (pointer-events: none, but the card frame),
// and contained, so nothing in it changes the page's layout or scroll size.
const SHADOW_CSS = `
${MARKS_CSS}
iframe {
  position: fixed; top: 0; left: 0; width: 0; height: 0; margin: 0; padding: 0; border: 0; z-index: 2147483647;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.25); background: transparent;
  visibility: hidden; pointer-events: auto; color-scheme: normal;
}
iframe.shown { visibility: visible; }
.live {
  position: fixed; top: 0; left: 0; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0; pointer-events: none;
}
`;

/**
 * The one element Deal Lens adds to a page, the same way on every page where it runs (mentions or not, known
 * names or not): created when highlighting starts, appended at the document's end, under a valid custom element
 * name no page can have defined before us, with a closed shadow root. It holds, out of the page's reach, the
 * painted highlights (lib/highlight/overlay-painter.ts), the card frame while a card is open, and a live region
 * for keyboard navigation. Created while undefined, its shadow root is never "available to element internals",
 * so even a page that defines the name later and upgrades it gets no way in through attachInternals().
 */
export class PageHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the highlight boxes are drawn. */
  readonly marks: HTMLElement;
  private readonly live: HTMLElement;

  constructor(private readonly doc: Document) {
    const host = doc.createElement(`x${randomText(10)}-${randomText(6)}`);
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    const marks = doc.createElement('div');
    marks.className = 'marks';
    const live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, marks, live);
    this.element = host;
    this.shadow = shadow;
    this.marks = marks;
    this.live = live;
  }

  /**
   * Appends the host at the document's end; when the reader opens a card or walks the mentions, back there if the
   * page removed it (never on its own: that would tell the page whether there was anything to draw).
   */
  attach(): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
  }

  /** Removes the host (highlighting stopped). */
  remove(): void {
    this.element.remove();
  }

  /** Whether an event's target is our host (events from inside a shadow root reach the page retargeted to it). */
  isHost(target: EventTarget | null): boolean {
    return target !== null && target === this.element;
  }

  /** Says something to screen readers (a polite live region). */
  announce(text: string): void {
    this.attach();
    this.live.textContent = text;
  }
}
