// Candidate facts: every figure fact of the seed catalog is proposed by the extractor from its seed article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { candidateFacts } from '@/lib/extract/candidate-facts';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import {
  type CandidateFact,
  CandidateFactSchema,
  EntitySchema,
  type Language,
  type SeedCatalog,
  SeedCatalogSchema,
} from '@/lib/schema';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const catalog: SeedCatalog = SeedCatalogSchema.parse(
  JSON.parse(readFileSync(new URL('catalog.json', seedsDir), 'utf8')),
);
const entities = withCountries(catalog.entities.map((entity) => EntitySchema.parse({ ...entity, origin: 'seed' })));
const matcher = compileMatcher(entities);

function extract(articleId: string): { text: string; facts: CandidateFact[] } {
  const article = catalog.articles.find((a) => a.id === articleId)!;
  const text = readFileSync(new URL(article.seedFile, seedsDir), 'utf8');
  const spans = matchText(matcher, text);
  const mentioned = new Set(spans.map((s) => s.entityId));
  const facts = candidateFacts({
    text,
    lang: article.language,
    articleId,
    publishedDate: article.publishedDate,
    entities: entities.filter((e) => mentioned.has(e.id)).map(({ id, name }) => ({ id, name })),
    spans,
    deals: catalog.deals,
  });
  return { text, facts };
}

const extracted = new Map(catalog.articles.map((a) => [a.id, extract(a.id)]));
const figureFacts = catalog.facts.filter((fact) => fact.value !== undefined || fact.date !== undefined);

describe('candidateFacts on the seed articles', () => {
  it('proposes valid facts whose quotes are exact substrings holding their figure', () => {
    for (const { text, facts } of extracted.values()) {
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) {
        expect(CandidateFactSchema.parse(fact)).toEqual(fact);
        expect(text.slice(fact.quoteStart, fact.quoteEnd)).toBe(fact.quote);
        expect(fact.quote).toBe(fact.quote.trim());
        expect(fact.quoteStart).toBeLessThanOrEqual(fact.figure.start);
        expect(fact.quoteEnd).toBeGreaterThanOrEqual(fact.figure.end);
      }
      expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    }
  });

  it.each(figureFacts.map((fact) => [fact.id, fact] as const))('finds catalog fact %s', (_id, fact) => {
    const { text, facts } = extracted.get(fact.articleId)!;
    const quoteStart = text.indexOf(fact.quote);
    expect(quoteStart, 'the catalog quote is in the text').toBeGreaterThanOrEqual(0);
    const quoteEnd = quoteStart + fact.quote.length;
    const found = facts.filter(
      (c) =>
        (fact.value !== undefined ? c.value === fact.value && c.unit === fact.unit : c.date === fact.date) &&
        c.quoteStart < quoteEnd &&
        quoteStart < c.quoteEnd,
    );
    expect(found, JSON.stringify(facts.map((c) => [c.value ?? c.date, c.unit, c.quote]))).not.toHaveLength(0);
  });

  it('also proposes the vague "des milliers de citoyens" without a value', () => {
    const { facts } = extracted.get('seed-huawei-peru')!;
    const vague = facts.find((f) => f.figure.text === 'des milliers de citoyens');
    expect(vague).toMatchObject({
      unit: 'people',
      label: 'People trained',
      subject: { type: 'deal', id: 'huawei-peru' },
    });
    expect(vague?.value).toBeUndefined();
  });

  it('labels and dates the seed figures sensibly', () => {
    const byText = new Map([...extracted.values()].flatMap(({ facts }) => facts.map((f) => [f.figure.text, f])));
    expect(byText.get('7 000 emplois par an')?.label).toBe('Jobs created per year');
    expect(byText.get('10 M USD')).toMatchObject({ label: 'Contribution to GDP', labelFr: 'Apport au PIB' });
    expect(byText.get('400 000 Mexicains')?.label).toBe('People trained');
    expect(byText.get('7 ans')?.label).toBe('Partnership duration');
    expect(byText.get('2,9 milliards de dollars')?.label).toBe('Funds received');
    // "le 29 août" takes its year from the post's dateline "29 août 2023" in the same article.
    expect(byText.get('29 août')).toMatchObject({ date: '2023-08-29', label: 'Announcement date' });
    expect(byText.get('8 août')).toMatchObject({ date: '2023-08-08' });
  });

  it('agrees with the catalog on the subject of most figure facts (reported, floored)', () => {
    let agree = 0;
    for (const fact of figureFacts) {
      const { text, facts } = extracted.get(fact.articleId)!;
      const start = text.indexOf(fact.quote);
      const match = facts.find(
        (c) =>
          (fact.value !== undefined ? c.value === fact.value : c.date === fact.date) &&
          c.quoteStart < start + fact.quote.length &&
          start < c.quoteEnd,
      );
      if (match?.subject?.type === fact.subject.type && match.subject.id === fact.subject.id) agree++;
    }
    console.info(`candidate-facts: subject agrees with the catalog on ${agree}/${figureFacts.length} figure facts`);
    expect(agree).toBeGreaterThanOrEqual(SUBJECT_AGREEMENT_FLOOR);
  });
});

/**
 * The catalog's curators gave some figures an entity subject (Mexico, Peru, Binance, Cosco) where the rule
 * "deal named in the sentence or the article first" proposes the article's deal; the reader confirms anyway.
 */
