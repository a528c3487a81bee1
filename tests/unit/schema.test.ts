import { describe, expect, it } from 'vitest';
import { formatFactValue } from '@/components/deal/format-deal';
import { createI18n } from '@/lib/i18n';
import { EntitySchema, FactSchema, isCurrencyUnit } from '@/lib/schema';

describe('EntitySchema', () => {
  it('names the offending field when it refuses a record', () => {
    const result = EntitySchema.safeParse({
      id: 'Not A Slug',
      name: 'X',
      kind: 'company',
      aliases: [],
      origin: 'user',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('id');
    expect(paths).toContain('aliases');
  });
});

describe('FactSchema units (issue 15)', () => {
  const fact = (unit: unknown) => ({
    id: 'f',
    subject: { type: 'deal', id: 'd' },
    label: 'Investment',
    value: 1,
    unit,
    quote: 'q',
    articleId: 'a',
    origin: 'user',
  });

  it.each([
    // Every unit a record stored before issue 15 could carry still validates.
    ...['USD', 'EUR', 'people', 'jobs', 'jobs-per-year', 'years', 'months', 'days', 'objects', 'rank', 'date', 'year'],
    // Any ISO 4217 code, percentages and capacities as printed.
    ...['BRL', 'MXN', 'PEN', 'CLP', 'JPY', 'GBP', 'INR', 'IDR', 'MYR', 'THB', 'XOF'],
    ...['percent', 'percentage-points', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh'],
  ])('accepts %s', (unit) => {
    expect(FactSchema.safeParse(fact(unit)).error?.issues ?? []).toEqual([]);
  });

  it.each(['usd', 'US$', 'dollars', 'mw', 'Mw', 'percentage', 'BRLX'])('refuses %s, naming the unit', (unit) => {
    expect(FactSchema.safeParse(fact(unit)).error?.issues.map((i) => i.path.join('.'))).toContain('unit');
  });

  it.each([
    ['USD', true],
    ['BRL', true],
    ['MW', false],
    ['percent', false],
    [undefined, false],
  ])('isCurrencyUnit(%s) is %s', (unit, expected) => {
    expect(isCurrencyUnit(unit)).toBe(expected);
  });
});

describe('formatFactValue', () => {
  const en = createI18n('en');
  const fr = createI18n('fr');
  const value = (i18n: ReturnType<typeof createI18n>, v: number, unit: string) =>
    formatFactValue(i18n, {
      id: 'f',
      subject: { type: 'deal', id: 'd' },
      label: 'x',
      value: v,
      unit,
      quote: 'q',
      articleId: 'a',
      origin: 'user',
    })?.replace(/[\u00a0\u202f]/g, ' ');

  it.each([
    [en, 14.7e9, 'BRL', 'R$14.7bn'],
    [fr, 14.7e9, 'BRL', '14,7 Md R$'],
    [en, 5e6, 'MXN', 'MX$5.0m'],
    [en, 25, 'percent', '25%'],
    [fr, 25.5, 'percent', '25,5 %'],
    [en, 3, 'percentage-points', '3 percentage points'],
    [fr, 1, 'percentage-points', '1 point de pourcentage'],
    [en, 100, 'MW', '100 MW'],
    [fr, 1.5, 'GW', '1,5 GW'],
  ])('%#: %s', (i18n, v, unit, expected) => {
    expect(value(i18n, v, unit)).toBe(expected);
  });
});
