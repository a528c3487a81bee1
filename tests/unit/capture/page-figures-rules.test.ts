// Issue 23: when a page's figure restates a stored one — the rules behind "known", table-driven.
import { describe, expect, it } from 'vitest';
import { restates } from '@/lib/capture/page-figures';
import { sameFigure } from '@/lib/facts/same-figure';
import type { CandidateFact, Fact, FactUnit, Measure } from '@/lib/schema';

type Stated = { value?: number; date?: string; unit: FactUnit; measure: Measure };

function stored({ value, date, unit, measure }: Stated): Fact {
  return {
    id: 'f',
    subject: { type: 'deal', id: 'd' },
    label: measure,
    measure,
    unit,
    quote: 'q',
    articleId: 'a',
    origin: 'user',
    ...(value === undefined ? {} : { value }),
    ...(date === undefined ? {} : { date }),
  };
}

function page(s: Stated): CandidateFact {
  const { origin: _, ...fact } = stored(s);
  return {
    ...fact,
    quoteStart: 0,
    quoteEnd: 1,
    figure: { kind: 'count', value: s.value ?? 0, unit: 'objects', start: 0, end: 1, text: 'x' },
  } as CandidateFact;
}

describe('restates: the page states a stored figure again', () => {
  it.each<[string, Stated, Stated, boolean]>([
    [
      'one amount, rounded',
      { value: 1.25e9, unit: 'USD', measure: 'investment' },
      { value: 1.2e9, unit: 'USD', measure: 'investment' },
      true,
    ],
    [
      'two amounts',
      { value: 1.8e9, unit: 'USD', measure: 'investment' },
      { value: 2.3e9, unit: 'USD', measure: 'investment' },
      false,
    ],
    [
      'another currency is no restatement',
      { value: 1e9, unit: 'USD', measure: 'investment' },
      { value: 1e9, unit: 'EUR', measure: 'investment' },
      false,
    ],
    [
      '18 mois / año y medio',
      { value: 18, unit: 'months', measure: 'duration' },
      { value: 1.5, unit: 'years', measure: 'duration' },
      true,
    ],
    [
      'dos años y medio / 30 meses',
      { value: 2.5, unit: 'years', measure: 'deal-duration' },
      { value: 30, unit: 'months', measure: 'duration' },
      true,
    ],
    [
      '2 ans / 30 mois',
      { value: 2, unit: 'years', measure: 'duration' },
      { value: 30, unit: 'months', measure: 'duration' },
      false,
    ],
    [
      '2 000 emplois / 2,000 positions / 2.000 personas',
      { value: 2000, unit: 'jobs', measure: 'jobs' },
      { value: 2000, unit: 'people', measure: 'people' },
      true,
    ],
    [
      '350 permanent positions / 350 people',
      { value: 350, unit: 'objects', measure: 'count' },
      { value: 350, unit: 'people', measure: 'people-employed' },
      true,
    ],
    [
      'a small count in other nouns needs one measure',
      { value: 2, unit: 'objects', measure: 'count' },
      { value: 2, unit: 'people', measure: 'people' },
      false,
    ],
    [
      'one year',
      { date: '2027', unit: 'year', measure: 'date' },
      { date: '2027', unit: 'year', measure: 'launch-date' },
      true,
    ],
    [
      'a month of the stored day',
      { date: '2026-03-02', unit: 'date', measure: 'start-date' },
      { date: '2026-03', unit: 'date', measure: 'start-date' },
      true,
    ],
    [
      'a full date adds its day to a year',
      { date: '2025', unit: 'year', measure: 'date' },
      { date: '2025-06-02', unit: 'date', measure: 'signing-date' },
      false,
    ],
  ])('%s', (_, s, p, expected) => {
    expect(restates(stored(s), page(p))).toBe(expected);
  });
});

describe('sameFigure: lengths of time in any unit', () => {
  it('compares years, months and days', () => {
    expect(sameFigure({ value: 1, unit: 'years' }, { value: 12, unit: 'months' })).toBe(true);
    expect(sameFigure({ value: 90, unit: 'days' }, { value: 3, unit: 'months' })).toBe(true);
    expect(sameFigure({ value: 1, unit: 'years' }, { value: 18, unit: 'months' })).toBe(false);
    expect(sameFigure({ value: 12, unit: 'months' }, { value: 12, unit: 'MW' })).toBeUndefined();
  });
});
