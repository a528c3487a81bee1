/**
 * Scrolls the page to a figure the popup lists (issue 23) and selects it, so the reader sees it at once: the
 * figure's words inside its sentence (`quote`), else its first occurrence. Run by `scripting.executeScript` in the
 * extension's isolated world, only when the reader asks: self-contained (the function is sent as its source, so
 * it may use nothing outside itself). Whitespace is compared collapsed: the article's text joins paragraphs and
 * lines differently from the page's nodes. Returns whether the figure was found.
 */
export function revealFigureInPage(quote: string, text: string, doc: Document = document): boolean {
  const body = doc.body;
  if (!body || !text.trim()) return false;
  // The page's visible text, whitespace collapsed, with where each character comes from.
  const chars: string[] = [];
  const from: { node: Text; offset: number }[] = [];
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/u.test(data[i] ?? '');
      if (space && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
      chars.push(space ? ' ' : (data[i] ?? ''));
      from.push({ node, offset: i });
    }
  }
  const haystack = chars.join('');
  const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const figure = collapse(text);
  const sentence = collapse(quote);
  const inSentence = sentence ? haystack.indexOf(sentence) : -1;
  const within = inSentence >= 0 ? sentence.indexOf(figure) : -1;
  const start = inSentence >= 0 && within >= 0 ? inSentence + within : haystack.indexOf(figure);
  if (start < 0) return false;
  const first = from[start];
  const last = from[start + figure.length - 1];
  if (!first || !last) return false;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  first.node.parentElement?.scrollIntoView({ block: 'center' });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
