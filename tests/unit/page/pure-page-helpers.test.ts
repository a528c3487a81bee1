// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageLooksDark } from '@/lib/card/page-scheme';
import { findArticleRegion, scanRoot } from '@/lib/scan/article-region';
import { planHighlights } from '@/lib/scan/highlight-plan';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('planHighlights', () => {
  const segments = ['Google Cloud et Google', '  ', 'Pérou'];
  it.each([
    [
      'groups by segment, sorted',
      [
        [2, 0, 5, 'peru'],
        [0, 0, 12, 'google-cloud'],
      ],
      { 0: [[0, 12, 'google-cloud']], 2: [[0, 5, 'peru']] },
    ],
    [
      'overlaps: the first, then the longest, wins',
      [
        [0, 0, 6, 'google'],
        [0, 0, 12, 'google-cloud'],
        [0, 7, 12, 'cloud'],
      ],
      { 0: [[0, 12, 'google-cloud']] },
    ],
    [
      'drops empty, reversed and out-of-bounds ranges',
      [
        [0, 3, 3, 'a'],
        [0, 5, 2, 'b'],
        [0, 0, 99, 'c'],
        [7, 0, 1, 'd'],
      ],
      {},
    ],
    ['drops whitespace-only ranges', [[1, 0, 2, 'space']], {}],
    [
      'keeps touching ranges',
      [
        [0, 0, 12, 'google-cloud'],
        [0, 16, 22, 'google'],
      ],
      {
        0: [
          [0, 12, 'google-cloud'],
          [16, 22, 'google'],
        ],
      },
    ],
  ] as const)('%s', (_label, matches, expected) => {
    const plan = planHighlights(matches as never, segments);
    const simple = Object.fromEntries(
      [...plan].map(([i, ranges]) => [i, ranges.map((r) => [r.start, r.end, r.entityId])]),
    );
    expect(simple).toEqual(expected);
  });
});

describe('findArticleRegion and scanRoot', () => {
  const long = 'x'.repeat(600);
  it.each([
    [
      'the schema.org article body, or its article',
      `<main><article id="a"><div itemprop="articleBody">b</div></article></main>`,
      'a',
    ],
    [
      'the largest <article> of the first eight',
      `<article id="s">short</article><article id="l">${long}</article>`,
      'l',
    ],
    ['<main> when no article is long enough', `<main id="m"><article>short</article></main>`, 'm'],
    ['role=main too', `<div role="main" id="r">text</div>`, 'r'],
  ])('%s', (_label, html, id) => {
    document.body.innerHTML = html;
    expect(findArticleRegion(document)?.id).toBe(id);
  });

  it('scans the body when asked for the page, or when no region is found', () => {
    document.body.innerHTML = '<div>no article</div>';
    expect(findArticleRegion(document)).toBeNull();
    expect(scanRoot(document, 'article')).toBe(document.body);
    document.body.innerHTML = `<main id="m">${long}</main>`;
    expect(scanRoot(document, 'page')).toBe(document.body);
    expect(scanRoot(document, 'article')?.id).toBe('m');
  });
});

describe('pageLooksDark', () => {
  it.each([
    ['a dark body', 'rgb(20, 20, 24)', '', true],
    ['a light body', 'rgb(250, 250, 250)', '', false],
    ['a transparent body on a dark root', 'rgba(0, 0, 0, 0)', 'rgb(10, 10, 10)', true],
    ['a nearly transparent dark body on a light root', 'rgba(0, 0, 0, 0.2)', 'rgb(255, 255, 255)', false],
  ])('%s', (_label, body, root, dark) => {
    document.body.style.backgroundColor = body;
    if (root) document.documentElement.style.backgroundColor = root;
    expect(pageLooksDark(document)).toBe(dark);
  });
});
