// The pure room of issue 20, rule by rule, on short articles of our own in French, English and Spanish: what
// each figure is about, the headline, the store's deal an article reports, and the page chrome that is no source.
import { beforeAll, describe, expect, it } from 'vitest';
import { proposeDeal } from '@/lib/capture/propose-deal';
import { pageChrome } from '@/lib/extract/page-chrome';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { DealProposal, Language, PreparedArticle } from '@/lib/schema';
import { buildSeedRecords, type SeedRecords } from '@/lib/seed/seed-records';
import { readSeedBundle } from '../store/helpers';

let seed: SeedRecords;
beforeAll(async () => {
  seed = await buildSeedRecords(readSeedBundle(), 1);
});

/** Saves a text against the seed store as the background does, and proposes its deal. */
function propose(
  lang: Language,
  title: string,
  paragraphs: string[],
): { prepared: PreparedArticle; proposal: DealProposal | null } {
  const text = paragraphs.join('\n');
  const matcher = compileMatcher(seed.entities);
  const entities = new Map(seed.entities.map((e) => [e.id, e]));
  const prepared = prepareArticle({
    extracted: {
      url: 'https://wire.example/story',
      title,
      lang,
      text,
      length: text.length,
      publishedTime: '2025-06-02T08:00:00Z',
    },
    hash: 'c'.repeat(64),
    matcher,
    entities,
    deals: seed.deals,
    now: 1,
  });
  if ('failure' in prepared) throw new Error(prepared.failure);
  const proposal = proposeDeal({
    article: prepared.article,
    spans: matchText(matcher, prepared.article.text),
    entities,
    deals: seed.deals,
    candidates: prepared.candidates,
  });
  return { prepared, proposal };
}

/** Each figure's words and what capture decided it is about. */
function scopes(result: ReturnType<typeof propose>): Record<string, string> {
  const byId = new Map(result.prepared.candidates.facts.map((f) => [f.id, f.figure.text]));
  return Object.fromEntries((result.proposal?.figures ?? []).map((f) => [byId.get(f.factId), f.scope]));
}

describe('what each figure is about', { timeout: 20_000 }, () => {
  it('[en] the deal’s figures, and another deal’s, another company’s, the economy’s and the world’s', () => {
    const result = propose('en', 'Nimbus Grid to invest $900m in Uruguay cloud region', [
      'MONTEVIDEO (Wire) – Nimbus Grid will invest $900 million in a cloud region in Uruguay, the company said on Monday after signing an agreement with the Uruguayan government.',
      'The region will have three availability zones and create 600 jobs, and is due to open in 2027.',
      'Nimbus Grid already operates a $400 million region in Brazil, opened in 2022.',
      'Rival Helios Data said in March it would spend $250 million on a data centre in Chile.',
      'Uruguay’s economy grew 0.4% last year, and its GDP stands at $77 billion.',
      'Worldwide, Nimbus Grid runs 18 regions.',
    ]);
    expect(scopes(result)).toEqual({
      '$900 million': 'deal',
      'three availability zones': 'deal',
      '600 jobs': 'deal',
      '2027': 'deal',
      '$400 million': 'other',
      '2022': 'other',
      '$250 million': 'other',
      '0.4%': 'other',
      '$77 billion': 'other',
      '18 regions': 'other',
    });
    expect(result.proposal?.headline).toMatchObject({ value: 9e8, unit: 'USD' });
    expect(result.proposal?.parties.map((p) => p.name)).toEqual(['Nimbus Grid', 'Government of Uruguay']);
  });

  it('[fr] une figure du projet et celles d’un autre projet, du marché et d’un objectif national', () => {
    const result = propose('fr', 'Nimbus Grid investira 900 millions de dollars en Uruguay', [
      'Nimbus Grid investira 900 millions de dollars dans une région cloud en Uruguay, a annoncé lundi l’entreprise, qui a signé un accord avec le gouvernement uruguayen.',
      'La région comptera trois zones de disponibilité et créera 600 emplois.',
      'Le gouvernement vise 50 000 ingénieurs formés d’ici 2030 dans le cadre de son plan national numérique.',
      'L’action Nimbus Grid a gagné 3 % à la bourse de New York après l’annonce.',
      'L’électricité viendra d’une centrale solaire de 200 MW construite par un autre groupe.',
    ]);
    expect(scopes(result)).toEqual({
      '900 millions de dollars': 'deal',
      'trois zones de disponibilité': 'deal',
      '600 emplois': 'deal',
      '50 000 ingénieurs': 'other',
      '2030': 'other',
      '3 %': 'other',
      '200 MW': 'other',
    });
  });

  it('[es] la cifra en palabras del acuerdo, y la de una cuenta de otra empresa', () => {
    const result = propose('es', 'Nimbus Grid invertirá 900 millones de dólares en Uruguay', [
      'Nimbus Grid invertirá novecientos millones de dólares en una región de nube en Uruguay, anunció la empresa tras firmar un acuerdo con el gobierno uruguayo.',
      'La región contará con tres zonas de disponibilidad y creará 600 empleos.',
      'El año pasado, la firma Helios Data invirtió 250 millones de dólares en Chile.',
    ]);
    expect(scopes(result)).toEqual({
      'novecientos millones de dólares': 'deal',
      'tres zonas de disponibilidad': 'deal',
      '600 empleos': 'deal',
      '250 millones de dólares': 'other',
    });
    expect(result.proposal?.headline).toMatchObject({ value: 9e8, unit: 'USD' });
  });
});

