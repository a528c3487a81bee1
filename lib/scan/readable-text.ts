import { CARD_HOST_TAG, MARK_TAG } from './contract';

/**
 * Elements whose text a reader does not read as prose, or which belong to the page's controls or to us; and
 * editable regions. One selector, so the check is a single native `closest()` call.
 */
const SKIPPED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'head',
  'title',
  MARK_TAG,
  CARD_HOST_TAG,
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

const hasText = /\S/;

/** Whether a text node lies inside something skipped (or has no element parent). */
export function isInsideSkipped(node: Node): boolean {
  const parent = node.parentElement;
  return parent === null || parent.closest(SKIPPED_SELECTOR) !== null;
}

/**
 * Walks the readable text nodes under `root` in document order, a slice at a time: each call to `next` returns
 * nodes until the character or node budget is reached, so the caller can yield to the page in between.
 *
 * Why SHOW_TEXT with no filter, and a `closest()` per new parent: a JavaScript NodeFilter is called for every
 * node and element of the page and cost 5–10× a bare walk (tests/bench profile); a native walk plus one native
 * selector match per distinct parent element costs little more than the bare walk. Text inside skipped elements
 * (a few large script blocks, typically) is visited but never read.
 */
export class ReadableTextCursor {
  private readonly walker: TreeWalker | null;
  private pending: Text | null = null;
  private done = false;
  private lastParent: Element | null = null;
  private lastParentReadable = false;

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
    const parent = node.parentElement;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastParentReadable = parent !== null && parent.closest(SKIPPED_SELECTOR) === null;
    }
    return this.lastParentReadable && hasText.test(node.data);
  }
}
