import type { Mention } from './mention';

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

/**
 * Paints mentions as ranges in the page's highlight registry (`CSS.highlights`): nothing is inserted into the
 * page, no text node is split, and clearing is deleting our entries.
 */
export class HighlightPainter {
  private readonly styled: Highlight;
  private readonly active: Highlight;
  private activeMention?: Mention;
  private registered = false;

  constructor(
    private style: HighlightStyle,
    private readonly api: HighlightApi = browserHighlightApi(),
  ) {
    this.styled = api.createHighlight();
    this.active = api.createHighlight();
  }

  /** Paints mentions (each gets its range). */
  add(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      mention.range = this.api.createRange(mention);
      this.styled.add(mention.range);
    }
    if (mentions.length > 0) this.register();
  }

  /** Stops painting mentions. */
  remove(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      if (!mention.range) continue;
      this.styled.delete(mention.range);
      this.active.delete(mention.range);
      if (mention === this.activeMention) this.activeMention = undefined;
    }
  }

  /** Marks one mention as the one the reader is on (hovered, focused, card open), or none. */
  setActive(mention: Mention | undefined): void {
    if (mention === this.activeMention) return;
    const previous = this.activeMention;
    if (previous?.range) {
      this.active.delete(previous.range);
      this.styled.add(previous.range);
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
    this.activeMention = undefined;
    if (!this.registered) return;
    this.unregister(HIGHLIGHT_NAMES[this.style], this.styled);
    this.unregister(HIGHLIGHT_NAMES.active, this.active);
    this.registered = false;
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
