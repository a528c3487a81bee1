import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { slugify } from '@/lib/catalog/slug';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { foldAlias } from '@/lib/match/normalize';
import { EntitySchema, SlugSchema } from '@/lib/schema';
import { describeMatches, entity } from './match-fixtures';

const countries = withCountries([]);
const byCode = (code: string) => countries.find((c) => c.countryCode === code);
const texts = (code: string) => byCode(code)?.aliases.map((a) => a.text) ?? [];

describe('slugify', () => {
  it.each([
    ['France', 'france'],
    ['United Kingdom', 'united-kingdom'],
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['St. Kitts & Nevis', 'st-kitts-nevis'],
    ['São Tomé & Príncipe', 'sao-tome-principe'],
    ['Åland Islands', 'aland-islands'],
    ['  Google -- Cloud  ', 'google-cloud'],
    ['Ørsted Æble Straße', 'orsted-aeble-strasse'],
    ['北京', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('withCountries', () => {
  it('adds every country the platform knows, and no grouping', () => {
    expect(countries.length).toBeGreaterThanOrEqual(240);
    const codes = countries.map((c) => c.countryCode);
    for (const code of ['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'UK', 'SU', 'ZR']) expect(codes).not.toContain(code);
    for (const code of ['FR', 'GB', 'US', 'PE', 'MX', 'SV', 'CN', 'CI', 'XK']) expect(codes).toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = countries.map((c) => c.id);
    expect(ids).not.toContain('european-union');
    expect(ids).not.toContain('united-nations');
  });

  it('makes valid, unique slug ids from the English names', () => {
    const ids = countries.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(SlugSchema.safeParse(id).success).toBe(true);
    expect(byCode('FR')?.id).toBe('france');
    expect(byCode('GB')?.id).toBe('united-kingdom');
    expect(byCode('CI')?.id).toBe('cote-d-ivoire');
    for (const country of countries) expect(EntitySchema.parse(country)).toEqual(country);
  });

  it.each([
    ['PE', ['Pérou', 'Peru', 'Perú']],
    ['MX', ['Mexique', 'Mexico', 'México']],
    ['CL', ['Chili', 'Chile']],
    ['GB', ['Royaume-Uni', 'United Kingdom', 'Reino Unido']],
    ['MM', ['Myanmar', 'Burma', 'Birmanie', 'Birmania']],
    ['KN', ['Saint Kitts and Nevis']],
  ])('names %s in French, English and Spanish', (code, names) => {
    expect(texts(code)).toEqual(expect.arrayContaining(names));
  });

  it('describes generated countries in English and French', () => {
    expect(byCode('PE')).toMatchObject({
      kind: 'country',
      origin: 'seed',
      description: 'Country',
      descriptionFr: 'Pays',
    });
  });

  it('never makes "Salvador" alone a name of El Salvador', () => {
    expect(texts('SV')).toContain('El Salvador');
    expect(texts('SV').map(foldAlias)).not.toContain('salvador');
  });

  it('keeps proper-noun names capitalized and abbreviations case-sensitive', () => {
    const chili = byCode('CL')?.aliases.find((a) => a.text === 'Chili');
    expect(chili?.case).toBe('capitalized');
    expect(byCode('GB')?.aliases.find((a) => a.text === 'UK')?.case).toBe('sensitive');
  });

  it('does not give one name to two countries', () => {
    const owners = new Map<string, string>();
    for (const country of countries) {
      for (const alias of country.aliases) {
        const folded = foldAlias(alias.text);
        expect([undefined, country.id]).toContain(owners.get(folded));
        owners.set(folded, country.id);
      }
    }
  });

  it('merges platform names into a catalog entity with the same countryCode, without duplicates', () => {
    const peru = entity(
      'peru',
      [
        { text: 'Perou', lang: 'fr' },
        { text: 'PERU', lang: 'en', case: 'sensitive' },
      ],
      {
        kind: 'country',
        countryCode: 'PE',
        excludes: ['Peru Street'],
      },
    );
    const merged = withCountries([peru]);
    expect(merged.filter((e) => e.countryCode === 'PE')).toHaveLength(1);
    const result = merged[0];
    expect(result?.id).toBe('peru');
    const folded = result?.aliases.map((a) => foldAlias(a.text)) ?? [];
    expect(new Set(folded).size).toBe(folded.length);
    // The catalog's own spellings and options stay first and win.
    expect(result?.aliases.slice(0, 2)).toEqual(peru.aliases);
    expect(result?.excludes).toEqual(['Peru Street']);
    expect(merged).toHaveLength(countries.length);
    // The input is left alone.
    expect(peru.aliases).toHaveLength(2);
  });

  it('adds platform names the catalog lacks to its entity', () => {
    const mexico = entity('mexico', [{ text: 'Mexique', lang: 'fr' }], { kind: 'country', countryCode: 'MX' });
    const result = withCountries([mexico])[0];
    expect(result?.aliases.map((a) => a.text)).toEqual(['Mexique', 'Mexico']);
    expect(result?.excludes).toEqual(expect.arrayContaining(['New Mexico', 'Mexico City']));
  });

  it('keeps ids unique when the catalog already uses a country slug for something else', () => {
    const state = entity('georgia', ['Georgia'], { kind: 'place' });
    const merged = withCountries([state]);
    expect(merged.find((e) => e.countryCode === 'GE')?.id).toBe('georgia-ge');
    const ids = merged.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes a country entity with the slug id and no code for that country', () => {
    const merged = withCountries([entity('france', ['Hexagone'], { kind: 'country' })]);
    expect(merged.filter((e) => e.id === 'france')).toHaveLength(1);
    expect(merged[0]?.countryCode).toBe('FR');
    expect(merged[0]?.aliases.map((a) => a.text)).toContain('France');
  });

  it('lets the matcher find countries in three languages, with catalog entities first', () => {
    const matcher = compileMatcher(withCountries([entity('georgia-state', ['Georgia'], { kind: 'place' })]));
    const cases: [string, string[]][] = [
      ['Le Pérou et le Chili, pas le chili.', ['Pérou→peru', 'Chili→chile']],
      ['Peru, Mexico and the UK; not us, nor New Mexico.', ['Peru→peru', 'Mexico→mexico', 'UK→united-kingdom']],
      ['Perú, México y El Salvador', ['Perú→peru', 'México→mexico', 'El Salvador→el-salvador']],
      ['Atlanta, Georgia', ['Georgia→georgia-state']],
      ["La Côte d’Ivoire et la Cote d'Ivoire", ['Côte d’Ivoire→cote-d-ivoire', "Cote d'Ivoire→cote-d-ivoire"]],
    ];
    for (const [text, expected] of cases) expect(describeMatches(text, matchText(matcher, text))).toEqual(expected);
  });
});
