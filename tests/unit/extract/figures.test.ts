// Figures (money, capacities, percentages, counts, durations, dates, ranks) in French, English and Spanish, and
// every figure of the seeds.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures, inferYear, parseNumber } from '@/lib/extract/figures';
import { type Figure, type FigureLanguage, FigureSchema } from '@/lib/schema';

type Expected = Partial<Omit<Figure, 'start' | 'end'>> & Pick<Figure, 'text'>;

/** The one figure of `text`, checked against `expected` (fields left out are not checked). */
function single(lang: FigureLanguage, text: string): Figure {
  const figures = findFigures(text, lang);
  expect(figures, JSON.stringify(figures)).toHaveLength(1);
  const figure = figures[0]!;
  expect(FigureSchema.parse(figure)).toEqual(figure);
  expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  return figure;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('findFigures: money', () => {
  it.each<[FigureLanguage, string, Expected]>([
    [
      'fr',
      'plus de 10 M USD pour le PIB',
      { kind: 'money', value: 1e7, unit: 'USD', text: '10 M USD', qualifier: 'at-least' },
    ],
    ['fr', 'un apport de 19 Mds USD', { value: 19e9, unit: 'USD', text: '19 Mds USD' }],
    ['fr', 'un apport de 19 Md USD', { value: 19e9, unit: 'USD', text: '19 Md USD' }],
    ['fr', 'a reçu 2,9 milliards de dollars', { value: 2.9e9, unit: 'USD', text: '2,9 milliards de dollars' }],
    ['en', 'a $5 billion deal', { value: 5e9, unit: 'USD', text: '$5 billion' }],
    ['es', 'una inversión de US$ 5.000 millones', { value: 5e9, unit: 'USD', text: 'US$ 5.000 millones' }],
    ['fr', 'un gain de 900 USD par travailleur', { value: 900, unit: 'USD', text: '900 USD' }],
    ['fr', 'un budget de €3,5 millions', { value: 3.5e6, unit: 'EUR', text: '€3,5 millions' }],
    ['es', 'invertirá 5 mil millones de dólares', { value: 5e9, unit: 'USD', text: '5 mil millones de dólares' }],
    ['en', 'worth 1.2 million euros', { value: 1.2e6, unit: 'EUR', text: '1.2 million euros' }],
    ['fr', 'pour 3,5 millions d’euros', { value: 3.5e6, unit: 'EUR', text: '3,5 millions d’euros' }],
    ['fr', `un chèque de 5${NBSP}000${NBSP}€`, { value: 5000, unit: 'EUR', text: `5${NBSP}000${NBSP}€` }],
    ['en', 'a $1.2bn contract', { value: 1.2e9, unit: 'USD', text: '$1.2bn' }],
    ['en', 'about US$300 million', { value: 3e8, unit: 'USD', text: 'US$300 million', qualifier: 'about' }],
    [
      'es',
      'más de 2,5 millones de euros',
      { value: 2.5e6, unit: 'EUR', text: '2,5 millones de euros', qualifier: 'at-least' },
    ],
    ['es', 'un monto de 10 mdd', { value: 1e7, unit: 'USD', text: '10 mdd' }],
    ['en', 'raised $20,000,000 from', { value: 2e7, unit: 'USD', text: '$20,000,000' }],
    // French "billion" is the long scale's 10^12.
    ['fr', 'pour 1 billion de dollars', { value: 1e12, unit: 'USD', text: '1 billion de dollars' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject({ kind: 'money', ...expected });
  });

  it('reads every convention at once for an undetermined language', () => {
    const text = 'US$ 5.000 millones, 2,9 milliards de dollars and $1.2 billion; 7 000 emplois, 1.500 empleos.';
    expect(findFigures(text, 'und').map((f) => [f.value, f.unit])).toEqual([
      [5e9, 'USD'],
      [2.9e9, 'USD'],
      [1.2e9, 'USD'],
      [7000, 'jobs'],
      [1500, 'jobs'],
    ]);
  });

  it('needs a currency: a scale alone is not money', () => {
    expect(findFigures('une hausse de 10 millions', 'fr')).toEqual([]);
    expect(findFigures('a 10 M budget', 'en')).toEqual([]);
  });
});

describe('findFigures: money in every currency, stored as its ISO code (issue 15)', () => {
  it.each<[FigureLanguage, string, Expected]>([
    // Symbols
    ['en', 'a R$14.7 billion plan', { value: 14.7e9, unit: 'BRL', text: 'R$14.7 billion' }],
    ['en', 'will invest KSh 129 billion in', { value: 129e9, unit: 'KES', text: 'KSh 129 billion' }],
    ['en', 'a Rwf 30 billion fund', { value: 30e9, unit: 'RWF', text: 'Rwf 30 billion' }],
    ['fr', 'un fonds de SFr. 24 millions', { value: 24e6, unit: 'CHF', text: 'SFr. 24 millions' }],
    ['fr', 'une convention de 10 milliards de DH', { value: 10e9, unit: 'MAD', text: '10 milliards de DH' }],
    ['en', 'a CHF3 million grant', { value: 3e6, unit: 'CHF', text: 'CHF3 million' }],
    ['fr', 'un prêt de MX$5 000', { value: 5000, unit: 'MXN', text: 'MX$5 000' }],
    ['fr', 'un prêt de 5 000 $MX', { value: 5000, unit: 'MXN', text: '5 000 $MX' }],
    ['es', 'invertirá S/ 500 millones', { value: 5e8, unit: 'PEN', text: 'S/ 500 millones' }],
    ['es', 'invertirá S/. 500 millones', { value: 5e8, unit: 'PEN', text: 'S/. 500 millones' }],
    ['en', 'a £2bn data centre', { value: 2e9, unit: 'GBP', text: '£2bn' }],
    ['en', 'a ¥300 billion fund', { value: 3e11, unit: 'JPY', text: '¥300 billion' }],
    ['en', 'CN¥10 billion', { value: 1e10, unit: 'CNY', text: 'CN¥10 billion' }],
    ['en', 'an ₹8,000 crore campus', { value: 8e10, unit: 'INR', text: '₹8,000 crore' }],
    ['en', 'Rs 2,000 crore in India', { value: 2e10, unit: 'INR', text: 'Rs 2,000 crore' }],
    ['en', 'RM5 billion in Johor', { value: 5e9, unit: 'MYR', text: 'RM5 billion' }],
    ['en', 'Rp 12 trillion', { value: 1.2e13, unit: 'IDR', text: 'Rp 12 trillion' }],
    ['en', 'a ฿10 billion plant', { value: 1e10, unit: 'THB', text: '฿10 billion' }],
    ['en', '₩2 trillion', { value: 2e12, unit: 'KRW', text: '₩2 trillion' }],
    // ISO codes, before or after
    ['en', 'CLP 500 million', { value: 5e8, unit: 'CLP', text: 'CLP 500 million' }],
    ['fr', '14,7 milliards BRL', { value: 14.7e9, unit: 'BRL', text: '14,7 milliards BRL' }],
    ['es', '3.000 millones de MXN', { value: 3e9, unit: 'MXN', text: '3.000 millones de MXN' }],
    // Words
    [
      'es',
      'una inversión de 14.700 millones de reales',
      { value: 14.7e9, unit: 'BRL', text: '14.700 millones de reales' },
    ],
    ['en', '14.7 billion reais', { value: 14.7e9, unit: 'BRL', text: '14.7 billion reais' }],
    ['fr', '14,7 milliards de réals', { value: 14.7e9, unit: 'BRL', text: '14,7 milliards de réals' }],
    ['es', '1.200 millones de soles', { value: 1.2e9, unit: 'PEN', text: '1.200 millones de soles' }],
    ['en', '15 trillion rupiah', { value: 1.5e13, unit: 'IDR', text: '15 trillion rupiah' }],
    ['en', '3.5 billion ringgit', { value: 3.5e9, unit: 'MYR', text: '3.5 billion ringgit' }],
    ['en', '20 billion baht', { value: 2e10, unit: 'THB', text: '20 billion baht' }],
    ['en', '50 billion yen', { value: 5e10, unit: 'JPY', text: '50 billion yen' }],
    ['fr', '2 milliards de yuans', { value: 2e9, unit: 'CNY', text: '2 milliards de yuans' }],
    ['en', '2 billion pounds sterling', { value: 2e9, unit: 'GBP', text: '2 billion pounds sterling' }],
    // The platform's full names, in each language
    ['en', '5 billion Mexican pesos', { value: 5e9, unit: 'MXN', text: '5 billion Mexican pesos' }],
    ['fr', '5 milliards de pesos chiliens', { value: 5e9, unit: 'CLP', text: '5 milliards de pesos chiliens' }],
    ['es', '500 millones de pesos colombianos', { value: 5e8, unit: 'COP', text: '500 millones de pesos colombianos' }],
    ['es', '10 millones de reales brasileños', { value: 1e7, unit: 'BRL', text: '10 millones de reales brasileños' }],
    ['en', '1 billion Swiss francs', { value: 1e9, unit: 'CHF', text: '1 billion Swiss francs' }],
    // A specific currency after the bare "$" wins
    ['es', '$14.700 millones de pesos', { value: 14.7e9, unit: 'MXN', text: '$14.700 millones de pesos' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject({ kind: 'money', ...expected });
  });

  it.each<[string, FigureLanguage, string[], string]>([
    ['no country named: the most common reading', 'es', [], 'MXN'],
    ['Chile named first', 'es', ['CL', 'MX'], 'CLP'],
    ['Argentina', 'es', ['AR'], 'ARS'],
    ['a country with another currency does not count', 'es', ['PE', 'CO'], 'COP'],
  ])('reads "pesos" from the countries the text names: %s', (_case, lang, countries, unit) => {
    const [figure] = findFigures('invertirá 500 millones de pesos', lang, { countries });
    expect(figure).toMatchObject({ unit, value: 5e8, currencyGuessed: true });
  });

  it.each<[FigureLanguage, string]>([
    ['en', 'TOP 10 deals'],
    ['en', 'the WORLD CUP 2026'],
    ['en', 'the AMD 7000 series'],
    ['en', 'upgrade to PHP 8'],
    ['en', 'at COP26 in Glasgow'],
    ['en', 'SDG 7 targets'],
    ['en', 'CAD 3D models'],
    ['en', 'a 6 ft wall'],
    ['en', 'the two won praise'],
    ['fr', 'l’analyse de 300 sols'],
  ])('%s: no money in %j', (lang, text) => {
    expect(findFigures(text, lang).filter((f) => f.kind === 'money')).toEqual([]);
  });
});

describe('findFigures: spelled-out numbers (issue 15)', () => {
  it.each<[FigureLanguage, string, Expected]>([
    ['fr', 'un milliard de dollars', { kind: 'money', value: 1e9, unit: 'USD', text: 'un milliard de dollars' }],
    ['fr', 'Deux milliards d’euros', { kind: 'money', value: 2e9, unit: 'EUR', text: 'Deux milliards d’euros' }],
    ['fr', 'cinq cents millions de dollars', { kind: 'money', value: 5e8, text: 'cinq cents millions de dollars' }],
    ['en', 'two billion dollars', { kind: 'money', value: 2e9, unit: 'USD', text: 'two billion dollars' }],
    ['en', 'a billion dollars', { kind: 'money', value: 1e9, unit: 'USD', text: 'a billion dollars' }],
    ['en', 'twenty-five million euros', { kind: 'money', value: 25e6, unit: 'EUR', text: 'twenty-five million euros' }],
    ['es', 'mil millones de dólares', { kind: 'money', value: 1e9, unit: 'USD', text: 'mil millones de dólares' }],
    [
      'es',
      'cinco mil millones de reales',
      { kind: 'money', value: 5e9, unit: 'BRL', text: 'cinco mil millones de reales' },
    ],
    ['es', 'un millón de euros', { kind: 'money', value: 1e6, unit: 'EUR', text: 'un millón de euros' }],
    ['es', 'durante cuatro años', { kind: 'duration', value: 4, unit: 'years', text: 'cuatro años' }],
    ['es', 'por veinticinco años', { kind: 'duration', value: 25, unit: 'years', text: 'veinticinco años' }],
    ['es', 'por treinta y cinco años', { kind: 'duration', value: 35, unit: 'years', text: 'treinta y cinco años' }],
    ['fr', 'pendant vingt et un ans', { kind: 'duration', value: 21, unit: 'years', text: 'vingt et un ans' }],
    [
      'fr',
      'pour quatre-vingt-dix-neuf ans',
      { kind: 'duration', value: 99, unit: 'years', text: 'quatre-vingt-dix-neuf ans' },
    ],
    ['en', 'a two-year pilot', { kind: 'duration', value: 2, unit: 'years', text: 'two-year' }],
    ['en', 'for twelve months', { kind: 'duration', value: 12, unit: 'months', text: 'twelve months' }],
    ['fr', 'créera deux cents emplois', { kind: 'count', value: 200, unit: 'jobs', text: 'deux cents emplois' }],
    ['fr', 'un million de personnes', { kind: 'count', value: 1e6, unit: 'people', text: 'un million de personnes' }],
    ['fr', 'mille emplois', { kind: 'count', value: 1000, unit: 'jobs', text: 'mille emplois' }],
    ['fr', 'soixante et onze emplois', { kind: 'count', value: 71, unit: 'jobs', text: 'soixante et onze emplois' }],
    ['en', 'two thousand workers', { kind: 'count', value: 2000, unit: 'people', text: 'two thousand workers' }],
    ['en', 'one hundred and fifty engineers', { kind: 'count', value: 150, text: 'one hundred and fifty engineers' }],
    ['es', 'mil quinientos empleos', { kind: 'count', value: 1500, unit: 'jobs', text: 'mil quinientos empleos' }],
    ['es', 'doscientos cincuenta ingenieros', { kind: 'count', value: 250, text: 'doscientos cincuenta ingenieros' }],
    // A run that is not one number: its well-formed end.
    ['es', 'entre dos y tres años', { kind: 'duration', value: 3, unit: 'years', text: 'tres años' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject(expected);
  });

  it.each<[FigureLanguage, string]>([
    ['fr', 'depuis un an'],
    ['fr', 'un dollar symbolique'],
    ['en', 'a year ago'],
    ['en', 'one of the people'],
    ['en', 'a dollar store'],
    ['es', 'hace un año'],
    ['es', 'uno de los empleos'],
  ])('%s: a lone "one" is no figure in %j', (lang, text) => {
    expect(findFigures(text, lang)).toEqual([]);
  });
});

describe('findFigures: percentages (issue 15)', () => {
  it.each<[FigureLanguage, string, Expected]>([
    ['fr', 'une hausse de 25 %', { value: 25, unit: 'percent', text: '25 %' }],
    ['fr', `une part de 12,5${NBSP}%`, { value: 12.5, unit: 'percent', text: `12,5${NBSP}%` }],
    ['fr', 'environ 30 pour cent', { value: 30, unit: 'percent', text: '30 pour cent', qualifier: 'about' }],
    ['fr', 'de 3 points de pourcentage', { value: 3, unit: 'percentage-points', text: '3 points de pourcentage' }],
    ['en', 'a 49% stake', { value: 49, unit: 'percent', text: '49%' }],
    ['en', 'up to 40 percent', { value: 40, unit: 'percent', text: '40 percent', qualifier: 'at-most' }],
    ['en', 'rose 2.5 percentage points', { value: 2.5, unit: 'percentage-points', text: '2.5 percentage points' }],
    ['en', 'twenty per cent', { value: 20, unit: 'percent', text: 'twenty per cent' }],
    ['es', 'el 51 % de las acciones', { value: 51, unit: 'percent', text: '51 %' }],
    ['es', 'un 15 por ciento', { value: 15, unit: 'percent', text: '15 por ciento' }],
    ['es', 'veinte por ciento', { value: 20, unit: 'percent', text: 'veinte por ciento' }],
    ['es', 'subió 1,5 puntos porcentuales', { value: 1.5, unit: 'percentage-points', text: '1,5 puntos porcentuales' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject({ kind: 'percentage', ...expected });
  });
});

describe('findFigures: capacities (issue 15)', () => {
  it.each<[FigureLanguage, string, Expected]>([
    ['en', 'a 100MW data centre', { value: 100, unit: 'MW', text: '100MW' }],
    ['en', 'a 1GW campus', { value: 1, unit: 'GW', text: '1GW' }],
    ['fr', 'une capacité de 1,5 GW', { value: 1.5, unit: 'GW', text: '1,5 GW' }],
    ['fr', 'de 100 mégawatts', { value: 100, unit: 'MW', text: '100 mégawatts' }],
    ['fr', 'deux gigawatts', { value: 2, unit: 'GW', text: 'deux gigawatts' }],
    ['en', 'at least 500 kW', { value: 500, unit: 'kW', text: '500 kW', qualifier: 'at-least' }],
    ['en', 'a 200 MWh battery', { value: 200, unit: 'MWh', text: '200 MWh' }],
    ['en', '300 megawatts of power', { value: 300, unit: 'MW', text: '300 megawatts' }],
    ['en', 'uses 1.2 terawatt-hours', { value: 1.2, unit: 'TWh', text: '1.2 terawatt-hours' }],
    ['es', 'de 500 megavatios', { value: 500, unit: 'MW', text: '500 megavatios' }],
    ['es', 'hasta 1.000 MW', { value: 1000, unit: 'MW', text: '1.000 MW', qualifier: 'at-most' }],
    ['es', '2 gigavatios hora', { value: 2, unit: 'GWh', text: '2 gigavatios hora' }],
    // Issue 23: the English compound, as "a 7-year partnership".
    ['en', 'The 100-megawatt campus will', { value: 100, unit: 'MW', text: '100-megawatt' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject({ kind: 'capacity', ...expected });
  });

  it('takes symbols only as written', () => {
    expect(findFigures('100 mw', 'en')).toEqual([]);
    expect(findFigures('100 mW', 'en')).toEqual([]);
  });
});

describe('findFigures: counts', () => {
  it.each<[FigureLanguage, string, Expected]>([
    ['fr', 'créera 7 000 emplois', { value: 7000, unit: 'jobs', text: '7 000 emplois' }],
    ['fr', `créera 7${NBSP}000 emplois`, { value: 7000, unit: 'jobs', text: `7${NBSP}000 emplois` }],
    ['fr', `créera 7${NNBSP}000 emplois`, { value: 7000, unit: 'jobs', text: `7${NNBSP}000 emplois` }],
    ['fr', 'plus de 7 000 emplois par an', { value: 7000, unit: 'jobs-per-year', text: '7 000 emplois par an' }],
    [
      'fr',
      'environ 400 000 Mexicains seront',
      { value: 4e5, unit: 'people', text: '400 000 Mexicains', qualifier: 'about' },
    ],
    ['en', 'to train 20,000 young people', { value: 20000, unit: 'people', text: '20,000 young people' }],
    ['en', 'will train 3,000 Ghanaian engineers', { value: 3000, unit: 'people', text: '3,000 Ghanaian engineers' }],
    ['en', 'and 2,500 Kenyan civil servants', { value: 2500, unit: 'people', text: '2,500 Kenyan civil servants' }],
    ['fr', 'former 20 000 jeunes au Pérou', { value: 20000, unit: 'people', text: '20 000 jeunes' }],
    ['es', 'generará 1.500 empleos', { value: 1500, unit: 'jobs', text: '1.500 empleos' }],
    ['es', 'creará 7.000 empleos al año', { value: 7000, unit: 'jobs-per-year', text: '7.000 empleos al año' }],
    ['en', 'some 7,000 new jobs a year', { value: 7000, unit: 'jobs-per-year', text: '7,000 new jobs a year' }],
    ['fr', 'a vu 150 objets précolombiens', { value: 150, unit: 'objects', text: '150 objets' }],
    ['fr', 'pour 2 millions de personnes', { value: 2e6, unit: 'people', text: '2 millions de personnes' }],
    ['es', 'más de 400.000 mexicanos', { value: 4e5, unit: 'people', text: '400.000 mexicanos' }],
    ['en', '20,000 Peruvians will', { value: 20000, unit: 'people', text: '20,000 Peruvians' }],
    [
      'fr',
      'formera des milliers de citoyens',
      { unit: 'people', magnitude: 1000, text: 'des milliers de citoyens', qualifier: 'about' },
    ],
    ['en', 'thousands of workers', { unit: 'people', magnitude: 1000, text: 'thousands of workers' }],
    ['es', 'miles de personas', { unit: 'people', magnitude: 1000, text: 'miles de personas' }],
    // Issue 23: an adjective between the number and a known noun keeps what it counts.
    ['en', 'will create about 800 high-skilled jobs', { value: 800, unit: 'jobs', text: '800 high-skilled jobs' }],
    ['fr', 'recrutera 45 ingénieurs spécialisés', { value: 45, unit: 'people', text: '45 ingénieurs' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject({ kind: 'count', ...expected });
  });

  it('gives vague amounts no value', () => {
    expect(single('fr', 'des milliers de citoyens').value).toBeUndefined();
  });

  it('does not take a word ending like a demonym for people ("15 semaines")', () => {
    expect(findFigures('pendant 15 semaines', 'fr')).toEqual([]);
  });
});

describe('findFigures: durations', () => {
  it.each<[FigureLanguage, string, Expected]>([
    ['fr', 'un partenariat de 7 ans pour', { value: 7, unit: 'years', text: '7 ans' }],
    ['en', 'over 15 years', { value: 15, unit: 'years', text: '15 years', qualifier: 'at-least' }],
    ['es', 'durante 10 años', { value: 10, unit: 'years', text: '10 años' }],
    ['fr', 'sur les 15 prochaines années', { value: 15, unit: 'years', text: '15 prochaines années' }],
    ['en', 'a 7-year partnership', { value: 7, unit: 'years', text: '7-year' }],
    ['en', 'a 24-month pilot', { value: 24, unit: 'months', text: '24-month' }],
    ['fr', 'en 18 mois', { value: 18, unit: 'months', text: '18 mois' }],
    ['es', 'en 90 días', { value: 90, unit: 'days', text: '90 días' }],
    ['fr', 'pendant sept ans', { value: 7, unit: 'years', text: 'sept ans' }],
    ['en', 'for ten years', { value: 10, unit: 'years', text: 'ten years' }],
    // Issue 23: halves, a year and a half, decades, and months a count reader once took for people.
    ['es', 'demandará dos años y medio', { value: 2.5, unit: 'years', text: 'dos años y medio' }],
    ['fr', 'deux ans et demi de travaux', { value: 2.5, unit: 'years', text: 'deux ans et demi' }],
    ['en', 'after 3 years and a half', { value: 3.5, unit: 'years', text: '3 years and a half' }],
    ['es', 'la obra tomará año y medio.', { value: 1.5, unit: 'years', text: 'año y medio' }],
    ['fr', 'durera un an et demi', { value: 1.5, unit: 'years', text: 'un an et demi' }],
    ['en', 'within a year and a half', { value: 1.5, unit: 'years', text: 'a year and a half' }],
    ['es', 'operar durante una década la nube', { value: 10, unit: 'years', text: 'una década' }],
    ['fr', 'pendant une décennie', { value: 10, unit: 'years', text: 'une décennie' }],
    ['en', 'over two decades', { value: 20, unit: 'years', text: 'two decades' }],
    ['es', 'se extienda por 30 meses. El campus', { value: 30, unit: 'months', text: '30 meses' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject({ kind: 'duration', ...expected });
  });

  it('leaves ages and rates alone', () => {
    expect(findFigures('a 15-year-old student', 'en')).toEqual([]);
    expect(findFigures('He is 15 years old', 'en')).toEqual([]);
    expect(findFigures('un niño de 10 años de edad', 'es')).toEqual([]);
    expect(findFigures('créera des emplois par an', 'fr')).toEqual([]);
  });

  it('takes no decade without a number ("à la fin de la décennie", "the last decade")', () => {
    expect(findFigures('à la fin de la décennie', 'fr')).toEqual([]);
    expect(findFigures('over the last decade', 'en')).toEqual([]);
    expect(findFigures('a finales de la década', 'es')).toEqual([]);
  });
});

describe('findFigures: dates', () => {
  it.each<[FigureLanguage, string, Expected]>([
    ['fr', '— Nayib Bukele (@nayibbukele) 29 août 2023', { unit: 'date', date: '2023-08-29', text: '29 août 2023' }],
    ['fr', 'a annoncé le 29 août un nouveau', { unit: 'date', monthDay: '--08-29', text: '29 août' }],
    ['fr', 'le 1er août', { monthDay: '--08-01', text: '1er août' }],
    ['fr', 'le 29 aout 2023', { date: '2023-08-29', text: '29 aout 2023' }],
    ['fr', 'Source : Forbes Mexico, 14/01/2025', { date: '2025-01-14', text: '14/01/2025' }],
    ['es', 'el 14/01/2025', { date: '2025-01-14', text: '14/01/2025' }],
    ['fr', 'le 03/04/2025', { date: '2025-04-03', text: '03/04/2025' }],
    ['en', 'on 03/04/2025', { date: '2025-03-04', text: '03/04/2025' }],
    ['en', 'on 01/14/2025', { date: '2025-01-14', text: '01/14/2025' }],
    ['en', 'on 14/01/2025', { date: '2025-01-14', text: '14/01/2025' }],
    ['en', 'on 2025-01-14', { date: '2025-01-14', text: '2025-01-14' }],
    ['en', 'announced on August 8, the', { monthDay: '--08-08', text: 'August 8' }],
    ['en', 'on August 8th, 2023.', { date: '2023-08-08', text: 'August 8th, 2023' }],
    ['en', 'on 8 August 2023', { date: '2023-08-08', text: '8 August 2023' }],
    ['es', 'el 8 de agosto de 2023', { date: '2023-08-08', text: '8 de agosto de 2023' }],
    ['es', 'el 8 de agosto', { monthDay: '--08-08', text: '8 de agosto' }],
    ['fr', 'en août 2023', { date: '2023-08', text: 'août 2023' }],
    ['es', 'en agosto de 2023', { date: '2023-08', text: 'agosto de 2023' }],
    ['en', 'since Sep 2021', { date: '2021-09', text: 'Sep 2021' }],
    ['fr', 'depuis sept. 2021', { date: '2021-09', text: 'sept. 2021' }],
    ['fr', 'en 2021', { unit: 'year', date: '2021', text: '2021' }],
    ['fr', 'a cours légal depuis 2021.', { unit: 'year', date: '2021', text: '2021', qualifier: 'since' }],
    ['fr', "à l'économie d'ici 2030 grâce", { unit: 'year', date: '2030', text: '2030', qualifier: 'by' }],
    ['en', 'by 2030', { date: '2030', text: '2030', qualifier: 'by' }],
    ['es', 'desde 2021', { date: '2021', text: '2021', qualifier: 'since' }],
    ['en', 'due to start operating in mid-2027.', { unit: 'year', date: '2027', text: 'mid-2027' }],
    ['fr', 'une mise en service à la mi-2027', { unit: 'year', date: '2027', text: 'mi-2027' }],
    ['en', 'expected by early-2026', { date: '2026', text: 'early-2026', qualifier: 'by' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(single(lang, text)).toMatchObject({ kind: 'date', ...expected });
  });

  it('rejects impossible days and English lower-case "may"', () => {
    expect(findFigures('le 31 février', 'fr')).toEqual([]);
    expect(findFigures('prices may 5 percent', 'en').filter((f) => f.kind === 'date')).toEqual([]);
  });
});

describe('findFigures: an amount whose currency is the one before it (“dont 3 millions”)', () => {
  it.each<[FigureLanguage, string, string, number, string]>([
    ['fr', 'un programme de 11 millions de dollars, dont 3 millions apportés par Corfo.', '3 millions', 3e6, 'USD'],
    ['en', 'a $40 million fund, of which 12 million will come from the state', '12 million', 12e6, 'USD'],
    [
      'es',
      'un fondo de 50 millones de euros, de los cuales 20 millones los aporta el Estado',
      '20 millones',
      20e6,
      'EUR',
    ],
  ])('%s: %s', (lang, text, words, value, unit) => {
    expect(findFigures(text, lang).find((f) => f.text === words)).toMatchObject({ kind: 'money', value, unit });
  });

  it('takes no currency across a sentence, nor from an amount of people', () => {
    expect(findFigures('Il coûte 11 millions de dollars. Dont 3 millions', 'fr').map((f) => f.text)).toEqual([
      '11 millions de dollars',
    ]);
    expect(findFigures('31 millions d’habitants, dont 2 millions de jeunes', 'fr')).toMatchObject([
      { unit: 'people' },
      { unit: 'people' },
    ]);
  });
});

describe('findFigures: ranks', () => {
  it.each<[FigureLanguage, string, number, string]>([
    ['fr', 'marque le premier gouvernement latino-américain à utiliser la technologie cloud', 1, 'premier'],
    ['fr', 'est devenu le troisième investissement le plus important au monde', 3, 'troisième'],
    ['en', 'the third-largest investor', 3, 'third'],
    ['en', 'the first country to adopt bitcoin', 1, 'first'],
    ['es', 'el primer país en adoptar bitcoin', 1, 'primer'],
    ['es', 'el segundo mayor inversor', 2, 'segundo'],
    ['fr', 'la région sera la troisième d’Orvia en Amérique latine', 3, 'troisième'],
    ['es', 'es el tercero que la empresa obtiene en África', 3, 'tercero'],
    ['en', 'the second in Africa after Nairobi', 2, 'second'],
    ['en', 'the first such deal in the region', 1, 'first'],
  ])('%s: %s', (lang, text, value, word) => {
    expect(single(lang, text)).toMatchObject({ kind: 'rank', unit: 'rank', value, text: word });
  });

  it('is not a title or a first time', () => {
    expect(findFigures('le Premier ministre de l’ancienne nation déclare', 'fr')).toEqual([]);
    expect(findFigures('pour la première fois à Lima', 'fr')).toEqual([]);
    expect(findFigures('the first lady said', 'en')).toEqual([]);
  });

  it('is no rank within a country: “su primera región en el país” ranks nothing', () => {
    expect(findFigures('su primera región de infraestructura en la nube en el país', 'es')).toEqual([]);
    expect(findFigures('its first region in Chile', 'en')).toEqual([]);
    expect(findFigures('the first phase in Africa', 'en')).toEqual([]);
  });
});

describe('parseNumber', () => {
  it.each<[string, FigureLanguage, boolean, number]>([
    ['7 000', 'fr', false, 7000],
    ['2,9', 'fr', true, 2.9],
    ['20,000', 'en', false, 20000],
    ['1.2', 'en', true, 1.2],
    ['1.500', 'es', false, 1500],
    ['5.000', 'es', true, 5000],
    ['1,500', 'fr', true, 1.5],
    ['1,500', 'fr', false, 1500],
    ['1.500', 'en', true, 1.5],
    ['1,234,567.5', 'en', false, 1234567.5],
    ['1.234.567,5', 'es', false, 1234567.5],
    ['1.500', 'und', true, 1500],
  ])('%s (%s, scale: %s) = %d', (raw, lang, scale, value) => {
    expect(parseNumber(raw, lang, scale)).toBe(value);
  });
});

describe('inferYear', () => {
  it.each([
    ['--08-29', '2023-09-02', '2023-08-29'],
    ['--08-29', '2024-01-14', '2023-08-29'],
    ['--01-05', '2023-12-20', '2024-01-05'],
    ['--12-01', '2023-11-20', '2023-12-01'],
    ['--08-08', '2023', '2023-08-08'],
    ['--02-29', '2024-03-01', '2024-02-29'],
    ['--08-08', '2023-08-29T10:00:00Z', '2023-08-08'],
  ])('%s near %s → %s', (monthDay, reference, expected) => {
    expect(inferYear(monthDay, reference)).toBe(expected);
  });

  it('refuses malformed input', () => {
    expect(inferYear('08-29', '2023-01-01')).toBeUndefined();
    expect(inferYear('--08-29', 'yesterday')).toBeUndefined();
  });
});

/** Every figure printed in the three seed articles, in text order. */
const SEED_FIGURES: Record<string, Expected[]> = {
  '000_d850d96158d0615f.txt': [
    { kind: 'duration', value: 7, unit: 'years', text: '7 ans' },
    { kind: 'date', unit: 'date', monthDay: '--08-29', text: '29 août' },
    { kind: 'date', unit: 'date', date: '2023-08-29', text: '29 août 2023' },
    { kind: 'duration', value: 7, unit: 'years', text: '7 ans' },
    { kind: 'rank', value: 1, unit: 'rank', text: 'premier' },
    { kind: 'date', unit: 'date', monthDay: '--08-08', text: '8 août' },
    { kind: 'date', unit: 'year', date: '2021', text: '2021', qualifier: 'since' },
  ],
  '001_6939d0f79c6f80c2.txt': [
    { kind: 'money', value: 1e7, unit: 'USD', text: '10 M USD', qualifier: 'at-least' },
    { kind: 'duration', value: 15, unit: 'years', text: '15 prochaines années' },
    { kind: 'count', value: 7000, unit: 'jobs-per-year', text: '7 000 emplois par an', qualifier: 'at-least' },
    { kind: 'count', value: 400000, unit: 'people', text: '400 000 Mexicains', qualifier: 'about' },
    { kind: 'money', value: 19e9, unit: 'USD', text: '19 Mds USD', qualifier: 'at-least' },
    { kind: 'date', unit: 'year', date: '2030', text: '2030', qualifier: 'by' },
    { kind: 'money', value: 900, unit: 'USD', text: '900 USD' },
    { kind: 'date', unit: 'date', date: '2025-01-14', text: '14/01/2025' },
  ],
  '002_dece7154e9199617.txt': [
    { kind: 'count', unit: 'people', magnitude: 1000, text: 'des milliers de citoyens' },
    { kind: 'count', value: 20000, unit: 'people', text: '20 000 jeunes' },
    { kind: 'count', value: 150, unit: 'objects', text: '150 objets' },
    { kind: 'money', value: 2.9e9, unit: 'USD', text: '2,9 milliards de dollars' },
    { kind: 'rank', value: 3, unit: 'rank', text: 'troisième' },
    { kind: 'date', unit: 'year', date: '2021', text: '2021' },
  ],
};

describe('findFigures on the seed articles', () => {
  it.each(Object.entries(SEED_FIGURES))('%s: every printed figure, and nothing else', (file, expected) => {
    const text = readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
    const figures = findFigures(text, 'fr');
    expect(figures).toHaveLength(expected.length);
    figures.forEach((figure, i) => {
      expect(figure).toMatchObject(expected[i]!);
      expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    });
  });
});
