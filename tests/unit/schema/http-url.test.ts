import { describe, expect, it } from 'vitest';
import { ArticleSchema, isHttpUrl, PageArticleSchema, SearchResultsSchema, SourceRefSchema } from '@/lib/schema';

describe('isHttpUrl: only web addresses may be stored or become links', () => {
  it.each([
    ['https://news.example/peru?utm=1', true],
    ['http://localhost:8080/demo/article.html', true],
    ['http://127.0.0.1/', true],
    ['HTTPS://NEWS.EXAMPLE/', true],
    ['javascript:alert(document.cookie)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['chrome-extension://abc/library.html', false],
    ['ftp://files.example/x', false],
    // Without "//" a browser reads these relative to the extension page, not as the web address they look like.
    ['https:news.example', false],
    ['//news.example/peru', false],
    ['/peru', false],
    ['', false],
    [undefined, false],
    [42, false],
  ])('%j → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});

const article = {
  id: 'a-story',
  url: 'https://news.example/story',
  title: 'A story',
  language: 'en',
  text: 'Text.',
  contentHash: 'a'.repeat(64),
  savedAt: 1,
  origin: 'user',
};

describe('every URL field of a record is http(s)', () => {
  it.each([
    ['url', 'javascript:alert(1)'],
    ['url', 'data:text/html,hi'],
    ['canonicalUrl', 'javascript:alert(1)'],
    ['canonicalUrl', 'data:text/html;base64,PHNjcmlwdD4='],
  ])('an article with %s %j is refused, naming the field', (field, value) => {
    const result = ArticleSchema.safeParse({ ...article, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
    expect(result.error?.issues[0]?.message).toMatch(/http/);
  });

  it('an article with web addresses is accepted', () => {
    expect(ArticleSchema.safeParse({ ...article, canonicalUrl: 'https://news.example/s' }).success).toBe(true);
  });

  it.each([
    ['a source reference', () => SourceRefSchema.safeParse({ ...article, url: 'javascript:alert(1)' })],
    [
      'a search result',
      () =>
        SearchResultsSchema.safeParse({
          entities: [],
          deals: [],
          facts: [],
          articles: [{ id: 'a', title: 'A', url: 'data:text/html,hi' }],
        }),
    ],
  ])('%s (a reply the UI renders as a link) is refused', (_name, parse) => {
    expect(parse().success).toBe(false);
  });

  it('an extracted page must come from a web address; a bad canonical link is dropped, not stored', () => {
    const page = { title: 'T', text: 'Text.', length: 5, lang: 'en', url: 'https://news.example/s' };
    expect(PageArticleSchema.safeParse({ ...page, url: 'data:text/html,hi' }).success).toBe(false);
    const parsed = PageArticleSchema.parse({ ...page, canonicalUrl: 'javascript:alert(1)' });
    expect(parsed.canonicalUrl).toBeUndefined();
    expect(PageArticleSchema.parse({ ...page, canonicalUrl: 'https://news.example/c' }).canonicalUrl).toBe(
      'https://news.example/c',
    );
  });
});
