import { mentionRects } from '@/lib/highlight/hit-test';
import type { Mention } from '@/lib/highlight/mention';
import type { MentionIndex } from '@/lib/highlight/mention-index';
import type { CardController } from './card-controller';

export interface MentionNavigationOptions {
  doc: Document;
  mentions: MentionIndex;
  cards: CardController;
  /** Marks the mention the reader is on (the active highlight), or none. */
  onActive: (mention: Mention | undefined) => void;
  /** "Huawei, mention 3 of 42" (localized). */
  describe: (mention: Mention, position: number, total: number) => string;
  /** What is said when navigation starts on a page without highlights. */
  messages: { none: string };
  signal: AbortSignal;
}

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * Keyboard access to painted highlights, which are not elements and so not Tab stops. The reader's shortcut
 * (see keyboard-entry.ts) starts navigation at the first mention in view; arrow keys or Tab / Shift+Tab move to
 * the next or previous one (shown as the active highlight, scrolled into view and announced to screen readers);
 * Enter opens its card with focus inside; Escape closes the card, then leaves navigation and returns focus where
 * it was. It is given trusted key presses only: a page cannot drive it.
 */
export class MentionNavigation {
  private current?: Mention;
  private focusBefore?: Element | null;
  private running = false;

  constructor(private readonly options: MentionNavigationOptions) {
    const { doc, signal } = options;
    doc.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted && this.running && !options.cards.host.isHost(event.target)) this.stop(false);
      },
      { capture: true, passive: true, signal },
    );
    signal.addEventListener('abort', () => this.stop(false));
  }

  get active(): boolean {
    return this.running;
  }

  /** The mention navigation is on, if it runs. */
  get currentMention(): Mention | undefined {
    return this.current;
  }

  /** Starts navigation, at `at` or else at the first mention in view. */
  start(at?: Mention): void {
    const { mentions, cards } = this.options;
    if (!this.running) {
      this.running = true;
      this.focusBefore = this.options.doc.activeElement;
    }
    if (mentions.size === 0) {
      cards.host.announce(this.options.messages.none);
      return;
    }
    this.moveTo(at ?? this.firstInView() ?? (mentions.nth(0) as Mention));
  }

  /** Ends navigation; with `returnFocus`, focus goes back where it was when it started. */
  stop(returnFocus: boolean): void {
    if (!this.running) return;
    this.running = false;
    this.current = undefined;
    const { cards } = this.options;
    cards.close(false);
    this.options.onActive(undefined);
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if (returnFocus && before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
  }

  /** Opens the card of the current mention with focus inside (Enter). */
  openCurrent(): void {
    if (this.current) this.options.cards.show(this.current, true);
  }

  /** Handles a trusted key press while navigation runs; returns whether it was ours (then it is consumed). */
  handleKey(event: KeyboardEvent): boolean {
    const { cards } = this.options;
    // Keys pressed inside the card belong to the card (it closes itself on Escape).
    if (!this.running || cards.host.frameHasFocus()) return false;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === 'Escape') {
      if (cards.openMention) cards.close(true);
      else this.stop(true);
    } else if (plain && (NEXT.has(event.key) || (event.key === 'Tab' && !event.shiftKey))) {
      this.step(1);
    } else if (plain && (PREVIOUS.has(event.key) || (event.key === 'Tab' && event.shiftKey))) {
      this.step(-1);
    } else if (plain && event.key === 'Enter') {
      this.openCurrent();
    } else {
      return false;
    }
    this.consume(event);
    return true;
  }

  private consume(event: KeyboardEvent): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private step(direction: 1 | -1): void {
    const { mentions, cards } = this.options;
    if (mentions.size === 0) return;
    cards.close(false);
    const index = this.current ? mentions.indexOf(this.current) : -1;
    const next = index < 0 ? 0 : (index + direction + mentions.size) % mentions.size;
    this.moveTo(mentions.nth(next) as Mention);
  }

  private moveTo(mention: Mention): void {
    const { mentions, cards } = this.options;
    this.current = mention;
    this.options.onActive(mention);
    this.scrollIntoView(mention);
    cards.host.announce(this.options.describe(mention, mentions.indexOf(mention) + 1, mentions.size));
  }

  /**
   * The first mention whose text is in the viewport, if any. Mentions in document order run down the page, near
   * enough: a binary search finds the first one below the viewport's top, then a few are checked from there.
   */
  private firstInView(): Mention | undefined {
    const { doc, mentions } = this.options;
    const view = doc.defaultView;
    if (!view) return undefined;
    const bottomOf = (i: number) => mentionRects(doc, mentions.nth(i) as Mention)[0]?.bottom ?? -1;
    let low = 0;
    let high = mentions.size;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (bottomOf(mid) <= 0) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < Math.min(mentions.size, low + 50); i++) {
      const rect = mentionRects(doc, mentions.nth(i) as Mention)[0];
      if (rect && rect.bottom > 0 && rect.top < view.innerHeight) return mentions.nth(i);
    }
    return undefined;
  }

  private scrollIntoView(mention: Mention): void {
    const view = this.options.doc.defaultView;
    const rect = mentionRects(this.options.doc, mention)[0];
    if (!view || !rect) return;
    const margin = Math.min(80, view.innerHeight / 4);
    if (rect.top >= margin && rect.bottom <= view.innerHeight - margin) return;
    // The mention's element may sit in a scrolling box of its own: bring that into view first, then the words.
    mention.node.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const after = mentionRects(this.options.doc, mention)[0] ?? rect;
    view.scrollBy({ top: after.top - view.innerHeight / 2, behavior: 'instant' });
  }
}
