// Candidate entities: unknown capitalised names in French, English and Spanish, with a kind guessed from cues.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { candidateEntities } from '@/lib/extract/candidate-entities';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import type { MatchSpan } from '@/lib/match/types';
import {
  type CandidateEntity,
  CandidateEntitySchema,
  EntitySchema,
  type Language,
  SeedCatalogSchema,
} from '@/lib/schema';

function names(text: string, lang: Language, known: MatchSpan[] = []): Map<string, CandidateEntity> {
  const found = candidateEntities(text, lang, known);
  for (const candidate of found) {
    expect(CandidateEntitySchema.parse(candidate)).toEqual(candidate);
    expect(text.slice(candidate.quoteStart, candidate.quoteEnd)).toBe(candidate.quote);
  }
  return new Map(found.map((c) => [c.name, c]));
}

const FR =
  'Le groupe Orano a signé un partenariat avec la Banque publique d’investissement. Selon Jean Dupont, directeur ' +
  'de l’Agence nationale de la recherche, l’accord porte sur 3 ans. Le Ministère de l’Économie a salué l’accord le ' +
  'lundi 4 mars. Orano investit aussi au Niger. Le Président a visité Orano.';

const EN =
  'Acme Corp signed a five-year agreement with the Ministry of Digital Affairs on Monday. “This is a great day,” ' +
  'said Maria Lopez, chief executive of Globex Inc. The deal follows Acme’s investment in Brazil. Tim Cook also ' +
  'attended, and Wendy Marsh said the Belt and Road Initiative was mentioned. In March, Globex and Initech met.';

const ES =
  'El Gobierno de Chile firmó un acuerdo con Telefónica S.A. para una inversión de 200 millones de dólares. Según ' +
  'Gabriel Boric, el acuerdo durará 10 años. La Secretaría de Economía y el Banco Interamericano de Desarrollo ' +
  'participan. La alianza con Telefónica incluye la Universidad de Santiago y el programa Chile Digital.';

describe('candidateEntities', () => {
  it.each<[Language, string, string, CandidateEntity['kindGuess'], number?]>([
    ['fr', FR, 'Orano', 'company', 3],
    ['fr', FR, 'Jean Dupont', 'person'],
    ['fr', FR, 'Ministère de l’Économie', 'government'],
    ['fr', FR, 'Niger', 'place'],
    ['en', EN, 'Acme Corp', 'company'],
    ['en', EN, 'Ministry of Digital Affairs', 'government'],
    ['en', EN, 'Maria Lopez', 'person'],
    ['en', EN, 'Globex Inc.', 'company', 2],
    ['en', EN, 'Brazil', 'place'],
    ['en', EN, 'Tim Cook', 'person'],
    ['en', EN, 'Wendy Marsh', 'person'],
    ['en', EN, 'Belt and Road Initiative', 'program'],
    ['en', EN, 'Initech', 'organization'],
    ['es', ES, 'Gobierno de Chile', 'government'],
    ['es', ES, 'Telefónica S.A.', 'company', 2],
    ['es', ES, 'Gabriel Boric', 'person'],
    ['es', ES, 'Secretaría de Economía', 'government'],
    ['es', ES, 'Banco Interamericano de Desarrollo', 'organization'],
    ['es', ES, 'Universidad de Santiago', 'organization'],
    ['es', ES, 'Chile Digital', 'program'],
  ])('%s: finds %s (%s)', (lang, text, name, kind, count) => {
    const found = names(text, lang).get(name);
    expect(found, [...names(text, lang).keys()].join(' | ')).toBeDefined();
    expect(found?.kindGuess).toBe(kind);
    if (count !== undefined) expect(found?.count).toBe(count);
  });

  it.each<[Language, string, string[]]>([
    // Sentence-initial words, titles, months and days, common acronyms, generic heads.
    ['fr', FR, ['Le', 'Selon', 'Président', 'Le Président', 'Banque', 'Agence', 'Lundi', 'Mars']],
    ['en', EN, ['This', 'The', 'Monday', 'In', 'March', 'In March', 'Acme’s']],
    ['es', ES, ['El', 'La', 'Según', 'Secretaría de Economía y el Banco Interamericano de Desarrollo']],
  ])('%s: leaves out stopwords, titles, months, days and joined names', (lang, text, absent) => {
    const found = names(text, lang);
    for (const name of absent) expect(found.has(name), name).toBe(false);
  });

  it.each<[Language, string, string]>([
    ['es', 'Acme invertirá US$ 1.200 millones en Quito con Beta Corp.', 'US'],
    ['en', 'Acme will spend R$14.7 billion and NZ$ 27.8b with Beta Corp.', 'NZ'],
  ])('%s: a currency prefix is no name (%s)', (lang, text, absent) => {
    expect(names(text, lang).has(absent)).toBe(false);
  });

  it('splits two names joined by "and" when each also stands alone', () => {
    const found = names(EN, 'en');
    expect(found.has('Globex and Initech')).toBe(false);
    expect(found.has('Initech')).toBe(true);
  });

  it('drops names the store knows, and trims a known name off the end of a run', () => {
    const at = (name: string): MatchSpan => ({
      start: ES.indexOf(name),
      end: ES.indexOf(name) + name.length,
      entityId: 'x',
    });
    const found = names(ES, 'es', [at('Telefónica'), at('Gabriel Boric')]);
    expect(found.has('Telefónica S.A.')).toBe(false);
    expect(found.has('Gabriel Boric')).toBe(false);
    expect(found.has('Gobierno de Chile')).toBe(true);
  });

  it('ranks names near deal words first', () => {
    const text = 'Zeta Labs appeared in a photo with Omega Partners. Omega Partners signed an agreement with Kappa.';
    const [first] = candidateEntities(text, 'en', []);
    expect(first?.name).toBe('Omega Partners');
    expect(first?.quote).toBe('Omega Partners signed an agreement with Kappa.');
  });

  it('proposes almost nothing on the seed articles once the seed catalog is known', () => {
    const seeds = new URL('../../../seeds/', import.meta.url);
    const catalog = SeedCatalogSchema.parse(JSON.parse(readFileSync(new URL('catalog.json', seeds), 'utf8')));
    const matcher = compileMatcher(
      withCountries(catalog.entities.map((e) => EntitySchema.parse({ ...e, origin: 'seed' }))),
    );
    let total = 0;
    for (const article of catalog.articles) {
      const text = readFileSync(new URL(article.seedFile, seeds), 'utf8');
      const unknown = candidateEntities(text, 'fr', matchText(matcher, text));
      const all = candidateEntities(text, 'fr', []);
      total += unknown.length;
      // Without the catalog, the names the catalog holds are proposed.
      expect(all.length).toBeGreaterThan(unknown.length);
    }
    expect(total).toBeLessThanOrEqual(2);
  });
});
