/** Elements that start a new paragraph of the plain text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);

/** Elements whose text is never prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT']);

// Node types by number: this runs where the DOM globals (`Node`) may not exist (a worker, Node with jsdom).
const ELEMENT = 1;
const TEXT = 3;

/**
 * The plain text of an element: its paragraphs (block elements, `<br>` lines) separated by one blank line,
 * white space inside a paragraph collapsed to single spaces, table cells separated by a space.
 * Iterative, so a hostile page's deep nesting cannot overflow the stack.
 */
export function elementToText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // A stack of nodes still to visit; `null` marks the end of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      breakParagraph();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      breakParagraph();
      continue;
    }
    if (tag === 'TD' || tag === 'TH') current += ' ';
    const block = BLOCKS.has(tag);
    if (block) {
      breakParagraph();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  breakParagraph();
  return paragraphs.join('\n\n');
}
