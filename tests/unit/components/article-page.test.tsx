// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleApp } from '@/components/article/ArticleApp';
import { createI18n } from '@/lib/i18n';
import type { request } from '@/lib/messages/client';

afterEach(cleanup);

const text = 'Huawei signe avec le Pérou.\nIl formera 20 000 jeunes au Pérou.';
const view = {
  article: {
    id: 'huawei-peru-abc',
    url: 'https://news.example/peru',
    title: 'Huawei et le Pérou',
    publisher: 'News Example',
    language: 'fr' as const,
    text,
    contentHash: 'a'.repeat(64),
    savedAt: 1,
    origin: 'user' as const,
  },
  spans: [
    [0, 6, 'huawei'],
    [21, 26, 'peru'],
  ] as [number, number, string][],
  entityNames: { huawei: 'Huawei', peru: 'Peru' },
  facts: [],
  deals: [{ id: 'huawei-peru', title: 'Huawei × Peru' }],
  candidates: {
    articleId: 'huawei-peru-abc',
    facts: [
      {
        id: 'f-20000',
        label: 'People trained',
        value: 20000,
        unit: 'people' as const,
        quote: 'Il formera 20 000 jeunes au Pérou.',
        articleId: 'huawei-peru-abc',
        subject: { type: 'deal' as const, id: 'huawei-peru' },
        quoteStart: 28,
        quoteEnd: 62,
        figure: {
          kind: 'count' as const,
          value: 20000,
          unit: 'people' as const,
          start: 39,
          end: 54,
          text: '20 000 jeunes',
        },
      },
    ],
    entities: [
      {
        name: 'Ministerio de la Producción',
        kindGuess: 'government' as const,
        count: 2,
        quote: 'q',
        quoteStart: 0,
        quoteEnd: 1,
        score: 3,
      },
    ],
  },
};

function fakeSend() {
  return vi.fn(async (name: string) =>
    name === 'getArticleView' ? view : name === 'addCandidateEntity' ? { id: 'x' } : { ok: true },
  ) as unknown as typeof request;
}

describe('ArticleApp', () => {
  it('shows the text with its mentions marked, the original link, and the candidates', async () => {
    render(<ArticleApp i18n={createI18n('en')} articleId="huawei-peru-abc" send={fakeSend()} />);
    expect(await screen.findByRole('heading', { name: 'Huawei et le Pérou' })).toBeTruthy();
    const marks = [...document.querySelectorAll('mark.dl-mention')].map((m) => [
      m.getAttribute('data-entity'),
      m.textContent,
    ]);
    expect(marks).toEqual([
      ['huawei', 'Huawei'],
      ['peru', 'Pérou'],
    ]);
    expect(screen.getByRole('link', { name: 'Open the original article' }).getAttribute('href')).toBe(
      'https://news.example/peru',
    );
    expect(screen.getByText('Figures to review (1)')).toBeTruthy();
    expect(screen.getByText('Ministerio de la Producción')).toBeTruthy();
  });

  it('accepts a figure under the chosen subject and adds a name with its kind', async () => {
    const send = fakeSend();
    render(<ArticleApp i18n={createI18n('en')} articleId="huawei-peru-abc" send={send} />);
    await screen.findByText('Figures to review (1)');
    fireEvent.click(screen.getAllByRole('button', { name: 'Accept' })[0] as HTMLElement);
    expect(send).toHaveBeenCalledWith('acceptCandidateFact', {
      articleId: 'huawei-peru-abc',
      factId: 'f-20000',
      subject: { type: 'deal', id: 'huawei-peru' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(send).toHaveBeenCalledWith('addCandidateEntity', {
      articleId: 'huawei-peru-abc',
      name: 'Ministerio de la Producción',
      kind: 'government',
    });
  });

  it('says so when the article is not in the store', async () => {
    const send = vi.fn(async () => null) as unknown as typeof request;
    render(<ArticleApp i18n={createI18n('fr')} articleId="gone" send={send} />);
    expect(await screen.findByText('Cet article n’est pas dans votre base.')).toBeTruthy();
  });
});
