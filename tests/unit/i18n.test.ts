import { describe, expect, it } from 'vitest';
import { createI18n, detectLanguage, translate } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';

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
