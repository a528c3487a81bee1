import { mentionAtPoint } from '@/lib/highlight/hit-test';
import type { Mention } from '@/lib/highlight/mention';
import type { MentionIndex } from '@/lib/highlight/mention-index';
import type { PageUiLoader } from './page-ui-loader';

export interface HoverIntentOptions {
  doc: Document;
  mentions: MentionIndex;
  /** The card lives in the page UI, loaded on the first hover. */
  ui: PageUiLoader;
  /** How long a mention must be hovered before its card opens (ms): the reader's setting. */
  delayMs: () => number;
  /**
   * The reader's "only when I hold Alt" setting: then a pointer resting on a mention changes nothing at all (no
   * hit test, no highlight change, no frame made ahead), and a card opens only while Alt is held.
   */
  altOnly?: () => boolean;
  /** The mention under the pointer changed (for the active highlight); not called while a card is open. */
  onHover: (mention: Mention | undefined) => void;
  signal: AbortSignal;
}

/**
 * After the pointer leaves both the mention and its card, the card waits this long before closing (ms). The page
 * never hears the pointer arrive in the card's out-of-process frame: the frame says so through the background, which
 * on a busy machine takes a while, and the card must still be open when that word comes.
 */
export const CLOSE_GRACE_MS = 500;

/**
 * Opens a mention's card when the pointer rests on it for the reader's delay (with Alt held, in the Alt mode),
 * keeps the card open while the pointer is over it, and closes it shortly after the pointer leaves both.
 * Highlights are painted, not elements: the pointer is hit-tested against our own mentions at most once per
 * frame. Only trusted events count, so nothing a page dispatches can open a card.
 */
export class HoverIntent {
  private hovered?: Mention;
  private openTimer?: ReturnType<typeof setTimeout>;
  private closeTimer?: ReturnType<typeof setTimeout>;
  private frameRequest?: number;
  private pointer?: { x: number; y: number };
  private altHeld = false;
  /** Whether the pointer is over the card (its moves then go to the card's frame, not to this page). */
  private onCard = false;

  constructor(private readonly options: HoverIntentOptions) {
    const { doc, signal } = options;
    const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
      doc.addEventListener(
        type,
        (event) => {
          if (event.isTrusted) handler(event);
        },
        { capture: true, passive: true, signal },
      );
    listen('pointermove', (event) => this.onPointerMove(event));
    // Alt pressed or released while the pointer rests: in the Alt mode, that is when a mention counts (or stops).
    const onAlt = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== 'Alt' || !this.altOnly()) return;
      this.altHeld = event.type === 'keydown';
      if (this.pointer) this.queueHitTest();
    };
    doc.defaultView?.addEventListener('keydown', onAlt, { capture: true, passive: true, signal });
    doc.defaultView?.addEventListener('keyup', onAlt, { capture: true, passive: true, signal });
    // The pointer entered the card: events inside our closed shadow root reach the page retargeted to the host.
    listen('pointerover', (event) => {
      if (!this.isCard(event.target)) return;
      // On the card now, no longer on the mention; a hit test still queued for a point outside it is stale.
      this.onCard = true;
      this.hovered = undefined;
      clearTimeout(this.openTimer);
      this.cancelClose();
    });
    listen('pointerout', (event) => {
      if (this.isCard(event.target)) {
        this.onCard = false;
        if (this.cards()?.openMention) this.scheduleClose();
      } else if (event.relatedTarget === null) {
        // Left the window: as if it left the mention.
        this.onPointerAt(undefined);
      }
    });
    signal.addEventListener('abort', () => this.reset());
  }

  /** The card's frame says the pointer entered or left it (the page hears nothing of moves inside the frame). */
  onCardPointer(inside: boolean): void {
    this.onCard = inside;
    if (inside) {
      this.hovered = undefined;
      clearTimeout(this.openTimer);
      this.cancelClose();
    } else if (this.cards()?.openMention) this.scheduleClose();
  }

  /** Forgets the hovered mention and every timer. */
  reset(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    if (this.frameRequest !== undefined) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = undefined;
    this.hovered = undefined;
  }

  private cards() {
    return this.options.ui.current()?.cards;
  }

  private isCard(target: EventTarget | null): boolean {
    return this.cards()?.host.isHost(target) ?? false;
  }

  private keyboardActive(): boolean {
    return this.options.ui.current()?.navigation.active ?? false;
  }

  private altOnly(): boolean {
    return this.options.altOnly?.() ?? false;
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.altOnly()) this.altHeld = event.altKey;
    if (this.isCard(event.target)) {
      this.cancelClose();
      return;
    }
    // A move the page hears is not inside the card's frame (those reach only the frame): the pointer left it.
    if (this.onCard) {
      this.onCard = false;
      if (this.cards()?.openMention) this.scheduleClose();
    }
    this.queueHitTest();
  }

  /** The mention under the pointer, at the next frame; in the Alt mode only while Alt is held or a card is open. */
  private queueHitTest(): void {
    if (this.altOnly() && !this.altHeld && !this.cards()?.openMention) {
      // Nothing of ours may react to a pointer merely resting on a name: forget any mention in progress.
      if (this.hovered) this.onPointerAt(undefined);
      return;
    }
    this.frameRequest ??= requestAnimationFrame(() => {
      this.frameRequest = undefined;
      const point = this.pointer;
      if (point && !this.onCard)
        this.onPointerAt(mentionAtPoint(this.options.doc, this.options.mentions, point.x, point.y));
    });
  }

  private onPointerAt(found: Mention | undefined): void {
    const cards = this.cards();
    // In the Alt mode, without Alt, only the open card's own mention still counts (the pointer has not left it).
    const mention = this.altOnly() && !this.altHeld && found !== cards?.openMention ? undefined : found;
    if (mention === this.hovered) {
      if (mention) this.cancelClose();
      return;
    }
    this.hovered = mention;
    clearTimeout(this.openTimer);
    if (!cards?.openMention && !this.keyboardActive()) this.options.onHover(mention);
    if (mention) {
      this.cancelClose();
      if (mention === cards?.openMention) return;
      // Load the UI and render the card, hidden, during the delay, so it only has to be placed when it ends.
      const ready = this.options.ui.load().then((ui) => {
        if (this.hovered === mention) ui.cards.prepare(mention);
        return ui;
      });
      ready.catch((error: unknown) => console.warn('Deal Lens: the card could not load', error));
      this.openTimer = setTimeout(() => {
        void ready.then((ui) => {
          if (this.hovered === mention) ui.cards.show(mention, false);
        });
      }, this.options.delayMs());
      return;
    }
    if (cards?.openMention) this.scheduleClose();
    else if (cards && !this.keyboardActive()) cards.close(false);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = setTimeout(() => {
      const cards = this.cards();
      if (cards && this.hovered !== cards.openMention) cards.close(false);
    }, CLOSE_GRACE_MS);
  }
}