describe('what each figure is about: the deal’s short name and its own history (issue 23)', { timeout: 20_000 }, () => {
  it('[es] the investor named without its company word, and the year of its tender, stay the deal’s', () => {
    const result = propose('es', 'Tessera Systèmes construirá la nube soberana de Uruguay', [
      'El Gobierno de Uruguay adjudicó a la empresa francesa Tessera Systèmes un contrato de 80 millones de euros para construir la nube soberana del Estado, informó el lunes Tessera.',
      'Tessera, que factura 900 millones de euros al año, gestiona desde 2021 una nube similar para Marruecos. El 60 % de la operación se financiará con un crédito a la exportación.',
      'La licitación internacional, lanzada en 2024, atrajo a nueve grupos.',
    ]);
    const found = scopes(result);
    expect(found['80 millones de euros']).toBe('deal');
    expect(found['60 %']).not.toBe('other');
    expect(found['2024']).not.toBe('other');
    expect(found['900 millones de euros']).toBe('other');
  });

  it('[fr] the digital economy is what the deal serves; a supplier named with its hardware is not the subject', () => {
    const result = propose('fr', 'Corvid Networks va construire un centre de données à Accra', [
      'Le nigérian Corvid Networks investira 300 millions de dollars pour soutenir l’économie numérique du Ghana, avec un centre de données à Accra, selon un accord signé avec le gouvernement ghanéen.',
      'Corvid y installera 20 000 processeurs graphiques Nvidia, pour une puissance de 60 MW.',
      'L’économie ghanéenne a progressé de 5,7 % l’an dernier.',
    ]);
    const found = scopes(result);
    expect(found['300 millions de dollars']).toBe('deal');
    expect(found['20 000 processeurs graphiques']).toBe('deal');
    expect(found['60 MW']).toBe('deal');
    expect(found['5,7 %']).toBe('other');
  });

  it('[en] a year of another company’s past stays another deal’s, even next to “legal tender”', () => {
    const result = propose('en', 'Tessera Systems to build Uruguay sovereign cloud', [
      'Tessera Systems will build Uruguay’s sovereign cloud under a $90 million contract signed with the Government of Uruguay on Monday.',
      'Vantor Bank, which made the peso legal tender for its clients in 2021, invested $40 million in a data centre in 2022.',
    ]);
    const found = scopes(result);
    expect(found['$90 million']).toBe('deal');
    expect(found['$40 million']).toBe('other');
  });
});

describe('the headline amount', { timeout: 20_000 }, () => {
  it.each<[Language, string, string[], number]>([
    [
      'en',
      'Nimbus Grid to invest $900m in Uruguay',
      [
        'The first phase, worth $300 million, will open in 2026; Nimbus Grid will invest $900 million in all in Uruguay, it said after signing a deal with the government.',
      ],
      9e8,
    ],
    [
      'fr',
      'Nimbus Grid en Uruguay',
      [
        'Nimbus Grid investira 900 millions de dollars en Uruguay, selon l’accord signé avec le gouvernement uruguayen.',
        'Le projet apportera 2 milliards de dollars au PIB uruguayen.',
      ],
      9e8,
    ],
  ])('[%s] is the title’s or the whole investment, never a part or the economy’s', (lang, title, paragraphs, value) => {
    expect(propose(lang, title, paragraphs).proposal?.headline?.value).toBe(value);
  });
});

