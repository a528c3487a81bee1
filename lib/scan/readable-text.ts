import { CARD_HOST_TAG, MARK_TAG } from './contract';

/** Elements whose text a reader does not read as prose, or which belong to the page's controls or to us. */
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
  MARK_TAG.toUpperCase(),
  CARD_HOST_TAG.toUpperCase(),
]);

const hasText = /\S/;

/** Whether an element's subtree is out of bounds for highlighting. */
export function isSkippedElement(element: Element): boolean {
  // SVG elements report lower-case tag names; HTML ones upper-case.
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a text node lies inside something skipped (checked for nodes found outside a walk, e.g. mutations). */
export function isInsideSkipped(node: Node, stopAt: Node | null = null): boolean {
  for (let el = node.parentElement; el && el !== stopAt; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/**
 * Walks the readable text nodes under `root` in document order, a slice at a time: each call to `next` returns
 * nodes until the character or node budget is reached, so the caller can yield to the page in between.
 * Skipped subtrees are rejected whole by the walker, never descended into.
 */
export class ReadableTextCursor {
  private readonly walker: TreeWalker;
  private done = false;

  constructor(root: Node, doc: Document = root.ownerDocument ?? (root as Document)) {
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) {
          return hasText.test((node as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        }
        return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    if (
      root.nodeType !== Node.TEXT_NODE &&
      root.nodeType !== Node.ELEMENT_NODE &&
      root.nodeType !== Node.DOCUMENT_NODE
    ) {
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
    while (!this.done && chars < maxChars && nodes.length < maxNodes) {
      const node = this.walker.nextNode() as Text | null;
      if (!node) {
        this.done = true;
        break;
      }
      nodes.push(node);
      chars += node.data.length;
      // Reading the clock costs too: check it every 64 nodes.
      if ((nodes.length & 63) === 0 && performance.now() > deadline) break;
    }
    return nodes;
  }
}
