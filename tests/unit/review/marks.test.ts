import { describe, expect, it } from 'vitest';
import { markFigure } from '@/lib/review/figure-mark';
import { entityNamed } from '@/lib/review/name-mark';
import type { Fact } from '@/lib/schema';

const stored: Fact = {
  id: 'deal-investment',
  subject: { type: 'deal', id: 'deal' },
  label: 'Investment',
  measure: 'investment',
  value: 1.2e9,
  unit: 'USD',
  quote: 'It will invest $1.2bn.',
  articleId: 'first',
  origin: 'user',
};
const deal = { type: 'deal', id: 'deal' } as const;
const proposed = (value: number, measure: Fact['measure'] = 'investment') => ({
  label: 'Investment',
  measure,
  value,
  unit: 'USD' as const,
  quote: 'q',
  articleId: 'second',
});

describe('markFigure', () => {
  it.each([
    ['the same amount, rounded otherwise', proposed(1.25e9), deal, [stored], 'confirms'],
    ['another amount of the same measure', proposed(1.6e9), deal, [stored], 'differs'],
    ['a part of it (beyond a factor of three)', proposed(2e8), deal, [stored], 'new'],
    ['the same amount of a vaguer measure', proposed(1.2e9, 'amount'), deal, [stored], 'confirms'],
    ['about another subject', proposed(1.6e9), { type: 'entity', id: 'x' } as const, [stored], 'new'],
    ['without a subject', proposed(1.2e9), undefined, [stored], 'new'],
    ['against a superseded fact', proposed(1.6e9), deal, [{ ...stored, supersededBy: 'y' }], 'new'],
    ['against its own article', { ...proposed(1.6e9), articleId: 'first' }, deal, [stored], 'new'],
  ] as const)('%s: %s', (_name, candidate, subject, facts, status) => {
    expect(markFigure(candidate, subject, facts).status).toBe(status);
  });

  it('follows the measure the reader chose', () => {
    // 1.6bn "investment" differs; 1.6bn "revenue" is something the store does not have.
    expect(markFigure(proposed(1.6e9), deal, [stored], 'revenue').status).toBe('new');
    expect(markFigure(proposed(1.6e9), deal, [stored], 'investment').stored?.id).toBe('deal-investment');
  });
});

describe('entityNamed', () => {
  const entities = [
    { id: 'nordwind', name: 'Nordwind Data', aliases: [{ text: 'Nordwind', lang: 'en' as const }] },
    { id: 'ute', name: 'Universidad Técnica del Sur', aliases: [] },
  ];
  it.each([
    ['Nordwind Data', 'nordwind'],
    ['NORDWIND', 'nordwind'],
    ['Universidad Tecnica del Sur', 'ute'],
    ['Pampa Research', undefined],
    ['  ', undefined],
  ])('%s → %s', (name, id) => {
    expect(entityNamed(name, entities)?.id).toBe(id);
  });
});
