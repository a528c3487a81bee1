import { CardFrameHost } from '@/lib/card/card-frame-host';
import { pageLooksDark } from '@/lib/card/page-scheme';
import { mentionRects } from '@/lib/highlight/hit-test';
import type { Mention } from '@/lib/highlight/mention';
import type { PageReplyOf, PageRequestOf } from '@/lib/messages/page-protocol';
import type { CardEvent } from '@/lib/messages/to-page';

/** performance.measure name of each card shown: asked for → placed and visible (the benchmark reads it). */
export const CARD_SHOWN_MEASURE = 'deal-lens:card-shown';

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

/**
 * Opens and closes the one card of a page. The card's data goes from the background straight to the card frame;
 * this side only says which entity, places the frame next to the mention once the frame reports its size, and
 * closes it. Everything it hears about the frame comes through the extension's messaging (`onCardEvent`), never
 * from a window message a page could forge.
 */
export class CardController {
  readonly host: CardFrameHost;
  private showId = 0;
  private open?: { mention: Mention; showId: number; focus: boolean; height?: number; askedAt: number };
  /** Where focus was before a keyboard-opened card took it. */
  private focusBefore?: Element | null;
  /** Keep the host when the frame goes (keyboard navigation speaks through its live region). */
  keepHost = false;

  constructor(private readonly options: CardControllerOptions) {
    this.host = new CardFrameHost({ doc: options.doc, frameUrl: options.frameUrl, frameTitle: options.frameTitle });
  }

  get openMention(): Mention | undefined {
    return this.open?.mention;
  }

  /** Loads the frame ahead of time (while the hover delay runs), so the card shows as soon as it ends. */
  prepare(): void {
    this.host.ensureFrame();
  }

  /** Shows the card of a mention's entity; with `focus`, moves keyboard focus into it once it is shown. */
  show(mention: Mention, focus: boolean, attempt = 0): void {
    const token = this.host.ensureFrame();
    const showId = ++this.showId;
    if (focus) this.focusBefore ??= this.options.doc.activeElement;
    this.open = { mention, showId, focus, askedAt: performance.now() };
    this.options.onActive(mention);
    this.options
      .showCard({
        token,
        showId,
        entityId: mention.entityId,
        scheme: pageLooksDark(this.options.doc) ? 'dark' : 'light',
        focus,
      })
      .then((reply) => {
        if (reply.delivered || this.open?.showId !== showId) return;
        // The frame never reached the background (a worker restart, a frame the page removed): a new frame, once.
        if (attempt === 0) this.retry(mention, focus);
        else {
          console.warn('Deal Lens: the card frame did not load on this page');
          this.close(false);
        }
      })
      .catch((error: unknown) => {
        console.warn('Deal Lens: the card could not be shown', error);
        if (this.open?.showId === showId) this.close(false);
      });
  }

  /** What the card frame did, relayed by the background. */
  onCardEvent(event: CardEvent): void {
    const open = this.open;
    if (!open || event.token !== this.host.token || event.showId !== open.showId) return;
    if (event.event === 'close') {
      this.close(event.returnFocus);
      return;
    }
    const firstPlacement = open.height === undefined;
    open.height = event.height;
    if (!this.reposition()) return;
    // For `npm run bench` (card ready): from the card being asked for (the hover delay's end, or Enter) to the
    // frame placed and shown. A name and two times: nothing about the entity or the store.
    if (firstPlacement) performance.measure(CARD_SHOWN_MEASURE, { start: open.askedAt });
    if (open.focus) {
      open.focus = false;
      this.host.focusFrame();
    }
  }

  /** Follows the mention after a scroll or resize; closes when it left the view. Returns whether still open. */
  reposition(): boolean {
    const open = this.open;
    if (!open || open.height === undefined) return open !== undefined;
    const view = this.options.doc.defaultView;
    const rect = mentionRects(this.options.doc, open.mention)[0];
    if (!rect || !view || rect.bottom < 0 || rect.top > view.innerHeight) {
      this.close(false);
      return false;
    }
    this.host.place(rect, { height: open.height });
    return true;
  }

  /** Closes the card; with `returnFocus`, focus goes back where it was before the card took it. */
  close(returnFocus: boolean): void {
    if (!this.open && !this.host.hasFrame) return;
    const hadFocus = this.host.frameHasFocus();
    this.open = undefined;
    this.host.removeFrame(this.keepHost);
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if ((returnFocus || hadFocus) && before instanceof HTMLElement && before.isConnected) {
      before.focus({ preventScroll: true });
    }
    this.options.onClosed?.(returnFocus);
  }

  private retry(mention: Mention, focus: boolean): void {
    this.host.removeFrame(true);
    this.open = undefined;
    this.show(mention, focus, 1);
  }
}
