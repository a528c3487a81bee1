// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
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
    const figures = screen.getByRole('region', { name: /^Figures/ });
    expect(within(figures).getByText('20,000')).toBeTruthy();
    const names = screen.getByRole('region', { name: /^Names/ });
    expect((within(names).getByLabelText('Name') as HTMLInputElement).value).toBe('Ministerio de la Producción');
    // Every item carries its mark against the store; the store's own names are listed once, marked so.
    expect([...document.querySelectorAll('li[data-mark]')].map((m) => m.getAttribute('data-mark'))).toEqual([
      'new',
      'new',
    ]);
    expect(within(names).getByText(/Already in your store: Huawei, Peru/)).toBeTruthy();
  });

  it('accepts a figure under the chosen subject and adds a name as edited in place', async () => {
    const send = fakeSend();
    render(<ArticleApp i18n={createI18n('en')} articleId="huawei-peru-abc" send={send} />);
    const figures = await screen.findByRole('region', { name: /^Figures/ });
    fireEvent.change(within(figures).getByLabelText('Measure'), { target: { value: 'people' } });
    fireEvent.click(within(figures).getByRole('button', { name: 'Accept' }));
    expect(send).toHaveBeenCalledWith('acceptCandidateFacts', {
      articleId: 'huawei-peru-abc',
      items: [{ factId: 'f-20000', subject: { type: 'deal', id: 'huawei-peru' }, measure: 'people' }],
    });
    const names = screen.getByRole('region', { name: /^Names/ });
    fireEvent.input(within(names).getByLabelText('Name'), {
      target: { value: 'Ministerio de la Producción del Perú' },
    });
    fireEvent.change(within(names).getByLabelText('Kind'), { target: { value: 'organization' } });
    fireEvent.input(within(names).getByLabelText('Aliases (comma-separated)'), { target: { value: 'PRODUCE, x' } });
    fireEvent.click(within(names).getByRole('button', { name: 'Add' }));
    expect(send).toHaveBeenCalledWith('addCandidateEntities', {
      articleId: 'huawei-peru-abc',
      items: [
        {
          key: 'Ministerio de la Producción',
          name: 'Ministerio de la Producción del Perú',
          kind: 'organization',
          aliases: ['PRODUCE'],
        },
      ],
    });
  });

  it('accepts or discards a whole group at once', async () => {
    const send = fakeSend();
    render(<ArticleApp i18n={createI18n('en')} articleId="huawei-peru-abc" send={send} />);
    const figures = await screen.findByRole('region', { name: /^Figures/ });
    fireEvent.click(within(figures).getByRole('button', { name: /^Accept all/ }));
    expect(send).toHaveBeenCalledWith('acceptCandidateFacts', {
      articleId: 'huawei-peru-abc',
      items: [{ factId: 'f-20000', subject: { type: 'deal', id: 'huawei-peru' } }],
    });
    const names = screen.getByRole('region', { name: /^Names/ });
    fireEvent.click(within(names).getByRole('button', { name: /^Discard all/ }));
    expect(send).toHaveBeenCalledWith('discardCandidates', {
      articleId: 'huawei-peru-abc',
      kind: 'entity',
      keys: ['Ministerio de la Producción'],
    });
  });

  it('marks a figure that confirms or differs from the store, and follows the subject the reader picks', async () => {
    const stored = {
      id: 'huawei-peru-trained',
      subject: { type: 'deal' as const, id: 'huawei-peru' },
      label: 'People trained',
      measure: 'people-trained' as const,
      value: 20000,
      unit: 'people' as const,
      quote: 'Huawei formera 20 000 jeunes.',
      articleId: 'seed',
      origin: 'seed' as const,
    };
    const withStore = (value: number) =>
      vi.fn(async (name: string) =>
        name === 'getArticleView' ? { ...view, storeFacts: [{ ...stored, value }] } : { ok: true },
      ) as unknown as typeof request;
    render(<ArticleApp i18n={createI18n('en')} articleId="huawei-peru-abc" send={withStore(20000)} />);
    await screen.findByRole('region', { name: /^Figures/ });
    const fact = () => document.querySelector('[data-candidate-fact]') as HTMLElement;
    expect(fact().getAttribute('data-mark')).toBe('confirms');
    // About Huawei itself, nothing stored says it.
    fireEvent.change(within(fact()).getByLabelText('About'), { target: { value: 'entity:huawei' } });
    expect(fact().getAttribute('data-mark')).toBe('new');
    cleanup();
    render(<ArticleApp i18n={createI18n('en')} articleId="huawei-peru-abc" send={withStore(25000)} />);
    await screen.findByRole('region', { name: /^Figures/ });
    expect(fact().getAttribute('data-mark')).toBe('differs');
    expect(fact().textContent).toContain('The store says 25,000');
  });

  it('speaks French: groups, marks, group actions and fields, the names as the store spells them', async () => {
    render(<ArticleApp i18n={createI18n('fr')} articleId="huawei-peru-abc" send={fakeSend()} />);
    const figures = await screen.findByRole('region', { name: /^Chiffres 1 à examiner/ });
    expect(within(figures).getByRole('button', { name: /^Tout accepter/ })).toBeTruthy();
    expect(within(figures).getByLabelText('Mesure')).toBeTruthy();
    const names = screen.getByRole('region', { name: /^Noms/ });
    expect(within(names).getByRole('button', { name: /^Tout écarter/ })).toBeTruthy();
    expect(within(names).getAllByText('Nouveau').length).toBe(1);
    expect(within(names).getByText(/Déjà dans votre base : Huawei, Peru/)).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Texte enregistré' })).toBeTruthy();
  });

  it('says so when the article is not in the store', async () => {
    const send = vi.fn(async () => null) as unknown as typeof request;
    render(<ArticleApp i18n={createI18n('fr')} articleId="gone" send={send} />);
    expect(await screen.findByText('Cet article n’est pas dans votre base.')).toBeTruthy();
  });
});