describe('the store’s deal an article reports', { timeout: 20_000 }, () => {
  it('AWS in another country is a new deal, not AWS × Mexico', () => {
    const { proposal } = propose('en', 'AWS to build a $4bn cloud region in Chile', [
      'Amazon Web Services will invest $4 billion to open a cloud region in Chile, it said after signing a deal with the Chilean government.',
      'The announcement follows AWS’s $5 billion commitment in Mexico last year.',
    ]);
    expect(proposal?.match).toBeUndefined();
    expect(proposal?.recommended).toBe('create');
    expect(proposal?.title).toBe('Amazon Web Services × Chile');
  });

  it('another outlet on AWS in Mexico attaches to it', () => {
    const { proposal } = propose('es', 'AWS invertirá en México', [
      'Amazon Web Services anunció junto a la presidenta Claudia Sheinbaum la expansión de su infraestructura de nube en México, con la formación de unos 400.000 mexicanos.',
    ]);
    expect(proposal?.match?.id).toBe('aws-mexico');
    expect(proposal?.recommended).toBe('attach');
  });

  it('a second region of the same parties is offered both ways, new deal first', () => {
    const { proposal } = propose('en', 'AWS to open a second cloud region in Mexico', [
      'Amazon Web Services will open a second cloud region in Mexico, in Monterrey, after its agreement with the Mexican government.',
    ]);
    expect(proposal?.match).toMatchObject({ id: 'aws-mexico', doubts: ['another-deal'] });
    expect(proposal?.recommended).toBe('create');
  });
});

describe('who is party to the deal', { timeout: 20_000 }, () => {
  it('[es] a city government that grants the licence is a party, lying in the host; the nation’s is not added', () => {
    const { proposal } = propose('es', 'Brisa Datos abrirá un centro de datos en Córdoba', [
      'La empresa uruguaya Brisa Datos invertirá 300 millones de dólares en un centro de datos en Córdoba, Argentina.',
      'La Municipalidad de Córdoba otorgó la licencia de construcción el lunes, según un comunicado.',
    ]);
    const city = proposal?.parties.find((p) => p.name.includes('Municipalidad'));
    expect(city).toMatchObject({ type: 'new', kind: 'government', locatedIn: 'argentina' });
    expect(proposal?.parties.map((p) => p.name)).not.toContain('Government of Argentina');
  });

  it('[fr] a ministry that approves the project is a party next to the host’s government', () => {
    const { proposal } = propose('fr', 'Norvia Cloud investit au Bénin', [
      'Le groupe français Norvia Cloud investira 80 millions d’euros dans un centre de données à Cotonou, au Bénin.',
      'Le ministère du Numérique et de la Digitalisation a approuvé le projet mardi.',
    ]);
    const names = proposal?.parties.map((p) => p.name) ?? [];
    expect(names.some((n) => n.startsWith('Ministère du Numérique'))).toBe(true);
    expect(names).toContain('Government of Benin');
  });
});

describe('page chrome is no source of figures', () => {
  it.each([
    ['LIMA (Reuters) – Nexa Data will invest $1.2bn.', 'LIMA (Reuters) – '],
    ['MADRID, 4 mars (AFP) - Le groupe a signé.', 'MADRID, 4 mars (AFP) - '],
    ['SANTIAGO, 3 de marzo (EFE).- La empresa invertirá.', 'SANTIAGO, 3 de marzo (EFE).- '],
    ['Par Marie Dupont', 'Par Marie Dupont'],
    ['Publié le 4 mars 2025 à 10h32', 'Publié le 4 mars 2025 à 10h32'],
    ['By Jane Doe | March 3, 2025', 'By Jane Doe | March 3, 2025'],
    ['Publicado el 3 de marzo de 2025', 'Publicado el 3 de marzo de 2025'],
    ['March 3, 2025', 'March 3, 2025'],
  ])('%j', (line, chrome) => {
    const text = `Intro.\n${line}\nMore.`;
    expect(pageChrome(text).map((r) => text.slice(r.start, r.end))).toEqual([chrome]);
  });

  it.each([
    'AWS – the cloud arm of Amazon – will open a region.',
    'By the end of 2026, the firm will open a region.',
    'Par ailleurs, le groupe investira 5 milliards.',
    'El Salvador — Google Cloud signed.',
  ])('prose is not chrome: %j', (line) => {
    expect(pageChrome(`Intro.\n${line}\nMore.`)).toEqual([]);
  });
});
