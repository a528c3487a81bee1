/** checkVisibility's options under their current and their first names (Chrome 105–120 know only the latter). */
const VISIBILITY_OPTIONS = {
  opacityProperty: true,
  visibilityProperty: true,
  checkOpacity: true,
  checkVisibilityCSS: true,
} as CheckVisibilityOptions;

/**
 * Whether a reader can see a stretch of text: its element is rendered (not `display: none`, `visibility:
 * hidden`, `opacity: 0`, `content-visibility: hidden` or a closed `<details>`), the text has a size (not
 * `font-size: 0`), and no ancestor clips it away (a 0–1 px box with overflow hidden, `clip: rect(0 0 0 0)`,
 * `clip-path: inset(50%)`: the usual ways to hide text from sight).
 *
 * Why only for text that has matches, after matching: the checks force style and layout reads that cost about
 * 12× a bare text walk when run on every element of a page (measured on wikipedia-2); run on the few elements
 * that hold a mention, they cost next to nothing. Hidden text is still read for matching, but a mention in it
 * is never painted, counted or shown, so a page learns nothing from invisible words. Verdicts about ancestors are
 * remembered until `reset()` (call it once per batch: layout can change between batches).
 */
export class VisibilityCheck {
  private clipMemo = new WeakMap<Element, boolean>();
  /** Verdicts per parent element (rendered and not clipped), and per text node (has a size): many mentions share them. */
  private elementMemo = new WeakMap<Element, boolean>();
  private sizedMemo = new WeakMap<Text, boolean>();

  constructor(private readonly doc: Document) {}

  /** Forgets remembered verdicts (the page's layout may have changed). */
  reset(): void {
    this.clipMemo = new WeakMap();
    this.elementMemo = new WeakMap();
    this.sizedMemo = new WeakMap();
  }

  isVisible(node: Text, start: number, end: number): boolean {
    const parent = node.parentElement;
    if (!parent || !node.isConnected) return false;
    let shown = this.elementMemo.get(parent);
    if (shown === undefined) {
      shown =
        (typeof parent.checkVisibility !== 'function' || parent.checkVisibility(VISIBILITY_OPTIONS)) &&
        !this.clippedAway(parent);
      this.elementMemo.set(parent, shown);
    }
    if (!shown) return false;
    // One text node has one font: the first mention's box says whether its text has a size (not font-size: 0).
    // Only read where the style allows doubt: a box read forces a layout of the page, a style read does not.
    let sized = this.sizedMemo.get(node);
    if (sized === undefined) {
      const fontSize = Number.parseFloat(this.doc.defaultView?.getComputedStyle(parent).fontSize ?? '');
      if (fontSize >= 1) sized = true;
      else {
        const range = this.doc.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const rect = range.getBoundingClientRect();
        sized = rect.width >= 1 && rect.height >= 1;
      }
      this.sizedMemo.set(node, sized);
    }
    return sized;
  }

  private clippedAway(element: Element): boolean {
    const view = this.doc.defaultView;
    if (!view) return false;
    const chain: Element[] = [];
    let verdict = false;
    for (let cursor: Element | null = element; cursor; cursor = cursor.parentElement) {
      const known = this.clipMemo.get(cursor);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(cursor);
      if (cursor === this.doc.body || cursor === this.doc.documentElement) break;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i] as Element;
      verdict = verdict || clipsItsContent(link, view.getComputedStyle(link));
      this.clipMemo.set(link, verdict);
    }
    return verdict;
  }
}

/** Whether an element's own box hides its content: clipped to (almost) nothing. */
export function clipsItsContent(
  element: Pick<Element, 'clientWidth' | 'clientHeight'>,
  style: Pick<CSSStyleDeclaration, 'display' | 'overflowX' | 'overflowY' | 'clip' | 'clipPath' | 'position'>,
): boolean {
  // Overflow applies to boxes only: an inline element reports a client size of 0 whatever it shows.
  const boxed = style.display !== 'inline' && style.display !== 'contents';
  const overflowHidden = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  if (boxed && overflowHidden && (element.clientWidth <= 1 || element.clientHeight <= 1)) return true;
  if ((style.position === 'absolute' || style.position === 'fixed') && style.clip && style.clip !== 'auto') {
    const [top, right, bottom, left] = (style.clip.match(/-?[\d.]+/g) ?? []).map(Number);
    if (
      top !== undefined &&
      right !== undefined &&
      bottom !== undefined &&
      left !== undefined &&
      (right - left <= 1 || bottom - top <= 1)
    ) {
      return true;
    }
  }
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%/.exec(style.clipPath ?? '');
  return inset !== null && Number(inset[1]) >= 50;
}
