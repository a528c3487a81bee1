// @vitest-environment happy-dom
// Issue 23, item 2: a row's one click — "Add to <deal>" for a new figure, "Mark as newer" for a differing one —
// with its busy, done and error states, in English and French.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileFigureAction } from '@/components/popup/FileFigureAction';
import { createI18n } from '@/lib/i18n';
import type { PageFigureFiledReply, PageFigureView } from '@/lib/schema';

afterEach(cleanup);

const subject = { type: 'deal' as const, id: 'aws-chile', name: 'AWS × Chile' };
const stored = {
  fact: {
    id: 'aws-chile-jobs',
    subject: { type: 'deal' as const, id: 'aws-chile' },
    label: 'Jobs',
    value: 1200,
    unit: 'jobs' as const,
    quote: 'creará 1.200 empleos',
    articleId: 'diario-a',
    origin: 'user' as const,
  },
};
const fresh: PageFigureView = {
  status: 'new',
  text: 'three availability zones',
  label: 'Availability zones',
  quote: 'AWS will build three availability zones.',
  subject,
  key: '["AWS will build three availability zones.",15,"three availability zones"]',
};
const differs: PageFigureView = {
  ...fresh,
  status: 'differs',
  text: '1,500 jobs',
  stored,
  storedFiled: true,
  key: '["It will create 1,500 jobs.",15,"1,500 jobs"]',
};

describe('one click from a row of "On this page"', () => {
  it('"Add to <deal>": busy while filing, then says where it went', async () => {
    let answer: (reply: PageFigureFiledReply) => void = () => undefined;
    const onFile = vi.fn(() => new Promise<PageFigureFiledReply>((resolve) => (answer = resolve)));
    render(<FileFigureAction figure={fresh} i18n={createI18n('en')} onFile={onFile} />);
    const button = screen.getByRole('button', {
      name: 'Add “three availability zones” to AWS × Chile, with this page as its source',
    });
    expect(button.textContent).toBe('Add to AWS × Chile');
    fireEvent.click(button);
    expect(onFile).toHaveBeenCalledWith(fresh, undefined);
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
    expect((button as HTMLButtonElement).disabled).toBe(true);
    answer({ ok: true, articleId: 'tech-wire', factId: 'zones' });
    await waitFor(() => expect(screen.getByText('Added to AWS × Chile, with this page as its source.')).toBeTruthy());
  });

  it('"Mark as newer" names the stored fact it replaces, and says the old value stays', async () => {
    const onFile = vi.fn(async () => ({
      ok: true as const,
      articleId: 'a',
      factId: 'b',
      superseded: 'aws-chile-jobs',
    }));
    render(<FileFigureAction figure={differs} storedValue="1,200" i18n={createI18n('fr')} onFile={onFile} />);
    fireEvent.click(screen.getByRole('button', { name: /^Marquer .+1,500 jobs.+ comme plus récent que 1,200/ }));
    expect(onFile).toHaveBeenCalledWith(differs, 'aws-chile-jobs');
    await waitFor(() =>
      expect(
        screen.getByText(/^C’est désormais la valeur actuelle\s?; 1,200 reste dans l’historique avec sa source\.$/u),
      ).toBeTruthy(),
    );
  });

  it('against a headline or an unfiled figure, a differing one is added, replacing nothing', () => {
    const onFile = vi.fn(async () => ({ ok: true as const, articleId: 'a', factId: 'b' }));
    render(<FileFigureAction figure={{ ...differs, storedFiled: false }} i18n={createI18n('en')} onFile={onFile} />);
    fireEvent.click(screen.getByRole('button', { name: /^Add “1,500 jobs” to AWS × Chile/ }));
    expect(onFile).toHaveBeenCalledWith(expect.anything(), undefined);
  });

  it('says why nothing was filed, and offers the click again; known figures have none', async () => {
    const onFile = vi.fn(async (): Promise<PageFigureFiledReply> => ({ ok: false, reason: 'figure-gone' }));
    render(<FileFigureAction figure={fresh} i18n={createI18n('en')} onFile={onFile} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This figure is no longer proposed on the page: nothing was filed. Reload the page.',
      ),
    );
    expect(screen.getByRole('button').textContent).toBe('Add to AWS × Chile');
    cleanup();
    render(<FileFigureAction figure={{ ...fresh, status: 'known' }} i18n={createI18n('en')} onFile={onFile} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
