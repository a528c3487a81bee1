import type { Mention } from './mention';
import { firstNotAbove, type OrderedMentions, type PaintViewport, windowAround } from './paint-window';

/** The reader's highlight style (a setting). */
export type HighlightStyle = 'underline' | 'background';

/**
 * The names of our entries in the page's highlight registry, each styled by a `::highlight()` rule in
 * highlights.css. Every name starts with `deal-lens`; none carries anything about an entity. A mention's range
 * is in exactly one entry at a time: its style's, or `active` while it is hovered, focused or has its card open.
 */
export const HIGHLIGHT_NAMES = {
  underline: 'deal-lens-underline',
  background: 'deal-lens-background',
  active: 'deal-lens-active',
} as const;

/** The parts of the CSS Custom Highlight API the painter uses (a parameter, so tests can hand in their own). */
export interface HighlightApi {
  registry: {
    get(name: string): Highlight | undefined;
    set(name: string, highlight: Highlight): unknown;
    delete(name: string): boolean;
  };
  createHighlight(): Highlight;
  createRange(mention: Mention): AbstractRange;
}

/** The browser's own API. StaticRange: the page's edits never have to update it (see docs/adr). */
export function browserHighlightApi(): HighlightApi {
  return {
    registry: CSS.highlights,
    createHighlight: () => new Highlight(),
    createRange: ({ node, start, end }) =>
      new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
  };
}

/** Painting only near the viewport (see paint-window.ts): where the mentions and the viewport are, and how many. */
export interface PaintWindowOptions {
  mentions: OrderedMentions;
  viewport: PaintViewport;
  /** Most ranges registered at once; up to this many mentions on a page, all are painted. */
  limit: number;
  /** Runs a callback before the next frame (requestAnimationFrame; tests run it at once). */
  nextFrame: (callback: () => void) => void;
}

/**
 * Paints mentions as ranges in the page's highlight registry (`CSS.highlights`): nothing is inserted into the
 * page, no text node is split, and clearing is deleting our entries. With a paint window, a page with more
 * mentions than its limit gets only those around the viewport painted, and the window follows the reader.
 */
export class HighlightPainter {
  private readonly styled: Highlight;
  private readonly active: Highlight;
  private activeMention?: Mention;
  private registered = false;
  /** Mentions with a range (every one added and not removed). */
  private readonly known = new Set<Mention>();
  /** The mentions in the window: in `styled`, or in `active` while active. */
  private readonly painted = new Set<Mention>();
  /** The window's first and last mention, to tell when the reader scrolled past an edge. */
  private edges?: { first: Mention; last: Mention; atStart: boolean; atEnd: boolean };
  private refreshQueued = false;
  private stopWatching?: () => void;

  constructor(
    private style: HighlightStyle,
    private readonly api: HighlightApi = browserHighlightApi(),
    private readonly window?: PaintWindowOptions,
  ) {
    this.styled = api.createHighlight();
    this.active = api.createHighlight();
  }

