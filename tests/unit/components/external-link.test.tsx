// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleApp } from '@/components/article/ArticleApp';
import { ExternalLink } from '@/components/common/ExternalLink';
import { FactItem } from '@/components/deal/FactItem';
import { ConflictList } from '@/components/library/ConflictList';
import { SearchResults } from '@/components/popup/SearchResults';
import { createI18n } from '@/lib/i18n';
import { findConflicts } from '@/lib/library/conflicts';
import { buildLibraryIndex } from '@/lib/library/library-index';
import { EMPTY_LIBRARY } from '@/lib/library/records';
import type { request } from '@/lib/messages/client';
import type { Article, Fact } from '@/lib/schema';
import { trainedFact } from './fixtures';

afterEach(cleanup);

const i18n = createI18n('en');
const HOSTILE = ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'https:evil'];

/** Every element of the rendered tree that the reader could follow somewhere. */
const links = (container: Element) => [...container.querySelectorAll('a, [href]')];

describe('ExternalLink', () => {
  const cases: [string | undefined, string | null][] = [
    ['https://news.example/peru', 'https://news.example/peru'],
    ['http://localhost:8080/a', 'http://localhost:8080/a'],
    ...HOSTILE.map((url): [string, null] => [url, null]),
    [undefined, null],
  ];
  it.each(cases)('%j → a link to %j (null: text only)', (href, expected) => {
    const { container } = render(<ExternalLink href={href}>Source</ExternalLink>);
    expect(container.textContent).toBe('Source');
    const found = links(container);
    expect(found.map((a) => a.getAttribute('href'))).toEqual(expected === null ? [] : [expected]);
    if (expected !== null) expect(found[0]?.getAttribute('rel')).toContain('noopener');
  });
});

// Records stored before the schemas refused such URLs still exist: every place that renders one shows text only.
describe.each(HOSTILE)('a stored %j is never a link', (url) => {
  it('under a fact (cards, article page)', () => {
    const view = { ...trainedFact, source: { ...trainedFact.source!, url } };
    const { container } = render(<FactItem view={view} i18n={i18n} />);
    expect(screen.getByText(/SCMP/)).toBeTruthy();
    expect(links(container)).toEqual([]);
  });

  it('in the popup search results', () => {
    const results = { entities: [], deals: [], facts: [], articles: [{ id: 'a', title: 'A story', url }] };
    const { container } = render(<SearchResults results={results} i18n={i18n} />);
    expect(screen.getByText('A story')).toBeTruthy();
    expect(links(container)).toEqual([]);
  });

  it('on the saved-article page', async () => {
    const article = {
      id: 'a-story',
      url,
      title: 'A story',
      language: 'en' as const,
      text: 'Text.',
      contentHash: 'a'.repeat(64),
      savedAt: 1,
      origin: 'user' as const,
    };
    const view = { article, spans: [], entityNames: {}, facts: [], candidates: null, deals: [] };
    const send = vi.fn(async () => view) as unknown as typeof request;
    const { container } = render(<ArticleApp i18n={i18n} articleId="a-story" send={send} />);
    expect(await screen.findByRole('heading', { name: 'A story' })).toBeTruthy();
    expect(screen.queryByText('Open the original article')).toBeNull();
    expect(links(container)).toEqual([]);
  });

  it('among conflicting figures in the library', () => {
    const article = (id: string, publisher: string): Article => ({
      id,
      url,
      title: id,
      publisher,
      language: 'en',
      text: 'Text.',
      contentHash: 'a'.repeat(64),
      savedAt: 1,
      origin: 'user',
    });
    const fact = (id: string, articleId: string, value: number): Fact => ({
      id,
      subject: { type: 'deal', id: 'd' },
      label: 'Jobs',
      value,
      unit: 'jobs',
      quote: 'q',
      articleId,
      origin: 'user',
    });
    const data = {
      ...EMPTY_LIBRARY,
      articles: [article('one', 'Paper One'), article('two', 'Paper Two')],
      facts: [fact('f1', 'one', 1), fact('f2', 'two', 2)],
    };
    const conflicts = findConflicts(data);
    expect(conflicts).toHaveLength(1);
    const { container } = render(<ConflictList conflicts={conflicts} index={buildLibraryIndex(data)} i18n={i18n} />);
    expect(screen.getAllByText(/Paper One/).length).toBeGreaterThan(0);
    expect(links(container).filter((a) => !a.getAttribute('href')?.startsWith('#'))).toEqual([]);
  });
});
