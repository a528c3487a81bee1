// Rules that depend on the words around a match or on the rest of the page: weak aliases, cues, vetoes,
// and entities that share an alias.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { describeMatches, entity, find } from './match-fixtures';

describe('matchText: weak aliases', () => {
  it.each([
    ['en', 'Bukele said no.', []],
    ['en', 'Nayib Bukele said no. Bukele added…', ['Nayib Bukele→nayib-bukele', 'Bukele→nayib-bukele']],
    ['fr', 'Bukele a parlé avant Nayib Bukele.', ['Bukele→nayib-bukele', 'Nayib Bukele→nayib-bukele']],
    ['es', 'Sheinbaum dijo', []],
    [
      'es',
      'Claudia Sheinbaum dijo; Sheinbaum añadió',
      ['Claudia Sheinbaum→claudia-sheinbaum', 'Sheinbaum→claudia-sheinbaum'],
    ],
    ['es', 'Dina y Boluarte', []],
    [
      'es',
      'Dina Boluarte. Boluarte y Dina',
      ['Dina Boluarte→dina-boluarte', 'Boluarte→dina-boluarte', 'Dina→dina-boluarte'],
    ],
    ['fr', 'le Salvador', ['Salvador→el-salvador']],
    ['fr', 'du Salvador', ['Salvador→el-salvador']],
    ['fr', 'AU SALVADOR', ['SALVADOR→el-salvador']],
    ['es', 'El Salvador', ['El Salvador→el-salvador']],
    ['fr', 'Salvador a dit', []],
    ['fr', 'Lue Salvador', []],
    ['fr', 'le-Salvador', ['Salvador→el-salvador']],
    ['fr', 'El Salvador, puis Salvador', ['El Salvador→el-salvador', 'Salvador→el-salvador']],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('reads support from earlier batches and adds strong matches to it', () => {
    const support = new Set<string>();
    expect(find('Nayib Bukele', support)).toEqual(['Nayib Bukele→nayib-bukele']);
    expect([...support]).toEqual(['nayib-bukele']);
    expect(find('Bukele a dit', support)).toEqual(['Bukele→nayib-bukele']);
    expect(find('Sheinbaum dijo', support)).toEqual([]);
    expect(support.has('claudia-sheinbaum')).toBe(false);
    expect(find('Sheinbaum', new Set(['claudia-sheinbaum']))).toEqual(['Sheinbaum→claudia-sheinbaum']);
  });

  it('does not let weak matches support other weak matches', () => {
    const support = new Set<string>();
    expect(find('le Salvador. Salvador', support)).toEqual(['Salvador→el-salvador']);
    expect(support.size).toBe(0);
  });
});

describe('matchText: vetoes', () => {
  it.each([
    ['fr', 'la forêt Amazon brûle', []],
    ['fr', 'la foret Amazon', []],
    ['en', 'the Amazon rainforest and the Amazon River', []],
    ['es', 'la selva Amazon', []],
    ['pt', 'o rio Amazon', []],
    ['en', 'Amazon said the rainforest', ['Amazon→amazon']],
    ['en', 'Amazon rain', ['Amazon→amazon']],
    ['fr', 'Amazon a annoncé', ['Amazon→amazon']],
    ['fr', 'deux forêts Amazon', ['Amazon→amazon']],
    ['fr', 'la forêt-Amazon', []],
    ['en', 'Amazon’s rainforest fund', ['Amazon→amazon']],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('matchText: entities sharing an alias', () => {
  it.each([
    ['the first entity in catalog order wins', [entity('a', ['Acme']), entity('b', ['Acme'])], 'Acme', ['Acme→a']],
    ['strong beats weak', [entity('a', [{ text: 'Acme', weak: true }]), entity('b', ['Acme'])], 'Acme', ['Acme→b']],
    [
      'a supported weak alias wins when the strong one is vetoed',
      [
        entity('a', [{ text: 'Acme', vetoAfter: ['corp'] }]),
        entity('b', [{ text: 'Acme', weak: true, cuesBefore: ['el'] }]),
      ],
      'el Acme corp',
      ['Acme→b'],
    ],
    [
      'an alias whose case fails leaves the text to the next one',
      [entity('a', [{ text: 'ACME', case: 'sensitive' }]), entity('b', ['acme'])],
      'ACME, acme',
      ['ACME→a', 'acme→b'],
    ],
  ])('%s', (_name, entities, text, expected) => {
    expect(describeMatches(text, matchText(compileMatcher(entities), text))).toEqual(expected);
  });
});

describe('matchText: cue-required aliases (nationality words name a government only next to one)', () => {
  // Shaped like the seed catalog: the country has no demonym; its government has the demonyms, cue-required.
  const government = (id: string, forms: { text: string; lang: 'fr' | 'en' | 'es' }[]) =>
    entity(
      id,
      forms.map((form) => ({
        ...form,
        cueRequired: true,
        cuesBefore: ['gouvernement', 'autorités', 'État', 'gobierno', 'autoridades', 'Estado'],
        cuesAfter: ['government', 'authorities'],
      })),
    );
  const entities = [
    entity('mexico', [{ text: 'Mexique', lang: 'fr' }, 'Mexico', { text: 'México', lang: 'es' }]),
    government('government-of-mexico', [
      { text: 'mexicain', lang: 'fr' },
      { text: 'mexicaine', lang: 'fr' },
      { text: 'mexicaines', lang: 'fr' },
      { text: 'Mexican', lang: 'en' },
      { text: 'mexicano', lang: 'es' },
      { text: 'mexicanas', lang: 'es' },
    ]),
  ];
  const m = compileMatcher(entities);

  it.each([
    ['fr', 'le gouvernement mexicain a signé', ['mexicain→government-of-mexico']],
    ['fr', 'les autorités mexicaines', ['mexicaines→government-of-mexico']],
    ['fr', 'l’État mexicain', ['mexicain→government-of-mexico']],
    ['fr', 'l’économie mexicaine', []],
    ['fr', 'au Mexique, l’économie mexicaine', ['Mexique→mexico']],
    ['fr', 'secrétaire mexicain à l’Économie', []],
    ['en', 'the Mexican government said', ['Mexican→government-of-mexico']],
    ['en', 'Mexican authorities', ['Mexican→government-of-mexico']],
    ['en', 'Mexican companies in Mexico', ['Mexico→mexico']],
    ['en', 'the Mexican-government deal', ['Mexican→government-of-mexico']],
    ['es', 'el gobierno mexicano firmó', ['mexicano→government-of-mexico']],
    ['es', 'las autoridades mexicanas', ['mexicanas→government-of-mexico']],
    ['es', 'el Estado mexicano', ['mexicano→government-of-mexico']],
    ['es', 'empresas mexicanas en México', ['México→mexico']],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(describeMatches(text, matchText(m, text))).toEqual(expected);
  });

  it('is not supported by the page naming the government elsewhere, nor does it support anything', () => {
    const withName = compileMatcher([
      ...entities.slice(0, 1),
      entity('government-of-mexico', [
        'Government of Mexico',
        { text: 'Mexican', cueRequired: true, cuesAfter: ['government'] },
      ]),
    ]);
    const support = new Set<string>();
    const text = 'The Government of Mexico met Mexican firms; the Mexican government agreed.';
    expect(describeMatches(text, matchText(withName, text, support))).toEqual([
      'Government of Mexico→government-of-mexico',
      'Mexican→government-of-mexico',
    ]);
    expect([...support]).toEqual(['government-of-mexico']);
  });

  it('leaves a plain weak alias supported by the page as before, and cued after it too', () => {
    const weak = compileMatcher([entity('jordan', [{ text: 'Jordan', weak: true, cuesAfter: ['government'] }])]);
    expect(describeMatches('Jordan scored', matchText(weak, 'Jordan scored'))).toEqual([]);
    expect(describeMatches('Jordan government', matchText(weak, 'Jordan government'))).toEqual(['Jordan→jordan']);
  });
});
