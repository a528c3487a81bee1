import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPartialDate } from '@/lib/extract/metadata/published-date';
import { compileMatcher } from '@/lib/match/compile';
import { mentionedCountries, prepareArticle } from '@/lib/save/prepare-article';
import { buildSeedRecords, type SeedRecords } from '@/lib/seed/seed-records';
import { readSeedBundle } from '../store/helpers';

let seed: SeedRecords;
beforeAll(async () => {
  seed = await buildSeedRecords(readSeedBundle(), 1);
});

const text = readFileSync(resolve(__dirname, '../../../seeds/002_dece7154e9199617.txt'), 'utf8');

function prepare(overrides: { text?: string; lang?: 'fr' | 'en' | 'es' | 'und'; langTag?: string } = {}) {
  return prepareArticle({
    extracted: {
      url: 'https://news.example/huawei-peru',
      title: 'Huawei forme 20 000 jeunes au Pérou',
      siteName: 'News Example',
      byline: 'Par Ana Pérez',
      publishedTime: '2024-06-30T08:00:00Z',
      lang: overrides.lang ?? 'fr',
      langTag: overrides.langTag,
      text: overrides.text ?? text,
      length: (overrides.text ?? text).length,
    },
    hash: 'a'.repeat(64),
    matcher: compileMatcher(seed.entities),
    entities: new Map(seed.entities.map((e) => [e.id, e])),
    deals: seed.deals,
    now: 42,
  });
}

describe('prepareArticle', () => {
  it('builds the article record, its mentions and its candidate facts', () => {
    const prepared = prepare();
    if ('failure' in prepared) throw new Error('expected a prepared article');
    expect(prepared.article).toMatchObject({
      title: 'Huawei forme 20 000 jeunes au Pérou',
      publisher: 'News Example',
      author: 'Ana Pérez',
      publishedDate: '2024-06-30',
      language: 'fr',
      origin: 'user',
      savedAt: 42,
    });
    expect(prepared.article.id).toMatch(/^huawei-forme-20-000-jeunes-au-perou-aaaaaaaa$/);
    const counts = Object.fromEntries(prepared.mentions.map((m) => [m.entityId, m.count]));
    expect(counts.huawei).toBe(4);
    expect(counts.peru).toBeGreaterThanOrEqual(8);
    const trained = prepared.candidates.facts.find((f) => f.value === 20000);
    expect(trained?.subject).toEqual({ type: 'deal', id: 'huawei-peru' });
    expect(text).toContain(trained?.quote);
  });

  it('refuses a language it does not handle', () => {
    const german =
      'Die Bundesregierung hat am Montag ein neues Gesetz beschlossen, das die Digitalisierung beschleunigen soll. '.repeat(
        5,
      );
    expect(prepare({ text: german, lang: 'und', langTag: 'de' })).toEqual({
      failure: 'unsupported-language',
      lang: 'de',
    });
  });

  it.each([
    ['2024-06-30T08:00:00Z', '2024-06-30'],
    ['2015-03-11', '2015-03-11'],
    ['Wed, 11 Mar 2015 15:46:00 GMT', '2015-03-11'],
    ['not a date', undefined],
  ])('reads the date %s as %s', (input, expected) => {
    expect(toPartialDate(input)).toBe(expected);
  });
});

describe('mentionedCountries', () => {
  it.each([
    ['a country alone', { peru: 3 }, ['PE']],
    ['most named first', { peru: 1, mexico: 2 }, ['MX', 'PE']],
    ['a government counts for its country', { 'government-of-mexico': 2, peru: 1 }, ['MX', 'PE']],
    ['a company is no country', { huawei: 5 }, []],
  ])('%s', (_case, counts, expected) => {
    const entities = new Map(seed.entities.map((e) => [e.id, e]));
    expect(mentionedCountries(new Map(Object.entries(counts)), entities)).toEqual(expected);
  });
});
