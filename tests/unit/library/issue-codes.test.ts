// Issue 21: every schema issue gets the library's word for it, so the page never shows Zod's text.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemOf } from '@/lib/library/issue-codes';
import { partyOptions, searchParties } from '@/lib/library/party-search';
import { DealSchema, EntitySchema, PartialDateSchema } from '@/lib/schema';

const problems = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${i.path.join('.')}:${problemOf(i, input).code}`);
};

describe('problemOf', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['an empty string', z.object({ a: z.string().min(1) }), { a: '' }, 'a:required'],
    ['a missing string', z.object({ a: z.string() }), {}, 'a:required'],
    ['a short list', z.object({ a: z.array(z.string()).min(2) }), { a: ['x'] }, 'a:too-few'],
    ['an empty list of one', z.object({ a: z.array(z.string()).min(1) }), { a: [] }, 'a:required'],
    ['text for a number', z.object({ a: z.number() }), { a: 'ten' }, 'a:not-a-number'],
    ['zero for a positive number', z.object({ a: z.number().positive() }), { a: 0 }, 'a:not-positive'],
    ['a long text', z.object({ a: z.string().max(3) }), { a: 'abcd' }, 'a:too-long'],
    [
      'a date in words',
      z.object({ announcedDate: PartialDateSchema }),
      { announcedDate: 'May' },
      'announcedDate:bad-date',
    ],
    ['an option not offered', z.object({ a: z.enum(['x', 'y']) }), { a: 'z' }, 'a:bad-choice'],
    ['a web address', z.object({ a: z.url() }), { a: 'nope' }, 'a:bad-url'],
  ])('%s', (_what, schema, input, expected) => {
    expect(problems(schema, input)).toEqual([expected]);
  });

  it('words every issue of an empty deal and an empty entity', () => {
    const deal = problems(DealSchema, { id: '', title: '', parties: [], kind: 'x', summary: '', sourceArticles: [] });
    expect(deal.every((p) => !p.endsWith(':invalid'))).toBe(true);
    const entity = problems(EntitySchema, { id: 'Bad Id', name: '', kind: 'company', aliases: [], origin: 'user' });
    expect(entity).toEqual(expect.arrayContaining(['id:bad-slug', 'name:required', 'aliases:required']));
  });
});

describe('searchParties', () => {
  const entity = (id: string, name: string, aliases: string[] = []) =>
    EntitySchema.parse({
      id,
      name,
      kind: 'company',
      aliases: [name, ...aliases].map((text) => ({ text, lang: 'en' })),
      origin: 'user',
    });
  const options = partyOptions(
    [
      entity('huawei', 'Huawei'),
      entity('government-of-peru', 'Government of Peru', ['Gobierno del Perú']),
      entity('peru', 'Peru', ['Pérou']),
    ],
    () => 'Company',
  );
  it.each([
    ['per', ['Peru (Company)', 'Government of Peru (Company)']],
    ['PÉROU', ['Peru (Company)']],
    ['gobierno', ['Government of Peru (Company)']],
    ['hua', ['Huawei (Company)']],
    ['zzz', []],
  ])('%s → %j', (query, expected) => {
    expect(searchParties(options, query).map((m) => m.option.label)).toEqual(expected);
  });
});
