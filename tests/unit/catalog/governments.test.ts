// Naming a government the store does not have yet, from its country and the article (issue 15).
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { adjectiveForms, findGovernmentPhrases, governmentAliases, isAdjectiveOf } from '@/lib/catalog/governments';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { type Entity, EntitySchema, type Language } from '@/lib/schema';
import { describeMatches } from '../match-fixtures';

const countries = withCountries([]);
const country = (code: string): Entity => countries.find((c) => c.countryCode === code)!;

describe('isAdjectiveOf', () => {
  it.each<[string, string, boolean]>([
    ['chilien', 'CL', true],
    ['Chilean', 'CL', true],
    ['chileno', 'CL', true],
    ['brésilien', 'BR', true],
    ['Brazilian', 'BR', true],
    ['brasileño', 'BR', true],
    ['indien', 'IN', true],
    ['fédéral', 'CL', false],
    ['Federal', 'BR', false],
    ['central', 'CL', false],
  ])('%s is the adjective of %s: %s', (adjective, code, expected) => {
    expect(isAdjectiveOf(adjective, country(code))).toBe(expected);
  });
});

describe('findGovernmentPhrases', () => {
  it.each<[Language, string, string, string[]]>([
    [
      'fr',
      'CL',
      'un accord avec le gouvernement chilien et le gouvernement du Chili.',
      ['gouvernement du Chili', 'gouvernement chilien'],
    ],
    ['fr', 'BR', 'Le gouvernement brésilien a signé.', ['gouvernement brésilien']],
    ['fr', 'IN', 'Le gouvernement de l’Inde a signé.', ['gouvernement de l’Inde']],
    ['fr', 'CL', 'Le gouvernement fédéral a signé.', []],
    [
      'en',
      'CL',
      'The Chilean government and the Government of Chile agreed.',
      ['Government of Chile', 'Chilean government'],
    ],
    ['en', 'BR', 'Brazil’s government said so.', ['Brazil’s government']],
    ['en', 'BR', 'The Federal government said so.', []],
    ['es', 'CL', 'El gobierno chileno y el Gobierno de Chile firmaron.', ['Gobierno de Chile', 'gobierno chileno']],
    ['es', 'BR', 'El Gobierno de Brasil firmó.', ['Gobierno de Brasil']],
  ])('[%s] %s: %j', (_lang, code, text, expected) => {
    expect(findGovernmentPhrases(text, country(code)).map((p) => p.text)).toEqual(expected);
  });
});

describe('adjectiveForms', () => {
  it.each<[string, 'fr' | 'en' | 'es', string[]]>([
    ['chilien', 'fr', ['chilien', 'chilienne', 'chiliens', 'chiliennes']],
    ['mexicain', 'fr', ['mexicain', 'mexicaine', 'mexicains', 'mexicaines']],
    ['français', 'fr', ['français', 'française', 'françaises']],
    ['belge', 'fr', ['belge', 'belges']],
    ['chileno', 'es', ['chileno', 'chilena', 'chilenos', 'chilenas']],
    ['estadounidense', 'es', ['estadounidense', 'estadounidenses']],
    ['Chilean', 'en', ['Chilean']],
  ])('%s (%s)', (adjective, lang, forms) => {
    expect(adjectiveForms(adjective, lang)).toEqual(forms);
  });
});

describe('governmentAliases', () => {
  it('names a new government in three languages and takes the article’s adjective only next to a state body', () => {
    const chile = country('CL');
    const aliases = governmentAliases(chile, [{ text: 'gouvernement chilien', lang: 'fr' }]);
    expect(aliases.filter((a) => !a.cueRequired).map((a) => a.text)).toEqual([
      'Government of Chile',
      'Gobierno de Chile',
      'gouvernement chilien',
    ]);
    expect(aliases.filter((a) => a.cueRequired).map((a) => a.text)).toEqual([
      'chilien',
      'chilienne',
      'chiliens',
      'chiliennes',
    ]);
    const government = EntitySchema.parse({
      id: 'government-of-chile',
      name: 'Government of Chile',
      kind: 'government',
      aliases,
      origin: 'user',
    });
    const m = compileMatcher([chile, government]);
    const find = (text: string) => describeMatches(text, matchText(m, text));
    expect(find('les autorités chiliennes')).toEqual(['chiliennes→government-of-chile']);
    expect(find('les vins chiliens du Chili')).toEqual(['Chili→chile']);
    expect(find('El Gobierno de Chile firmó')).toEqual(['Gobierno de Chile→government-of-chile']);
  });
});
