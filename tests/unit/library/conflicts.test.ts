// Sources that agree confirm; a conflict is two different values of one specific measure of one subject
// (issue 20).
import { describe, expect, it } from 'vitest';
import { measureOf } from '@/lib/facts/fact-measure';
import { sameFigure } from '@/lib/facts/same-figure';
import { findConflicts } from '@/lib/library/conflicts';
import type { Fact } from '@/lib/schema';

let n = 0;
/** A fact of deal `d` from article `articleId`. */
function fact(articleId: string, fields: Partial<Fact>): Fact {
  n += 1;
  return {
    id: `f${n}`,
    subject: { type: 'deal', id: 'd' },
    label: 'Figure',
    quote: 'q',
    articleId,
    origin: 'user',
    ...fields,
  };
}

const conflictsOf = (...facts: Fact[]) => findConflicts({ facts, articles: [] });

describe('sameFigure', () => {
  it.each([
    [{ value: 1.2e9, unit: 'USD' }, { value: 1.2e9, unit: 'USD' }, true],
    [{ value: 1.25e9, unit: 'USD' }, { value: 1.2e9, unit: 'USD' }, true],
    [{ value: 1.2e9, unit: 'USD' }, { value: 1e9, unit: 'USD' }, false],
    [{ value: 800, unit: 'jobs' }, { value: 1000, unit: 'jobs' }, false],
    [{ value: 3, unit: 'objects' }, { value: 2, unit: 'objects' }, false],
    [{ value: 1.2e9, unit: 'USD' }, { value: 1.2e9, unit: 'EUR' }, undefined],
    [{ value: 400_000, unit: 'people', qualifier: 'about' }, { value: 370_000, unit: 'people' }, true],
    [{ date: '2025-03' }, { date: '2025-03-04' }, true],
    [{ date: '2025' }, { date: '2025-06-01' }, true],
    [{ date: '2025-03-03' }, { date: '2025-03-04' }, false],
    [{ date: '2025-03-03' }, { value: 2025, unit: 'year' }, undefined],
    [{ unit: 'people' }, { unit: 'people' }, undefined],
  ] as const)('%j and %j → %s', (a, b, same) => {
    expect(sameFigure(a, b)).toBe(same);
  });
});

describe('measureOf: facts stored before measures existed', () => {
  it.each([
    ['Contribution to national GDP over the next 15 years', 'USD', undefined, 'economic-impact'],
    ['Mexicans to be trained in cloud technologies', 'people', undefined, 'people-trained'],
    ['Jobs created per year', 'jobs-per-year', undefined, 'jobs-per-year'],
    ['Partnership duration', 'years', undefined, 'deal-duration'],
    ['Announcement date', 'date', '2023-08-29', 'announcement-date'],
    ['Date of Nayib Bukele’s post', 'date', '2023-08-29', 'date'],
    ['Investment', 'BRL', undefined, 'investment'],
  ])('%j → %s', (label, unit, date, measure) => {
    expect(measureOf({ label, unit, date, quote: label })).toBe(measure);
  });

  it('a stored measure wins', () => {
    expect(measureOf({ label: 'Amount', unit: 'USD', measure: 'investment', quote: 'q' })).toBe('investment');
  });
});

describe('findConflicts', () => {
  it('two outlets giving different values of one specific measure disagree', () => {
    const conflicts = conflictsOf(
      fact('a', { measure: 'jobs', value: 800, unit: 'jobs' }),
      fact('b', { measure: 'jobs', value: 1000, unit: 'jobs' }),
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.entries.map((e) => e.fact.value)).toEqual([800, 1000]);
  });

  it.each([
    [
      'two years of two different events',
      fact('a', { measure: 'date', value: 2021, unit: 'year' }),
      fact('b', { measure: 'date', value: 2026, unit: 'year' }),
    ],
    [
      'two generic amounts',
      fact('a', { label: 'Amount', value: 5e6, unit: 'USD' }),
      fact('b', { label: 'Amount', value: 9e6, unit: 'USD' }),
    ],
    [
      'two durations of unnamed things',
      fact('a', { label: 'Duration', value: 5, unit: 'years' }),
      fact('b', { label: 'Duration', value: 15, unit: 'years' }),
    ],
    [
      'a restatement within rounding',
      fact('a', { measure: 'investment', value: 1.2e9, unit: 'USD' }),
      fact('b', { measure: 'investment', value: 1.25e9, unit: 'USD' }),
    ],
    [
      'one amount in two currencies',
      fact('a', { measure: 'investment', value: 1.2e9, unit: 'USD' }),
      fact('b', { measure: 'investment', value: 1.1e12, unit: 'CLP' }),
    ],
    [
      'a date and the day it falls in',
      fact('a', { measure: 'signing-date', date: '2025-03' }),
      fact('b', { measure: 'signing-date', date: '2025-03-03' }),
    ],
    [
      'a value the reader marked superseded',
      fact('a', { measure: 'jobs', value: 800, unit: 'jobs', supersededBy: 'newer' }),
      fact('b', { measure: 'jobs', value: 1000, unit: 'jobs' }),
    ],
    [
      'the same measure of two different deals',
      fact('a', { measure: 'jobs', value: 800, unit: 'jobs' }),
      fact('b', { measure: 'jobs', value: 1000, unit: 'jobs', subject: { type: 'deal', id: 'other' } }),
    ],
  ])('%s is no conflict', (_case, a, b) => {
    expect(conflictsOf(a, b)).toEqual([]);
  });
});
