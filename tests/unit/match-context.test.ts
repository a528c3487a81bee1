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
