// extractMetadata: JSON-LD (graphs, type arrays, author shapes, malformed scripts), meta tags, <time>, <html lang>.

import { describe, expect, it } from 'vitest';
import { cleanByline, extractMetadata, languageOf } from '@/lib/extract/article-metadata';
import { normalizePublishedDate } from '@/lib/extract/metadata/published-date';
import { ArticleMetadataSchema } from '@/lib/schema';
import { documentOf, PAGE_URL } from './dom';

function metadataOf(head: string, body = '', htmlAttrs = '') {
  const doc = documentOf(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
  const metadata = extractMetadata(doc, PAGE_URL);
  expect(ArticleMetadataSchema.parse(metadata)).toEqual(metadata);
  return metadata;
}

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('extractMetadata: JSON-LD', () => {
  it('reads a NewsArticle with an author object and a publisher', () => {
    expect(
      metadataOf(
        ld({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'AWS investit au Mexique',
          author: { '@type': 'Person', name: 'Silvia Rodríguez' },
          publisher: { '@type': 'Organization', name: 'Forbes Mexico' },
          datePublished: '2025-01-14T09:30:00-06:00',
          inLanguage: 'es-MX',
        }),
      ),
    ).toMatchObject({
      title: 'AWS investit au Mexique',
      author: 'Silvia Rodríguez',
      publisher: 'Forbes Mexico',
      publishedTime: '2025-01-14T09:30:00-06:00',
      langTag: 'es-MX',
      language: 'es',
    });
  });

  it('finds the article in an @graph, with an array of types and referenced authors', () => {
    const data = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Example News' },
        { '@type': 'Organization', '@id': '#org', name: 'Example Media' },
        { '@type': 'Person', '@id': '#p1', name: 'Ana López' },
        {
          '@type': ['ReportageNewsArticle', 'Article'],
          headline: 'Huawei forma a 20.000 jóvenes',
          author: [{ '@id': '#p1' }, 'Luis Pérez', { name: 'Ana López' }],
          publisher: { '@id': '#org' },
          datePublished: '2024-05-02',
        },
      ],
    };
    expect(metadataOf(ld(data))).toMatchObject({
      title: 'Huawei forma a 20.000 jóvenes',
      author: 'Ana López, Luis Pérez',
      publisher: 'Example Media',
      publishedTime: '2024-05-02',
    });
  });

  it('reads a top-level array of nodes and prefers the news article', () => {
    const data = [
      { '@type': 'Article', headline: 'Generic' },
      { '@type': 'NewsArticle', headline: 'Specific', author: 'Jane Doe' },
    ];
    expect(metadataOf(ld(data))).toMatchObject({ title: 'Specific', author: 'Jane Doe' });
  });

  it('survives malformed JSON-LD and falls back to meta tags', () => {
    const head = [
      '<script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>',
      '<script type="application/ld+json"><!-- {"@type":"NewsArticle","author":{"name":"Commented Out"},} --></script>',
      '<meta property="og:title" content="From Open Graph">',
      '<title>Page title</title>',
    ].join('');
    expect(metadataOf(head)).toMatchObject({ title: 'From Open Graph', author: 'Commented Out' });
  });

  it('ignores JSON-LD that is not an object graph at all', () => {
    expect(metadataOf(`${ld(42)}${ld(null)}${ld('text')}<title>Only a title</title>`)).toEqual({
      title: 'Only a title',
      language: 'und',
    });
  });
});