  /** Paints mentions (each gets its range; beyond the window's limit, only those near the viewport are shown). */
  add(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      mention.range = this.api.createRange(mention);
      this.known.add(mention);
    }
    if (mentions.length === 0) return;
    if (this.windowed()) this.queueRefresh();
    else for (const mention of mentions) this.paint(mention);
    this.register();
  }

  /** Stops painting mentions. */
  remove(mentions: readonly Mention[]): void {
    let removed = false;
    for (const mention of mentions) {
      if (!mention.range || !this.known.delete(mention)) continue;
      removed = true;
      this.unpaint(mention);
      this.active.delete(mention.range);
      if (mention === this.activeMention) this.activeMention = undefined;
    }
    if (removed && this.edges) this.queueRefresh();
  }

  /** Marks one mention as the one the reader is on (hovered, focused, card open), or none. */
  setActive(mention: Mention | undefined): void {
    if (mention === this.activeMention) return;
    const previous = this.activeMention;
    if (previous?.range) {
      this.active.delete(previous.range);
      if (this.painted.has(previous)) this.styled.add(previous.range);
    }
    this.activeMention = mention;
    if (mention?.range) {
      this.styled.delete(mention.range);
      this.active.add(mention.range);
    }
  }

  /** Switches the highlight style: the same ranges, under the other style's name. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    if (this.registered) this.unregister(HIGHLIGHT_NAMES[this.style], this.styled);
    this.style = style;
    if (this.registered) this.api.registry.set(HIGHLIGHT_NAMES[this.style], this.styled);
  }

  /** Removes every range and our entries from the registry. */
  clear(): void {
    this.styled.clear();
    this.active.clear();
    this.known.clear();
    this.painted.clear();
    this.edges = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.activeMention = undefined;
    if (!this.registered) return;
    this.unregister(HIGHLIGHT_NAMES[this.style], this.styled);
    this.unregister(HIGHLIGHT_NAMES.active, this.active);
    this.registered = false;
  }

  private windowed(): boolean {
    return this.window !== undefined && (this.edges !== undefined || this.known.size > this.window.limit);
  }

  private paint(mention: Mention): void {
    if (!mention.range || this.painted.has(mention)) return;
    this.painted.add(mention);
    if (mention !== this.activeMention) this.styled.add(mention.range);
  }

  private unpaint(mention: Mention): void {
    // The active mention stays in `active`: the reader is on it, even when the window moved away.
    if (mention.range && this.painted.delete(mention)) this.styled.delete(mention.range);
  }

  /** One window update per frame, however many batches or scroll events came in between. */
  private queueRefresh(): void {
    if (this.refreshQueued || !this.window) return;
    this.refreshQueued = true;
    this.window.nextFrame(() => {
      this.refreshQueued = false;
      this.refreshWindow();
    });
  }

  /**
   * Paints the mentions around the viewport and unpaints the others; ranges already painted stay untouched, so
   * a refresh that changes nothing costs the page no marker rebuild.
   */
  private refreshWindow(): void {
    const window = this.window;
    if (!window || this.known.size === 0) return;
    const { mentions, viewport, limit } = window;
    const [start, end] = windowAround(mentions.size, firstNotAbove(mentions, viewport.extentOf), limit);
    const wanted = new Set<Mention>();
    for (let index = start; index < end; index++) {
      const mention = mentions.nth(index);
      if (mention && this.known.has(mention)) wanted.add(mention);
    }
    for (const mention of [...this.painted]) if (!wanted.has(mention)) this.unpaint(mention);
    for (const mention of wanted) this.paint(mention);
    const first = mentions.nth(start);
    const last = mentions.nth(end - 1);
    this.edges = first && last ? { first, last, atStart: start === 0, atEnd: end === mentions.size } : undefined;
    if (this.edges) this.stopWatching ??= viewport.watch(() => this.onViewportMove());
  }

  /** After a scroll: a new window only when the viewport reaches past the painted stretch. */
  private onViewportMove(): void {
    const edges = this.edges;
    const viewport = this.window?.viewport;
    if (!edges || !viewport) return;
    const top = viewport.extentOf(edges.first)?.top;
    const bottom = viewport.extentOf(edges.last)?.bottom;
    const gapAbove = !edges.atStart && (top === undefined || top > 0);
    const gapBelow = !edges.atEnd && (bottom === undefined || bottom < viewport.height());
    if (gapAbove || gapBelow) this.queueRefresh();
  }

  /**
   * Deletes an entry only while it is still ours: after an extension reload, the orphaned copy of the content
   * script must not delete what the new copy registered under the same name.
   */
  private unregister(name: string, highlight: Highlight): void {
    if (this.api.registry.get(name) === highlight) this.api.registry.delete(name);
  }

  private register(): void {
    if (this.registered) return;
    this.registered = true;
    this.api.registry.set(HIGHLIGHT_NAMES[this.style], this.styled);
    this.api.registry.set(HIGHLIGHT_NAMES.active, this.active);
    // Painted above the page's own highlights (spelling, find-in-page use theirs; page entries default to 0).
    this.styled.priority = 1;
    this.active.priority = 2;
  }
}