const SUBJECT_AGREEMENT_FLOOR = 11;

describe('candidateFacts on small texts', () => {
  const deals = [{ id: 'acme-spain', parties: ['acme', 'spain'] }];

  it('picks the deal named in the sentence, else the nearest entity, else nothing', () => {
    const text =
      'Acme invertirá 5 mil millones de dólares en España. Beta Corp creará 1.500 empleos. Se esperan 20 años.';
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const spans = [
      { ...at('Acme'), entityId: 'acme' },
      { ...at('Beta Corp'), entityId: 'beta' },
    ];
    const facts = candidateFacts({ text, lang: 'es', articleId: 'demo', entities: [], spans, deals: [] });
    expect(facts.map((f) => [f.figure.text, f.label, f.subject?.id])).toEqual([
      ['5 mil millones de dólares', 'Investment', 'acme'],
      ['1.500 empleos', 'Jobs created', 'beta'],
      ['20 años', 'Duration', undefined],
    ]);
    const withDeal = candidateFacts({ text, lang: 'es', articleId: 'demo', entities: [], spans, deals });
    // The deal's party Acme is named in the article: every figure goes to the deal.
    expect(withDeal.map((f) => f.subject)).toEqual(Array(3).fill({ type: 'deal', id: 'acme-spain' }));
  });

  it('names no deal when two deals tie', () => {
    const text = 'Acme signed a 10-year agreement.';
    const spans = [{ start: 0, end: 4, entityId: 'acme' }];
    const two = [
      { id: 'acme-spain', parties: ['acme', 'spain'] },
      { id: 'acme-peru', parties: ['acme', 'peru'] },
    ];
    const [fact] = candidateFacts({ text, lang: 'en', articleId: 'demo', entities: [], spans, deals: two });
    expect(fact).toMatchObject({
      label: 'Agreement duration',
      value: 10,
      unit: 'years',
      subject: { type: 'entity', id: 'acme' },
    });
  });

  it('completes a day without a year from the article date, and says so', () => {
    const text = 'The deal was announced on August 8 in Lima.';
    const [fact] = candidateFacts({
      text,
      lang: 'en',
      articleId: 'demo',
      publishedDate: '2024-01-10',
      entities: [],
      spans: [],
      deals,
    });
    expect(fact).toMatchObject({ date: '2023-08-08', unit: 'date', label: 'Announcement date' });
    expect(fact?.note).toMatch(/article’s date/);
    const [undated] = candidateFacts({ text, lang: 'en', articleId: 'demo', entities: [], spans: [], deals });
    expect(undated?.date).toBeUndefined();
    expect(undated?.note).toMatch(/no year/);
  });

  it('narrows a long sentence to the figure’s clause, still an exact substring', () => {
    const long = `${'Lorem ipsum dolor sit amet, '.repeat(8)}le groupe investira 3,5 millions d’euros, ${'consectetur adipiscing elit, '.repeat(6)}fin.`;
    const [fact] = candidateFacts({ text: long, lang: 'fr', articleId: 'demo', entities: [], spans: [], deals });
    expect(fact?.quote.length).toBeLessThan(120);
    expect(fact?.quote).toContain('3,5 millions d’euros');
    expect(long.slice(fact!.quoteStart, fact!.quoteEnd)).toBe(fact?.quote);
    expect(fact?.label).toBe('Investment');
  });
});

describe('candidateFacts: labels of capacities and percentages (issue 15)', () => {
  it.each<[Language, string, string, string]>([
    ['en', 'The 100MW data centre opens in 2026.', '100MW', 'Data-centre capacity'],
    ['fr', 'Le centre de données aura une capacité de 100 mégawatts.', '100 mégawatts', 'Data-centre capacity'],
    ['es', 'La planta solar de 500 megavatios.', '500 megavatios', 'Plant capacity'],
    ['es', 'Abrirá dos centros de datos de 100 megavatios.', '100 megavatios', 'Data-centre capacity'],
    ['en', 'A 200 MWh battery will back it.', '200 MWh', 'Storage capacity'],
    ['en', 'It will draw 2 GW.', '2 GW', 'Power capacity'],
    ['fr', 'Acme prendra une participation de 49 % dans la coentreprise.', '49 %', 'Stake'],
    ['en', 'Revenue grew 25% last year.', '25%', 'Percentage'],
    ['es', 'El PIB registró un crecimiento del 3 por ciento.', '3 por ciento', 'Growth'],
    ['en', 'Its market share is 12%.', '12%', 'Market share'],
    ['fr', 'Le taux a reculé de 2 points de pourcentage.', '2 points de pourcentage', 'Change in percentage points'],
  ])('[%s] %s → %s is "%s"', (lang, text, figure, label) => {
    const facts = candidateFacts({ text, lang, articleId: 'demo', entities: [], spans: [], deals: [] });
    expect(facts.find((f) => f.figure.text === figure)?.label).toBe(label);
  });

  it('reads "pesos" from the countries the article names, and says it guessed', () => {
    const text = 'Acme invertirá 500 millones de pesos en el país.';
    const [chile] = candidateFacts({
      text,
      lang: 'es',
      articleId: 'demo',
      entities: [],
      spans: [],
      deals: [],
      countries: ['CL'],
    });
    expect(chile).toMatchObject({ value: 5e8, unit: 'CLP', label: 'Investment' });
    expect(chile?.note).toMatch(/several countries use: read as CLP/);
  });
});
