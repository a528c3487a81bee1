import type { CardShowRequest, CardState, CardUi } from '@/lib/card/card-ui-api';
import { CARD_HOST_TAG, ENTITY_ATTRIBUTE, MARK_TAG } from '@/lib/scan/contract';
import type { EntityCard } from '@/lib/schema';

export interface HoverCardsOptions {
  doc: Document;
  /** How long a highlight must be hovered or focused before its card opens (ms). */
  delayMs: () => number;
  /** Loads the card's code (injected on first use, so pages that are never hovered never pay for it). */
  loadUi: () => Promise<CardUi>;
  /** The card's data, from the background. */
  fetchCard: (entityId: string) => Promise<EntityCard | null>;
  signal: AbortSignal;
}

/** After the pointer leaves both the highlight and its card, the card waits this long before closing (ms). */
const CLOSE_GRACE_MS = 300;

/**
 * Opens an entity's card when its highlight is hovered or focused for a moment, or at once with Enter; keeps it
 * open while the pointer is over the card; closes it shortly after the pointer leaves both, or with Escape, which
 * returns focus to the highlight. One card at a time; data is fetched once per entity and page.
 */
export class HoverCards {
  private readonly cache = new Map<string, Promise<EntityCard | null>>();
  private openTimer?: ReturnType<typeof setTimeout>;
  private closeTimer?: ReturnType<typeof setTimeout>;
  private openMark?: Element;
  private ui?: CardUi;
  private shown?: CardShowRequest;

  constructor(private readonly options: HoverCardsOptions) {
    const { doc, signal } = options;
    const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, handler, { capture: true, signal });
    listen('pointerover', (event) => this.onEnter(event.target));
    listen('pointerout', (event) => this.onLeave(event.target, event.relatedTarget));
    listen('focusin', (event) => this.onEnter(event.target));
    listen('focusout', (event) => this.onLeave(event.target, event.relatedTarget));
    listen('keydown', (event) => this.onKey(event));
    doc.defaultView?.addEventListener('scroll', () => this.reposition(), { passive: true, capture: true, signal });
    signal.addEventListener('abort', () => this.close(false));
  }

  /** Closes the card, if any (e.g. when highlighting is turned off). */
  close(returnFocus: boolean): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    const mark = this.openMark;
    this.openMark = undefined;
    this.shown = undefined;
    this.ui?.hide();
    if (returnFocus && mark instanceof HTMLElement && mark.isConnected) mark.focus();
  }

  private markOf(target: EventTarget | null): Element | undefined {
    return target instanceof Element ? (target.closest(MARK_TAG) ?? undefined) : undefined;
  }

  private isCard(target: EventTarget | null): boolean {
    return target instanceof Element && target.tagName === CARD_HOST_TAG.toUpperCase();
  }

  private onEnter(target: EventTarget | null): void {
    if (this.isCard(target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const mark = this.markOf(target);
    if (!mark) return;
    clearTimeout(this.closeTimer);
    if (mark === this.openMark) return;
    clearTimeout(this.openTimer);
    // Start fetching during the delay, so the card renders at once when it ends.
    this.prefetch(mark);
    this.openTimer = setTimeout(() => void this.open(mark, false), this.options.delayMs());
  }

  private onLeave(target: EventTarget | null, next: EventTarget | null): void {
    const leaving = this.markOf(target) ?? (this.isCard(target) ? this.ui?.host : undefined);
    if (!leaving) return;
    if (next instanceof Node && (leaving.contains(next) || this.ui?.host.contains(next))) return;
    if (this.markOf(next) === this.openMark && this.openMark) return;
    clearTimeout(this.openTimer);
    if (!this.openMark) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(false), CLOSE_GRACE_MS);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openMark) {
      event.stopPropagation();
      this.close(true);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mark = this.markOf(event.target);
    if (!mark) return;
    event.preventDefault();
    clearTimeout(this.openTimer);
    void this.open(mark, true);
  }

  private prefetch(mark: Element): void {
    const id = mark.getAttribute(ENTITY_ATTRIBUTE);
    if (id) void this.card(id).catch(() => undefined);
    void this.options.loadUi().catch(() => undefined);
  }

  private card(entityId: string): Promise<EntityCard | null> {
    let pending = this.cache.get(entityId);
    if (!pending) {
      pending = this.options.fetchCard(entityId);
      // A failed fetch is retried on the next hover rather than cached.
      pending.catch(() => this.cache.delete(entityId));
      this.cache.set(entityId, pending);
    }
    return pending;
  }

  private async open(mark: Element, focus: boolean): Promise<void> {
    const entityId = mark.getAttribute(ENTITY_ATTRIBUTE);
    if (!entityId || this.options.signal.aborted) return;
    this.openMark = mark;
    this.ui = await this.options.loadUi();
    if (this.openMark !== mark) return;
    const show = (state: CardState) => {
      if (this.openMark !== mark) return;
      this.shown = { anchor: mark, state, focus, onClose: () => this.close(true) };
      this.ui?.show(this.shown);
    };
    const pending = this.card(entityId);
    let settled = false;
    const settle = () => {
      settled = true;
    };
    pending.then(settle, settle);
    // Only flash a loading state when the data is not already there.
    await Promise.resolve();
    if (!settled) show({ status: 'loading', entityId });
    try {
      const card = await pending;
      show(card ? { status: 'ready', card } : { status: 'error', entityId, message: entityId });
    } catch (error) {
      show({ status: 'error', entityId, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private reposition(): void {
    // The card is position: fixed; after a scroll it follows its highlight or closes when that left the view.
    const mark = this.openMark;
    if (!mark || !this.ui) return;
    const rect = mark.getBoundingClientRect();
    const view = this.options.doc.defaultView;
    if (rect.bottom < 0 || (view && rect.top > view.innerHeight)) this.close(false);
    else if (this.shown) this.ui.show({ ...this.shown, focus: false });
  }
}
