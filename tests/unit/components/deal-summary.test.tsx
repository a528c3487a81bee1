// @vitest-environment happy-dom
// A deal shows its headline amount, and a figure that other outlets restate shows "2 sources" with their words
// (issue 20), in the card, the popup and the library alike (components/deal).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DealSummary } from '@/components/deal/DealSummary';
import { createI18n } from '@/lib/i18n';
import type { DealView } from '@/lib/schema';
import { huaweiDeal, trainedFact } from './fixtures';

afterEach(cleanup);

const confirmed: DealView = {
  ...huaweiDeal,
  deal: { ...huaweiDeal.deal, headline: { value: 1.2e9, unit: 'USD' } },
  facts: [
    {
      ...trainedFact,
      confirmedBy: [
        {
          source: {
            id: 'andes-wire',
            title: 'Huawei to train',
            publisher: 'Andes Wire',
            language: 'en',
            origin: 'user',
          },
          quote: 'train some 20,000 young Peruvians in AI',
        },
      ],
    },
  ],
};

describe('DealSummary', () => {
  it.each([
    ['en', 'US$1.2bn', '2 sources', '“train some 20,000 young Peruvians in AI”'],
    // (Testing Library reads the no-break spaces inside « » as spaces.)
    ['fr', '1,2 Md $US', '2 sources', '« train some 20,000 young Peruvians in AI »'],
  ] as const)('[%s] shows the headline and the sources that agree on a figure', (lang, amount, sources, quote) => {
    const { container } = render(<DealSummary view={confirmed} i18n={createI18n(lang)} openFigures />);
    expect(container.querySelector('[data-deal-headline]')?.textContent?.replace(/\s/g, ' ')).toBe(
      amount.replace(/\s/g, ' '),
    );
    const fact = container.querySelector('[data-fact="huawei-peru-young-people-trained"]') as HTMLElement;
    const disclosure = within(fact).getByText(sources);
    fireEvent.click(disclosure);
    expect(within(fact).getByText(quote)).toBeTruthy();
    expect(fact.querySelector('.dl-confirmed .dl-source')?.textContent).toContain('Andes Wire');
  });

  it('shows no headline and no source count when there are none', () => {
    const { container } = render(<DealSummary view={huaweiDeal} i18n={createI18n('en')} openFigures />);
    expect(container.querySelector('[data-deal-headline]')).toBeNull();
    expect(screen.queryByText(/sources$/)).toBeNull();
  });
});
