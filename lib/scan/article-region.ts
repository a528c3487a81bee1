/**
 * Where the article is on the page, so highlights stay in the story rather than in menus and footers: the
 * element schema.org marks as the article body, else the largest `<article>`, else `<main>`, else the body.
 */
export function findArticleRegion(doc: Document): Element | null {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked) return marked.closest('article') ?? marked;
  const articles = doc.querySelectorAll('article');
  let best: Element | null = null;
  let bestLength = 0;
  // Listing pages hold dozens of teaser <article>s; a handful is enough to find the story.
  for (let i = 0; i < Math.min(articles.length, 8); i++) {
    const length = articles[i]?.textContent?.length ?? 0;
    if (length > bestLength) {
      best = articles[i] ?? null;
      bestLength = length;
    }
  }
  if (best && bestLength > 500) return best;
  return doc.querySelector('main, [role="main"]') ?? best;
}

/** The element to scan for a scope setting: the article region when asked and found, else the body. */
export function scanRoot(doc: Document, scope: 'article' | 'page'): Element | null {
  return (scope === 'article' ? findArticleRegion(doc) : null) ?? doc.body;
}
