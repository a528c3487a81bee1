// The seed catalog's context rules, through the real matcher with every platform country (issue 15): nationality
// words are not mentions of a country, except next to a state body, where they name its government; country
// names that are also common words or first names need context.
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { EntitySchema, SeedCatalogSchema } from '@/lib/schema';
import catalogJson from '@/seeds/catalog.json';
import { describeMatches } from './match-fixtures';

const catalog = SeedCatalogSchema.parse(catalogJson);
const matcher = compileMatcher(
  withCountries(catalog.entities.map((e) => EntitySchema.parse({ ...e, origin: 'seed' }))),
);
const find = (text: string) => describeMatches(text, matchText(matcher, text));

describe('nationality words', () => {
  it.each([
    // French
    ['fr', 'le géant chinois de la technologie', []],
    ['fr', 'des investissements chinois au Pérou', ['Pérou→peru']],
    ['fr', '400 000 Mexicains seront formés', []],
    ['fr', 'l’économie mexicaine', []],
    ['fr', 'Marcelo Ebrard, secrétaire mexicain à l’Économie', ['Marcelo Ebrard→marcelo-ebrard']],
    ['fr', 'les entreprises péruviennes', []],
    ['fr', 'le gouvernement mexicain a signé', ['gouvernement mexicain→government-of-mexico']],
    ['fr', 'les autorités péruviennes ont approuvé', ['péruviennes→government-of-peru']],
    ['fr', 'l’État salvadorien', ['salvadorien→government-of-el-salvador']],
    ['fr', 'le Congrès péruvien doit voter', ['péruvien→government-of-peru']],
    ['fr', 'l’État mexicain de Oaxaca', []],
    ['fr', 'le gouvernement chinois', []],
    // English
    ['en', 'Chinese companies', []],
    ['en', '20,000 young Peruvians', []],
    ['en', 'Mexican workers in Mexico', ['Mexico→mexico']],
    ['en', 'the Salvadoran government said', ['Salvadoran government→government-of-el-salvador']],
    ['en', 'Peruvian authorities approved it', ['Peruvian→government-of-peru']],
    ['en', 'the Mexican Congress', ['Mexican→government-of-mexico']],
    ['en', 'the Mexican state of Oaxaca', []],
    // Spanish
    ['es', 'los salvadoreños y el gigante chino', []],
    ['es', 'empresas estadounidenses', []],
    ['es', 'el gobierno peruano firmó', ['gobierno peruano→government-of-peru']],
    ['es', 'las autoridades mexicanas', ['mexicanas→government-of-mexico']],
    ['es', 'el Estado salvadoreño', ['salvadoreño→government-of-el-salvador']],
    ['es', 'el estado mexicano de Chiapas', []],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('country names that are also common words, first names or other places', () => {
  it.each([
    ['en', 'Chad said he would sign', []],
    ['en', 'a data centre in Chad', ['Chad→chad']],
    ['fr', 'un accord avec le Tchad', ['Tchad→chad']],
    ['es', 'una inversión en Chad', ['Chad→chad']],
    ['en', 'Michael Jordan and Jordan', []],
    ['en', 'Jordan told reporters', []],
    ['en', 'a solar plant in Jordan', ['Jordan→jordan']],
    ['en', 'the Hashemite Kingdom of Jordan. Jordan signed', ['Hashemite Kingdom of Jordan→jordan', 'Jordan→jordan']],
    ['en', 'a campus in Georgia', []],
    ['en', 'the President of Georgia', ['Georgia→georgia']],
    ['fr', 'Atlanta, en Géorgie', []],
    ['fr', 'le Premier ministre de la Géorgie', ['Géorgie→georgia']],
    ['fr', 'Maurice Lévy a déclaré', []],
    ['fr', 'un câble sous-marin à Maurice', ['Maurice→mauritius']],
    ['fr', 'l’île Maurice', ['île Maurice→mauritius']],
    ['es', 'Mauricio Macri firmó', []],
    ['es', 'un centro de datos en Mauricio', ['Mauricio→mauritius']],
    ['fr', 'le delta du Niger', []],
    ['fr', 'une mine d’uranium au Niger', ['Niger→niger']],
    ['en', 'the Niger River', []],
    ['es', 'el Níger firmó', ['Níger→niger']],
    ['fr', 'Dominique a signé', []],
    ['fr', 'un accord avec la Dominique', ['Dominique→dominica']],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});
