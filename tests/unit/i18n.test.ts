import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, detectLanguage, translate } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { frenchTypography } from '@/lib/i18n/french-typography';

describe('UI strings', () => {
  it('every English string has a French translation and no language has extra keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fr)) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it.each([
    ['fr-FR', 'fr'],
    ['fr', 'fr'],
    ['en-US', 'en'],
    ['es-ES', 'en'],
    [undefined, 'en'],
  ] as const)('follows the browser language %s → %s', (browser, lang) => {
    expect(detectLanguage(browser)).toBe(lang);
  });

  it('fills placeholders and formats dates and numbers per language', () => {
    expect(translate('fr', 'announced', { date: '29 août 2023' })).toBe('Annoncé le 29 août 2023');
    expect(createI18n('fr').date('2023-08-29')).toBe('29 août 2023');
    expect(createI18n('en').date('2023-08-29')).toBe('29 August 2023');
    expect(createI18n('fr').number(20000)).toMatch(/^20\s000$/);
  });
});

// Issue 25: French interface leftovers. Every label is translated (a French string equal to the English one must
// be a word both languages share), and French spacing is right: "Parties : …", « … », no line break before : ; ? !
describe('counted words', () => {
  it('take the singular or the plural each language gives the count', () => {
    const one = { title: 'T', mentions: 1, facts: 0, entities: 2 };
    expect(translate('en', 'saveDone', one)).toBe('Saved “T”: 1 known name, 0 figures and 2 new names to review.');
    expect(translate('fr', 'saveDone', one)).toBe(
      frenchTypography('« T » enregistré : 1 nom connu, 0 chiffre et 2 nouveaux noms à examiner.'),
    );
  });
});

describe('French interface', () => {
  /** Words and patterns spelled alike in both languages, so a French string may equal the English one. */
  const SHARED = new Set([
    'Deal Lens',
    // Who and when, both filled in already translated: only the comma is the string's own.
    '{author}, {time}',
    'Articles',
    'Article',
    'Source',
    'Sources',
    'Type',
    'Relations',
    'Parties',
    'Date',
    'Mentions',
    'Programme',
    'Licence',
    'Alias {n}',
    'Relation {n}',
    'Source {n}',
    '{publisher}, {date}',
    '{count} mentions',
    '1 mention',
    '{count} sources',
  ]);

  it('translates every string (or it is a word both languages share)', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => fr[key] === en[key] && !SHARED.has(en[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it.each([
    ['Parties : {names}', 'Parties\u00a0: {names}'],
    ['Parties: {names}', 'Parties\u00a0: {names}'],
    ['Impossible de lire la base : {error}', 'Impossible de lire la base\u00a0: {error}'],
    ['« {title} » enregistré', '«\u00a0{title}\u00a0» enregistré'],
    ['Ouvrir ce lien ?', 'Ouvrir ce lien\u202f?'],
    ['Chiffres ; sources !', 'Chiffres\u202f; sources\u202f!'],
    ['Vraiment ?!', 'Vraiment\u202f?!'],
    ['https://example.com à 10:30', 'https://example.com à 10:30'],
  ])('typesets %j as %j', (source, typeset) => {
    expect(frenchTypography(source)).toBe(typeset);
  });

  it('shows every French string with no-break spaces where French typography wants them', () => {
    const fr = createI18n('fr');
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const shown = fr.t(key);
      // A colon, semicolon, question or exclamation mark ending a phrase has a no-break space before it…
      expect(shown, key).not.toMatch(/(^|[^\u00a0\u202f?!])[:;?!](\s|$)/u);
      // …and the guillemets hold their text with no-break spaces.
      expect(shown, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/u);
    }
    expect(fr.t('partiesList', { names: 'Huawei · Peru' })).toBe('Parties\u00a0: Huawei · Peru');
    expect(createI18n('en').t('partiesList', { names: 'Huawei · Peru' })).toBe('Parties: Huawei · Peru');
  });

  it('quotes as each language does', () => {
    expect(createI18n('fr').quote('former 20 000 jeunes')).toBe('«\u00a0former 20 000 jeunes\u00a0»');
    expect(createI18n('en').quote('train 20,000 young people')).toBe('“train 20,000 young people”');
  });

  it('gives the browser-level strings (manifest, keyboard walk) in both languages, French spacing included', () => {
    const read = (lang: string) =>
      JSON.parse(readFileSync(path.join('public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
    const [enMessages, frMessages] = [read('en'), read('fr')];
    expect(Object.keys(frMessages).sort()).toEqual(Object.keys(enMessages).sort());
    for (const [key, { message }] of Object.entries(frMessages)) {
      expect(message, key).toBe(frenchTypography(message));
    }
  });
});
