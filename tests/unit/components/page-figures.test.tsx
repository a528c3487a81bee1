// @vitest-environment happy-dom
// Issue 23: the popup's figures of "On this page" — statuses, both values and sources of a differing figure,
// the stored value and source of a known one, and every state the section can be in, in English and French.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageFigures, type PageFiguresState } from '@/components/popup/PageFigures';
import { createI18n } from '@/lib/i18n';
import type { PageFigureView } from '@/lib/schema';

afterEach(cleanup);

const source = {
  id: 'diario-a',
  title: 'AWS invertirá en Chile',
  publisher: 'Diario Pacífico Sur',
  publishedDate: '2025-03-12',
  url: 'https://diario.example/aws-chile',
  language: 'es' as const,
  origin: 'user' as const,
};
const subject = { type: 'deal' as const, id: 'aws-chile', name: 'AWS × Chile' };
const storedFact = (value: number, unit: 'USD' | 'jobs', quote: string) => ({
  fact: {
    id: `f-${value}`,
    subject: { type: 'deal' as const, id: 'aws-chile' },
    label: 'Investment',
    value,
    unit,
    quote,
    articleId: 'diario-a',
    origin: 'user' as const,
  },
  source,
});

const figures: PageFigureView[] = [
  {
    status: 'differs',
    text: '1 500 emplois',
    label: 'Jobs',
    labelFr: 'Emplois',
    quote: 'Le projet créera 1 500 emplois.',
    subject,
    stored: storedFact(1200, 'jobs', 'creará 1.200 empleos'),
  },
  { status: 'new', text: '90 MW', label: 'Power capacity', quote: 'Sa puissance atteindra 90 MW.', subject },
  {
    status: 'known',
    text: '2,5 milliards de dollars',
    label: 'Investment',
    quote: 'AWS va investir 2,5 milliards de dollars au Chili.',
    subject,
    stored: storedFact(2.5e9, 'USD', 'invertirá US$ 2.500 millones'),
  },
];

const done = (figs: PageFigureView[]): PageFiguresState => ({ kind: 'done', reply: { ok: true, figures: figs } });

describe('PageFigures', () => {
  it('marks each figure with data-page-figure and its status, as the page writes it', () => {
    const { container } = render(<PageFigures state={done(figures)} i18n={createI18n('en')} />);
    const rows = [...container.querySelectorAll('[data-page-figure]')];
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['differs', 'new', 'known']);
    expect(rows[0]?.textContent).toContain('1 500 emplois');
    expect(rows[1]?.textContent).toContain('90 MW');
    expect(screen.getByText('1 differing · 1 new · 1 known')).toBeTruthy();
  });

  it('shows both values, both sentences and the stored source of a differing figure', () => {
    const { container } = render(<PageFigures state={done(figures)} i18n={createI18n('en')} />);
    const differs = container.querySelector('[data-status="differs"]') as HTMLElement;
    expect(differs.textContent).toContain('Differs');
    expect(differs.textContent).toContain('This page');
    expect(differs.textContent).toContain('Le projet créera 1 500 emplois.');
    expect(differs.textContent).toContain('In your store');
    expect(differs.querySelector('.dl-pf-stored-value')?.textContent).toBe('1,200');
    expect(differs.textContent).toContain('creará 1.200 empleos');
    const link = differs.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Diario Pacífico Sur');
    expect(link.getAttribute('href')).toBe('https://diario.example/aws-chile');
  });

  it('shows the stored value and its source for a known figure, and neither for a new one', () => {
    const { container } = render(<PageFigures state={done(figures)} i18n={createI18n('en')} />);
    const known = container.querySelector('[data-status="known"]') as HTMLElement;
    expect(known.querySelector('.dl-pf-stored-value')?.textContent).toMatch(/^In your store: US\$2\.5/);
    expect(known.querySelector('a')?.textContent).toBe('Diario Pacífico Sur');
    expect(known.querySelector('details summary')?.textContent).toBe('Source');
    const fresh = container.querySelector('[data-status="new"]') as HTMLElement;
    expect(fresh.textContent).not.toContain('In your store');
    expect(fresh.querySelector('a')).toBeNull();
  });

  it('speaks French', () => {
    const { container } = render(<PageFigures state={done(figures)} i18n={createI18n('fr')} />);
    const differs = container.querySelector('[data-status="differs"]') as HTMLElement;
    expect(differs.textContent).toContain('Diffère');
    expect(differs.textContent).toContain('Emplois');
    expect(differs.textContent).toContain('Votre base');
    expect(screen.getByText('1 divergent(s) · 1 nouveau(x) · 1 connu(s)')).toBeTruthy();
  });

  it.each<[string, PageFiguresState, string]>([
    ['loading', { kind: 'loading' }, 'Reading this page’s figures…'],
    ['an error', { kind: 'error', message: 'boom' }, 'This page’s figures could not be compared: boom'],
    ['no figure', done([]), 'No figure on this page is about a deal or a name in your store.'],
    [
      'no article',
      { kind: 'done', reply: { ok: false, reason: 'no-article' } },
      'No article found on this page: no figure to compare.',
    ],
    [
      'another language',
      { kind: 'done', reply: { ok: false, reason: 'unsupported-language', detail: 'de' } },
      'This page is not in a language Deal Lens reads (English, French, Spanish): no figure to compare.',
    ],
  ])('says so on %s, and lists no figure', (_, state, message) => {
    const { container } = render(<PageFigures state={state} i18n={createI18n('en')} />);
    expect(screen.getByText(message)).toBeTruthy();
    expect(container.querySelector('[data-page-figure]')).toBeNull();
  });
});
