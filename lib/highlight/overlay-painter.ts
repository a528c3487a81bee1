import { pageLooksDark } from '@/lib/card/page-scheme';
import { type Area, type BoxKind, type ClientRect, intersect, planBoxes } from './box-plan';
import { mentionsNear, type OrderedMentions } from './in-view';
import { MarkLayer } from './mark-layer';
import { compareMentions, type Mention } from './mention';

/** The reader's highlight style (a setting). */
export type HighlightStyle = 'underline' | 'background';

/** Most boxes drawn in one frame (a page crammed with mentions gets the first ones near the viewport). */
const MAX_BOXES = 600;
/**
 * Most main-thread time one frame's drawing takes (ms). Past it, the rest is drawn in the next frames: in a text
 * node of thousands of lines each box read walks all its lines, and no frame of ours may run long.
 */
const DRAW_BUDGET_MS = 6;
/**
 * Mentions this far (a share of the viewport's height) above and below it are drawn too, ready to scroll in; less
 * above, since a drawing cut by its budget goes on top down and the viewport comes first.
 */
const BAND_ABOVE = 0.1;
const BAND_BELOW = 0.25;
/** Page changes that may move its text: each asks for one redraw at the next frame. */
const MOVING_EVENTS = ['load', 'transitionend', 'animationend', 'toggle'] as const;

export interface OverlayPainterOptions {
  doc: Document;
  /** The layer the boxes go in (the page host's closed shadow root). */
  layer: HTMLElement;
  /** Every mention on the page, in document order (the mention index). */
  mentions: OrderedMentions;
  /** Runs a callback before the next frame (requestAnimationFrame; tests run it at once). */
  nextFrame: (callback: () => void) => void;
}

/**
 * Paints mentions as boxes in the page host's closed shadow root (lib/content/page-host.ts), over the client rects
 * of the mentions near the viewport only, redrawn at the next frame after a scroll, a resize, a change of the
 * page or of the mentions. The page can enumerate nothing (no highlight registry, no element, attribute or size
 * of its own changes) and hit-tests nothing of ours (the layer takes no pointer events).
 *
 * A box is drawn only where the mention's own text is what the reader sees at that point (`elementFromPoint`):
 * the painted ranges it replaces were hidden with their text under a sticky header, a dialog or a scroller's
 * edge, and so are these boxes.
 */
export class OverlayPainter {
  private readonly marks: MarkLayer;
  private active?: Mention;
  private queued = false;
  private drawnLast: Mention[] = [];
  private watching?: AbortController;
  private readonly range: Range;
  /** Bumped by every change that may move text: a drawing in progress over several frames starts again. */
  private generation = 0;
  /** A drawing cut by its time budget, to go on with at the next frame if nothing moved meanwhile. */
  /** Bumped by whatever may move text (scroll, resize, a change of the page): boxes read before are stale. */
  private layoutGeneration = 0;
  /** Each mention's boxes and which of them the reader sees, as read in the current layout generation. */
  private boxes = new WeakMap<Mention, { generation: number; rects: ClientRect[]; seen?: ClientRect[] }>();
  /** Where the last complete frame's walk stopped, past the band (see `add`). */
  private beyond?: Mention;
  private partial?: {
    generation: number;
    from: number;
    items: { rects: ClientRect[]; kind: BoxKind }[];
    drawn: Mention[];
  };

  constructor(
    private style: HighlightStyle,
    private readonly options: OverlayPainterOptions,
  ) {
    this.marks = new MarkLayer(options.layer, options.doc);
    this.range = options.doc.createRange();
  }

  /**
   * Mentions were added to the index: draw them (those near the viewport) at the next frame. A scan in document
   * order mostly adds mentions far below the viewport: when all of them come after the last frame's `beyond`
   * (document order, no layout read), the drawing would not change, and is not redone.
   */
  add(mentions: readonly Mention[]): void {
    if (mentions.length === 0) return;
    this.watch();
    const beyond = this.beyond;
    if (beyond && mentions.every((m) => compareMentions(m, beyond) > 0)) return;
    this.queueDraw();
  }

  /** Mentions left the index. */
  remove(mentions: readonly Mention[]): void {
    if (mentions.length === 0) return;
    if (this.active && mentions.includes(this.active)) this.active = undefined;
    this.queueDraw();
  }

  /** Marks one mention as the one the reader is on (hovered, focused, card open), or none. */
  setActive(mention: Mention | undefined): void {
    if (mention === this.active) return;
    this.active = mention;
    // A card opens or closes with it, over some mentions: what the reader sees there is read again.
    this.layoutGeneration++;
    this.queueDraw();
  }

  /** Switches the highlight style. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.queueDraw();
  }

  /** Removes every box and stops following the page. */
  clear(): void {
    this.active = undefined;
    this.beyond = undefined;
    this.partial = undefined;
    this.boxes = new WeakMap();
    this.drawnLast = [];
    this.watching?.abort();
    this.watching = undefined;
    this.marks.clear();
  }

  /** The mentions that got a box in the last frame drawn (for the extension's own tests). */
  drawn(): readonly Mention[] {
    return this.drawnLast;
  }

  /** The mention the reader is on, if any. */
  get activeMention(): Mention | undefined {
    return this.active;
  }

  /** Draws at the next frame (once, however many changes come in before it). */
  queueDraw(goOn = false): void {
    if (!goOn) this.generation++;
    if (this.queued) return;
    this.queued = true;
    this.options.nextFrame(() => {
      this.queued = false;
      this.draw();
    });
  }

