/** Elements whose text a reader does not read as prose, or which belong to the page's controls. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

/**
 * Whether this element itself (not its ancestors) is out of bounds: a skipped tag, an editable region, or text
 * the page marks as not for the reader (`hidden`, `aria-hidden="true"`). Styles that hide text are checked
 * later, on the few elements that hold a mention (see mention-visibility.ts).
 */
function skipsItself(element: Element): boolean {
  // SVG and MathML elements report lower-case tag names.
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Whether text directly inside `element` is readable: neither it nor an ancestor is skipped. Verdicts are
 * memoized per element, so each element of the page is examined once, however many text nodes it holds.
 */
function readableIn(element: Element | null, memo: WeakMap<Element, boolean>): boolean {
  if (element === null) return false;
  const known = memo.get(element);
  if (known !== undefined) return known;
  // Walk up to the nearest element with a verdict, then fill the verdicts back down the chain.
  const chain: Element[] = [];
  let cursor: Element | null = element;
  let verdict = true;
  while (cursor) {
    const cached = memo.get(cursor);
    if (cached !== undefined) {
      verdict = cached;
      break;
    }
    chain.push(cursor);
    cursor = cursor.parentElement;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const link = chain[i] as Element;
    verdict = verdict && !skipsItself(link);
    memo.set(link, verdict);
  }
  return verdict;
}

const hasText = /\S/;

/**
 * Walks the readable text nodes under `root` in document order, a slice at a time: each call to `next` returns
 * nodes until the character or node budget is reached, so the caller can yield to the page in between.
 *
 * Why SHOW_TEXT with no filter and a memoized verdict per element: the benchmark decomposed the walk (see
 * tests/bench/results.md). A JavaScript NodeFilter over elements and text cost 9–16× the bare walk; a native
 * `closest()` per new parent was worse still (19–34×); one verdict per element, memoized, costs 1.4–4.6×. Text
 * inside skipped elements (a few large script blocks, typically) is visited but never read.
 */
export class ReadableTextCursor {
  private readonly walker: TreeWalker | null;
  private pending: Text | null = null;
  private done = false;
  private readonly verdicts = new WeakMap<Element, boolean>();

  constructor(root: Node, doc: Document = root.ownerDocument ?? (root as Document)) {
    if (root.nodeType === Node.TEXT_NODE) {
      // A text node the page added or rewrote: it is its own whole subtree.
      this.walker = null;
      this.pending = root as Text;
    } else if (root.nodeType === Node.ELEMENT_NODE || root.nodeType === Node.DOCUMENT_NODE) {
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    } else {
      this.walker = null;
      this.done = true;
    }
  }

  get finished(): boolean {
    return this.done;
  }

  /** Up to `maxChars` characters (at least one node) or `maxNodes` nodes, or until `deadline` (performance.now()). */
  next(maxChars: number, maxNodes: number, deadline = Number.POSITIVE_INFINITY): Text[] {
    const nodes: Text[] = [];
    let chars = 0;
    let visited = 0;
    while (!this.done && chars < maxChars && nodes.length < maxNodes) {
      const node = this.advance();
      if (!node) {
        this.done = true;
        break;
      }
      if (!this.readable(node)) continue;
      nodes.push(node);
      chars += node.data.length;
      // Reading the clock costs too: check it every 256 nodes visited.
      if ((++visited & 255) === 0 && performance.now() > deadline) break;
    }
    return nodes;
  }

  private advance(): Text | null {
    if (this.pending) {
      const node = this.pending;
      this.pending = null;
      return node;
    }
    return (this.walker?.nextNode() as Text | null) ?? null;
  }

  private readable(node: Text): boolean {
    return readableIn(node.parentElement, this.verdicts) && hasText.test(node.data);
  }
}
