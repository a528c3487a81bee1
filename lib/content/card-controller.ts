import { CardFrameHost } from '@/lib/card/card-frame-host';
import { pageLooksDark } from '@/lib/card/page-scheme';
import { mentionRects } from '@/lib/highlight/hit-test';
import type { Mention } from '@/lib/highlight/mention';
import type { PageReplyOf, PageRequestOf } from '@/lib/messages/page-protocol';
import type { CardEvent } from '@/lib/messages/to-page';
import type { PageHost } from './page-host';

/** How long a card frame that had focus stays (hidden) after closing, so the key that closed it can finish. */
const FOCUSED_FRAME_REMOVAL_MS = 100;

export interface CardControllerOptions {
  doc: Document;
  /** The page host, whose closed shadow root holds the frame. */
  host: PageHost;
  frameUrl: () => string;
  frameTitle: string;
  /** Asks the background to show a card in our frame (the page protocol's `showCard`). */
  showCard: (request: PageRequestOf<'showCard'>) => Promise<PageReplyOf<'showCard'>>;
  /** Tells the card frame it just moved (the page protocol's `cardMoved`): a click right after is not trusted. */
  cardMoved: (request: PageRequestOf<'cardMoved'>) => Promise<unknown>;
  /** The mention the reader is on changed (for the active highlight). */
  onActive: (mention: Mention | undefined) => void;
  /** The pointer entered or left the card's frame (moves inside it reach only the frame). */
  onPointer?: (inside: boolean) => void;
  /** The card closed; `returnFocus` when it was closed from the keyboard inside it. */
  onClosed?: (returnFocus: boolean) => void;
}

/** One card asked of the background: rendered in the (hidden) frame, then shown when the reader wants it. */
interface CardRequest {
  mention: Mention;
  showId: number;
  focus: boolean;
  /** Whether the reader asked for it (the hover delay's end, or Enter); false while it is only prepared. */
  asked: boolean;
}

/**
 * Opens and closes the one card of a page. The card's data goes from the background straight to the card frame;
 * this side only says which entity, shows the frame (always of one size, whatever the card holds) next to the
 * mention as soon as the reader asks for it, and closes it. Everything it hears about the frame comes through the extension's messaging (`onCardEvent`), never
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

  constructor(private readonly options: CardControllerOptions) {
    this.host = new CardFrameHost({
      doc: options.doc,
      host: options.host,
      frameUrl: options.frameUrl,
      frameTitle: options.frameTitle,
    });
  }

  /** The mention whose card is open (asked for by the reader), if any. */
  get openMention(): Mention | undefined {
    return this.current?.asked ? this.current.mention : undefined;
  }

  /** Renders a mention's card ahead of time, hidden (the hover delay runs meanwhile). */
  prepare(mention: Mention): void {
    if (this.current?.mention === mention) return;
    if (this.current?.asked) return; // another card is open: its mention keeps it
    this.request(mention, false);
  }

  /** Shows the card of a mention's entity; with `focus`, moves keyboard focus into it once it is shown. */
  show(mention: Mention, focus: boolean): void {
    const prepared = this.current;
    const request =
      prepared?.mention === mention && !focus && !prepared.asked ? prepared : this.request(mention, focus);
    if (focus) this.focusBefore ??= this.options.doc.activeElement;
    request.asked = true;
    this.options.onActive(mention);
    this.placeCurrent();
  }

  /** What the card frame did, relayed by the background. */
  onCardEvent(event: CardEvent): void {
    const current = this.current;
    if (!current || event.token !== this.host.token || event.showId !== current.showId) return;
    if (event.event === 'close') this.close(event.returnFocus);
    else this.options.onPointer?.(event.inside);
  }

  /** Follows the mention after a scroll or resize; closes when it left the view. Returns whether still open. */
  reposition(): boolean {
    const current = this.current;
    if (!current?.asked) return current !== undefined;
    return this.place(current);
  }

  /** Closes the card (or drops a prepared one); with `returnFocus`, focus goes back where it was. */
  close(returnFocus: boolean): void {
    if (!this.current && !this.host.hasFrame) return;
    const hadFocus = this.host.frameHasFocus();
    const wasOpen = this.current?.asked === true;
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
        if (this.showId === showId && !this.current) this.host.removeFrame();
      }, FOCUSED_FRAME_REMOVAL_MS);
    } else this.host.removeFrame();
    if (wasOpen) this.options.onClosed?.(returnFocus);
  }

  private request(mention: Mention, focus: boolean, attempt = 0): CardRequest {
    const token = this.host.ensureFrame();
    const request: CardRequest = { mention, showId: ++this.showId, focus, asked: false };
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
          this.host.removeFrame();
          const again = this.request(mention, focus, 1);
          again.asked = request.asked;
          if (again.asked) this.placeCurrent();
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
    if (!current?.asked || !this.place(current)) return;
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
    const token = this.host.token;
    if (this.host.place(rect) && token) {
      this.options.cardMoved({ token, showId: request.showId }).catch(() => {
        // The frame is gone or the background restarted: there is no click left to guard.
      });
    }
    return true;
  }
}