  /** Reads where the mentions near the viewport are, then writes the boxes: reads first, one layout. */
  draw(): void {
    const { doc, mentions } = this.options;
    const view = doc.defaultView;
    if (!view || mentions.size === 0) {
      this.drawnLast = [];
      this.marks.clear();
      return;
    }
    // A page that removed our host is not given it back here: coming back only where there are mentions to draw
    // would tell it that there are (the reader's deliberate acts, a card or the keyboard walk, bring it back).
    const width = doc.documentElement.clientWidth || view.innerWidth;
    const height = doc.documentElement.clientHeight || view.innerHeight;
    // Frames that follow only a change of the mentions (a scan's batch, the active one) reuse what was read.
    const known = (mention: Mention) => {
      let entry = this.boxes.get(mention);
      if (entry?.generation !== this.layoutGeneration) {
        entry = { generation: this.layoutGeneration, rects: this.clientRects(mention) };
        this.boxes.set(mention, entry);
      }
      return entry;
    };
    const read = (mention: Mention) => known(mention).rects;
    const extentOf = (mention: Mention) => {
      const rects = read(mention);
      if (rects.length === 0) return undefined;
      return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.top + r.height)) };
    };
    const deadline = performance.now() + DRAW_BUDGET_MS;
    const resume = this.partial?.generation === this.generation ? this.partial : undefined;
    this.partial = undefined;
    const band = { top: -BAND_ABOVE * height, bottom: (1 + BAND_BELOW) * height };
    const found = mentionsNear(mentions, extentOf, band, { from: resume?.from, deadline });
    const near = found.mentions;
    let next = found.next;
    this.beyond = undefined;
    const scroller = doc.scrollingElement ?? doc.documentElement;
    // Within the page's scroll area: a box past its end would make the page scrollable further.
    const area: Area = intersect(
      { left: 0, top: band.top, right: width, bottom: band.bottom },
      { left: 0, top: -scroller.scrollTop, right: width, bottom: scroller.scrollHeight - scroller.scrollTop },
    );
    const viewport: Area = { left: 0, top: 0, right: width, bottom: height };
    const items = resume?.items ?? [];
    const drawn = resume?.drawn ?? [];
    for (const [k, mention] of near.entries()) {
      // Hit tests cost more in a text node of thousands of lines, too: past the budget, the rest next frame.
      if (k > 0 && performance.now() > deadline) {
        next = found.positions[k];
        break;
      }
      const entry = known(mention);
      entry.seen ??= entry.rects.filter((rect) => this.seen(mention, rect, viewport));
      const rects = entry.seen;
      if (rects.length === 0) continue;
      drawn.push(mention);
      items.push({ rects, kind: mention === this.active ? 'active' : this.style });
    }
    if (next !== undefined) {
      this.partial = { generation: this.generation, from: next, items, drawn };
      this.queueDraw(true);
    } else this.beyond = found.beyond;
    const origin = this.options.layer.getBoundingClientRect();
    const boxes = planBoxes(items, origin, area, MAX_BOXES);
    this.drawnLast = drawn;
    this.marks.draw(boxes, pageLooksDark(doc) ? 'dark' : 'light');
  }

  /** The boxes a mention's text occupies now (viewport coordinates); none once its text changed or left. */
  private clientRects({ node, start, end }: Mention): ClientRect[] {
    if (!node.isConnected || end > node.length) return [];
    this.range.setStart(node, start);
    this.range.setEnd(node, end);
    return [...this.range.getClientRects()];
  }

  /**
   * Whether the reader sees this rect of a mention's text: outside the viewport it cannot be told yet (it is
   * drawn, and checked once scrolled in); inside, the element at its centre must be the text's own element (or,
   * where that element lets pointer events through, one that holds it while the text itself is visible).
   */
  private seen(mention: Mention, rect: ClientRect, viewport: Area): boolean {
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (x < viewport.left || x >= viewport.right || y < viewport.top || y >= viewport.bottom) return true;
    const parent = mention.node.parentElement;
    const hit = this.options.doc.elementFromPoint(x, y);
    if (!parent || !hit) return false;
    if (hit === parent) return true;
    if (!hit.contains(parent)) return false;
    const style = this.options.doc.defaultView?.getComputedStyle(parent);
    return style?.visibility === 'visible' && style.pointerEvents === 'none';
  }

  /** Redraws after whatever may move the page's text; only while there is something to draw. */
  private watch(): void {
    if (this.watching) return;
    const { doc } = this.options;
    const view = doc.defaultView;
    if (!view) return;
    this.watching = new AbortController();
    const signal = this.watching.signal;
    const redraw = (event?: Event) => {
      // A page can dispatch events of its own: they must not make us do work.
      if (event && !event.isTrusted) return;
      this.layoutGeneration++;
      if (this.options.mentions.size > 0) this.queueDraw();
    };
    // Scroll does not bubble: capturing on the document sees every scroller's.
    doc.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
    view.addEventListener('resize', redraw, { passive: true, signal });
    view.visualViewport?.addEventListener('resize', redraw, { passive: true, signal });
    for (const type of MOVING_EVENTS) doc.addEventListener(type, redraw, { capture: true, passive: true, signal });
    doc.fonts?.addEventListener?.('loadingdone', redraw, { signal });
    // Our own state attribute on <html> moves nothing.
    const ours = (r: MutationRecord) => r.target === doc.documentElement && r.attributeName === 'data-deal-lens';
    const observer = new MutationObserver((records) => {
      if (!records.every(ours)) redraw();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => redraw()) : undefined;
    sizes?.observe(doc.documentElement);
    if (doc.body) sizes?.observe(doc.body);
    signal.addEventListener('abort', () => {
      observer.disconnect();
      sizes?.disconnect();
    });
  }
}
