/**
 * One highlighted mention: where it is (a text node and offsets into its data) and which entity it names. Lives
 * only in the content script's isolated world; the page sees nothing of it (its box is drawn in our closed layer).
 */
export interface Mention {
  node: Text;
  start: number;
  end: number;
  entityId: string;
  /** The mention's text when it was found (its node's text there, as long as the node is unchanged). */
  text: string;
}

/** Orders two mentions as they appear in the document (then by offset within one text node). */
export function compareMentions(a: Mention, b: Mention): number {
  if (a.node === b.node) return a.start - b.start;
  const position = a.node.compareDocumentPosition(b.node);
  if (position & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) return -1;
  if (position & 2 /* Node.DOCUMENT_POSITION_PRECEDING */) return 1;
  return 0;
}