describe('extractMetadata: meta tags and the document', () => {
  it.each([
    ['<meta property="article:published_time" content="2023-08-29T10:00:00Z">', '2023-08-29T10:00:00Z'],
    ['<meta name="citation_publication_date" content="2023/08/29">', '2023-08-29T00:00:00Z'],
    ['<meta name="dc.date" content="2023-08-29">', '2023-08-29'],
    ['<meta name="DC.date.issued" content="2023-08-29">', '2023-08-29'],
    ['<meta name="parsely-pub-date" content="2023-08-29T10:00:00+02:00">', '2023-08-29T10:00:00+02:00'],
    ['<meta name="sailthru.date" content="2023-08-29 10:00:00">', '2023-08-29T10:00:00'],
    ['<meta name="date" content="not a date"><meta name="pubdate" content="20230829">', '2023-08-29'],
  ])('dates: %s', (head, expected) => {
    expect(metadataOf(head).publishedTime).toBe(expected);
  });

  it('takes the date of a <time datetime> when no metadata has one', () => {
    const body =
      '<article><time datetime="2021-06-09">9 juin</time><time itemprop="datePublished" datetime="2021-06-08T08:00:00+02:00">8 juin</time></article>';
    expect(metadataOf('', body).publishedTime).toBe('2021-06-08T08:00:00+02:00');
    expect(metadataOf('', '<time datetime="2021-06-09">9 juin</time>').publishedTime).toBe('2021-06-09');
  });

  it.each([
    ['<meta name="author" content="By Jean Dupont">', 'Jean Dupont'],
    ['<meta name="parsely-author" content="Jane Doe">', 'Jane Doe'],
    ['<meta name="sailthru.author" content="Jane Doe">', 'Jane Doe'],
    [
      '<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, Rick">',
      'Doe, Jane, Roe, Rick',
    ],
    ['<meta name="dc.creator" content="Ana López">', 'Ana López'],
    ['<meta property="article:author" content="https://www.facebook.com/someone">', undefined],
  ])('authors: %s', (head, expected) => {
    expect(metadataOf(head).author).toBe(expected);
  });

  it('reads the site name, canonical URL and language', () => {
    const head =
      '<meta property="og:site_name" content="Le Monde.fr"><link rel="canonical" href="/pixels/article.html">' +
      '<meta property="og:url" content="https://other.example/">';
    expect(metadataOf(head, '', 'lang="fr-FR"')).toMatchObject({
      publisher: 'Le Monde.fr',
      canonicalUrl: 'https://news.example/pixels/article.html',
      langTag: 'fr-FR',
      language: 'fr',
    });
    expect(metadataOf('<meta property="og:locale" content="es_ES">').language).toBe('es');
    expect(metadataOf('', '', 'lang="pt-BR"')).toMatchObject({ langTag: 'pt-BR', language: 'und' });
  });

  it.each([
    ['<link rel="canonical" href="https://www.news.example/a">', 'https://www.news.example/a'],
    ['<link rel="canonical" href="https://victim.example/a">', undefined],
    // A forged canonical is skipped, and the page's own og:url on its site is believed.
    [
      '<link rel="canonical" href="https://victim.example/a"><meta property="og:url" content="https://news.example/b">',
      'https://news.example/b',
    ],
    ['<meta property="og:url" content="http://news.example/b">', undefined], // another scheme is another site
    [ld({ '@type': 'NewsArticle', url: 'https://elsewhere.example/c' }), undefined],
  ])('trusts a canonical address only on the page’s own site: %s', (head, expected) => {
    expect(metadataOf(head).canonicalUrl).toBe(expected);
  });

  it('refuses a canonical URL that is not http(s)', () => {
    expect(metadataOf('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBeUndefined();
  });
});

describe('helpers', () => {
  it.each([
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z'],
    ['2015-07-24', '2015-07-24'],
    ['Fri, 24 Jul 2015 05:36:09 GMT', '2015-07-24T05:36:09Z'],
    ['2023-02-30', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('normalizePublishedDate(%j) = %j', (raw, expected) => {
    expect(normalizePublishedDate(raw)).toBe(expected);
  });

  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019', undefined],
    ['Mark Mayer', 'Mark Mayer'],
  ])('cleanByline(%j) = %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it('maps language tags to the languages the extractor knows', () => {
    expect(['fr', 'en-US', 'es_419', 'FR', 'de', undefined].map(languageOf)).toEqual([
      'fr',
      'en',
      'es',
      'fr',
      'und',
      'und',
    ]);
  });
});
