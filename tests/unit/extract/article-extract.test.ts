// extractArticle: Readability on a clone, merged with the metadata; typed failures on hostile input.

import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, MAX_DEPTH, MAX_TEXT_LENGTH } from '@/lib/extract/article-extract';
import { ExtractResultSchema } from '@/lib/schema';
import { articlePage, documentOf, PAGE_URL } from './dom';

describe('extractArticle', () => {
  it('reads the article and never changes the page', () => {
    const doc = documentOf(
      articlePage(
        '<title>Un partenariat de 7 ans - Exemple</title><meta property="og:site_name" content="Exemple">' +
          '<meta property="article:published_time" content="2023-08-30T08:00:00+02:00">',
        '<p class="byline">Par Jean Dupont</p>',
      ),
    );
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, PAGE_URL);
    expect(ExtractResultSchema.parse(result)).toEqual(result);
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!result.ok) throw new Error(result.reason);
    const { article } = result;
    expect(article).toMatchObject({
      title: 'Un partenariat de 7 ans',
      byline: 'Jean Dupont',
      siteName: 'Exemple',
      publishedTime: '2023-08-30T08:00:00+02:00',
      publishedDate: '2023-08-30',
      lang: 'fr',
    });
    // Plain text, paragraphs separated by one blank line, no navigation or footer.
    expect(article.text.split('\n\n')).toHaveLength(6);
    expect(article.text).not.toMatch(/Accueil|©/);
    expect(article.length).toBe(article.text.length);
  });

  it('guesses the language of a page that does not say it', () => {
    const html = articlePage('<title>Sans langue</title>').replace(' lang="fr"', '');
    const result = extractArticle(documentOf(html), PAGE_URL);
    expect(result.ok && result.article.lang).toBe('fr');
  });

  it('refuses a page with too much text before reading it', () => {
    const doc = documentOf('<!doctype html><html><body><p></p></body></html>');
    doc.querySelector('p')!.textContent = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    // Refused before Readability starts (a test of what runs, not of how long it takes).
    const parse = vi.spyOn(Readability.prototype, 'parse');
    expect(extractArticle(doc, PAGE_URL)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(parse).not.toHaveBeenCalled();
  });

  it.each([
    ['an empty page', '<!doctype html><html><head></head><body></body></html>'],
    ['only scripts', '<html><body><script>document.write("x")</script><style>p{}</style></body></html>'],
    ['a short note', '<html><body><p>Bonjour.</p></body></html>'],
    ['a frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
  ])('says "no-article" or "no-document" for %s, without throwing', (_name, html) => {
    const result = extractArticle(documentOf(html), PAGE_URL);
    expect(result.ok).toBe(false);
    expect(ExtractResultSchema.parse(result)).toEqual(result);
  });

  it('says "no-document" for an XML document without a body', () => {
    const doc = documentOf('<!doctype html><html><body></body></html>');
    const xml = doc.implementation.createDocument(null, 'feed', null);
    expect(extractArticle(xml, PAGE_URL)).toMatchObject({ ok: false, reason: 'no-document' });
  });

  const nested = (depth: number) =>
    `${'<div>'.repeat(depth)}<p>${'Un texte assez long pour un article. '.repeat(40)}</p>${'</div>'.repeat(depth)}`;

  it('refuses deep nesting instead of running Readability for minutes', () => {
    // Just past the limit: the refusal is the point, and a deeper tree only makes the test slow to build.
    const doc = documentOf(`<html><body>${nested(MAX_DEPTH + 50)}</body></html>`);
    const parse = vi.spyOn(Readability.prototype, 'parse');
    expect(extractArticle(doc, PAGE_URL)).toMatchObject({
      ok: false,
      reason: 'too-large',
      detail: expect.stringMatching(/nested/),
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('survives malformed metadata', () => {
    const head = '<script type="application/ld+json">{{{</script><meta name="date" content="31/31/31">';
    const result = extractArticle(documentOf(`<html><head>${head}</head><body>${nested(20)}</body></html>`), PAGE_URL);
    expect(ExtractResultSchema.parse(result)).toEqual(result);
    expect(result.ok && result.article.publishedTime).toBe(false);
  });
});
