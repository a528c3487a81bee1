import { CardFrameHost } from '@/lib/card/card-frame-host';
import { pageLooksDark } from '@/lib/card/page-scheme';
import { mentionRects } from '@/lib/highlight/hit-test';
import type { Mention } from '@/lib/highlight/mention';
import type { PageReplyOf, PageRequestOf } from '@/lib/messages/page-protocol';
import type { CardEvent } from '@/lib/messages/to-page';

/** performance.measure name of each card shown: asked for → placed and visible (the benchmark reads it). */
export const CARD_SHOWN_MEASURE = 'deal-lens:card-shown';

/** How long a card frame that had focus stays (hidden) after closing, so the key that closed it can finish. */
const FOCUSED_FRAME_REMOVAL_MS = 100;

export interface CardControllerOptions {
  doc: Document;
  frameUrl: () => string;
  frameTitle: string;
  /** Asks the background to show a card in our frame (the page protocol's `showCard`). */
  showCard: (request: PageRequestOf<'showCard'>) => Promise<PageReplyOf<'showCard'>>;
  /** The mention the reader is on changed (for the active highlight). */
  onActive: (mention: Mention | undefined) => void;
  /** The card closed; `returnFocus` when it was closed from the keyboard inside it. */
  onClosed?: (returnFocus: boolean) => void;
}

/** One card asked of the background: rendered in the (hidden) frame, then shown when the reader wants it. */
interface CardRequest {
  mention: Mention;
  showId: number;
  focus: boolean;
  /** The card's height, once the frame has rendered it. */
  height?: number;
  /** When the reader asked for it (the hover delay's end, or Enter); unset while it is only prepared. */
  askedAt?: number;
  placed?: boolean;
}

/**
 * Opens and closes the one card of a page. The card's data goes from the background straight to the card frame;
 * this side only says which entity, places the frame next to the mention once the frame reports its size, and
 * closes it. Everything it hears about the frame comes through the extension's messaging (`onCardEvent`), never
 * from a window message a page could forge.
 *
 * A hovered mention's card is asked for as soon as the pointer arrives (`prepare`): the background reads the store
 * and the frame renders it, hidden, while the reader's delay runs; when it ends (`show`) the card is only placed.
 */
export class CardController {
  readonly host: CardFrameHost;
  private showId = 0;
  /** The card being prepared or shown. */
  private current?: CardRequest;
  /** Where focus was before a keyboard-opened card took it. */
  private focusBefore?: Element | null;
  /** Keep the host when the frame goes (keyboard navigation speaks through its live region). */
  keepHost = false;

  constructor(private readonly options: CardControllerOptions) {
    this.host = new CardFrameHost({ doc: options.doc, frameUrl: options.frameUrl, frameTitle: options.frameTitle });
  }

  /** The mention whose card is open (asked for by the reader), if any. */
  get openMention(): Mention | undefined {
    return this.current?.askedAt !== undefined ? this.current.mention : undefined;
  }

  /** Renders a mention's card ahead of time, hidden (the hover delay runs meanwhile). */
  prepare(mention: Mention): void {
    if (this.current?.mention === mention) return;
    if (this.current?.askedAt !== undefined) return; // another card is open: its mention keeps it
    this.request(mention, false);
  }

  /** Shows the card of a mention's entity; with `focus`, moves keyboard focus into it once it is shown. */
  show(mention: Mention, focus: boolean): void {
    const prepared = this.current;
    if (prepared?.mention === mention && !focus && prepared.askedAt === undefined) {
      prepared.askedAt = performance.now();
      this.options.onActive(mention);
      if (prepared.height !== undefined) this.placeCurrent();
      return;
    }
    if (focus) this.focusBefore ??= this.options.doc.activeElement;
    const request = this.request(mention, focus);
    request.askedAt = performance.now();
    this.options.onActive(mention);
  }

  /** What the card frame did, relayed by the background. */
  onCardEvent(event: CardEvent): void {
    const current = this.current;
    if (!current || event.token !== this.host.token || event.showId !== current.showId) return;
    if (event.event === 'close') {
      this.close(event.returnFocus);
      return;
    }
    current.height = event.height;
    if (current.askedAt !== undefined) this.placeCurrent();
  }

  /** Follows the mention after a scroll or resize; closes when it left the view. Returns whether still open. */
  reposition(): boolean {
    const current = this.current;
    if (!current?.placed || current.height === undefined) return current !== undefined;
    return this.place(current);
  }

  /** Closes the card (or drops a prepared one); with `returnFocus`, focus goes back where it was. */
  close(returnFocus: boolean): void {
    if (!this.current && !this.host.hasFrame) return;
    const hadFocus = this.host.frameHasFocus();
    const wasOpen = this.current?.askedAt !== undefined;
    this.current = undefined;
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if ((returnFocus || hadFocus) && before instanceof HTMLElement && before.isConnected) {
      before.focus({ preventScroll: true });
    }
    if (hadFocus) {
      // Closed from inside the frame (Escape): that key's keyup is still on its way to the frame. A frame removed
      // while it receives input can leave the browser's input pipeline waiting for it, so it is hidden now (focus
      // is back on the page) and removed once that key is done, unless another card has taken it meanwhile.
      this.host.hideFrame();
      const showId = this.showId;
      setTimeout(() => {
        if (this.showId === showId && !this.current) this.host.removeFrame(this.keepHost);
      }, FOCUSED_FRAME_REMOVAL_MS);
    } else this.host.removeFrame(this.keepHost);
    if (wasOpen) this.options.onClosed?.(returnFocus);
  }

  private request(mention: Mention, focus: boolean, attempt = 0): CardRequest {
    const token = this.host.ensureFrame();
    const request: CardRequest = { mention, showId: ++this.showId, focus };
    this.current = request;
    this.options
      .showCard({
        token,
        showId: request.showId,
        entityId: mention.entityId,
        scheme: pageLooksDark(this.options.doc) ? 'dark' : 'light',
        focus,
      })
      .then((reply) => {
        if (reply.delivered || this.current !== request) return;
        // The frame never reached the background (a worker restart, a frame the page removed): a new frame, once.
        if (attempt === 0) {
          this.host.removeFrame(true);
          const again = this.request(mention, focus, 1);
          again.askedAt = request.askedAt;
        } else {
          console.warn('Deal Lens: the card frame did not load on this page');
          this.close(false);
        }
      })
      .catch((error: unknown) => {
        console.warn('Deal Lens: the card could not be shown', error);
        if (this.current === request) this.close(false);
      });
    return request;
  }

  private placeCurrent(): void {
    const current = this.current;
    if (!current || current.height === undefined || !this.place(current)) return;
    if (!current.placed) {
      current.placed = true;
      // For `npm run bench` (card ready): from the card being asked for (the hover delay's end, or Enter) to the
      // frame placed and shown. A name and two times: nothing about the entity or the store.
      if (current.askedAt !== undefined) performance.measure(CARD_SHOWN_MEASURE, { start: current.askedAt });
    }
    if (current.focus) {
      current.focus = false;
      this.host.focusFrame();
    }
  }

  /** Places the frame by its mention, or closes the card when the mention left the view. */
  private place(request: CardRequest): boolean {
    const view = this.options.doc.defaultView;
    const rect = mentionRects(this.options.doc, request.mention)[0];
    if (!rect || !view || rect.bottom < 0 || rect.top > view.innerHeight) {
      this.close(false);
      return false;
    }
    this.host.place(rect, { height: request.height ?? 0 });
    return true;
  }
}
