import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/match/compile';
import { countMentions, matchSegments, matchText } from '@/lib/match/find';
import { catalog, describeMatches, entity, find, matcher, offsetsAreExact } from './match-fixtures';

describe('matchText: accents, case and apostrophes', () => {
  it.each([
    ['fr', 'Le Pérou signe un accord.', ['Pérou→peru']],
    ['fr', 'Le PEROU et le pérou', ['PEROU→peru', 'pérou→peru']],
    ['en', 'Peru, PERU and peru', ['Peru→peru', 'PERU→peru', 'peru→peru']],
    ['es', 'Perú y PERÚ', ['Perú→peru', 'PERÚ→peru']],
    ['fr', 'Pe\u0301rou', ['Pe\u0301rou→peru']],
    ['es', 'el gobierno de México', ['México→mexico']],
    ['fr', 'Le Mexique', ['Mexique→mexico']],
    ['en', 'GOOGLE CLOUD', ['GOOGLE CLOUD→google-cloud']],
    ['fr', 'Google\u00a0Cloud', ['Google\u00a0Cloud→google-cloud']],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ['fr', 'La stratégie d’AWS', ['AWS→aws']],
    ['fr', 'les aws et Aws', []],
    ['en', 'AWS and aws', ['AWS→aws']],
    ['es', 'La GDC y la gdc', ['GDC→gdc']],
    ['en', 'the BRI, the Bri', ['BRI→bri']],
  ])('sensitive aliases match only as written [%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ['fr', 'Le Chili signe', ['Chili→chile']],
    ['fr', 'du chili con carne', []],
    ['fr', 'LE CHILI', ['CHILI→chile']],
    ['es', 'Chile y el chile', ['Chile→chile']],
    ['en', 'Chile, CHILE, chile', ['Chile→chile', 'CHILE→chile']],
    ['fr', 'La Réunion, une réunion', ['Réunion→reunion']],
    ['fr', 'LA RÉUNION', ['RÉUNION→reunion']],
  ])('capitalized aliases need a capital first letter [%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('matchText: word boundaries, elisions, possessives', () => {
  it.each([
    ['en', 'new laws for AWSome clouds', []],
    ['en', 'Perugia and Peruvian food', []],
    ['fr', 'GoogleCloud, Googleplex', []],
    ['es', 'Perúes', []],
    ['fr', "d’Huawei et d'Huawei", ['Huawei→huawei', 'Huawei→huawei']],
    ['fr', "l’AWS et l'AWS", ['AWS→aws', 'AWS→aws']],
    ['en', "Huawei’s phones and Huawei's", ['Huawei→huawei', 'Huawei→huawei']],
    ['en', '(Huawei), "Huawei". Huawei!', ['Huawei→huawei', 'Huawei→huawei', 'Huawei→huawei']],
    ['en', 'Huawei2 and 2Huawei', []],
    ['es', '«Huawei» en Perú-Chile', ['Huawei→huawei', 'Perú→peru', 'Chile→chile']],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  const punctuated = compileMatcher([
    entity('att', ['AT&T']),
    entity('uk', [{ text: 'R.-U.', lang: 'fr', case: 'sensitive' }]),
    entity('us', [{ text: 'EE. UU.', lang: 'es', case: 'sensitive' }]),
    entity('net', ['.NET']),
  ]);
  it.each([
    ['en', 'AT&T and at&t', ['AT&T→att', 'at&t→att']],
    ['en', 'AT&Tx, xAT&T, AT & T', []],
    ['fr', 'le R.-U. et le R.-U.-style', ['R.-U.→uk', 'R.-U.→uk']],
    ['es', 'los EE. UU., los EE.\u00a0UU. y los ee. uu.', ['EE. UU.→us', 'EE.\u00a0UU.→us']],
    ['en', 'ASP.NET and .NET', ['.NET→net', '.NET→net']],
  ])('aliases edged with punctuation need a boundary only on their word side [%s] %j', (_lang, text, expected) => {
    expect(describeMatches(text, matchText(punctuated, text))).toEqual(expected);
  });

  it('matches nothing with an empty catalog or aliases that fold to nothing', () => {
    expect(matchText(compileMatcher([]), 'Google Cloud')).toEqual([]);
    expect(matchText(compileMatcher([entity('mark', ['\u0301'])]), 'e\u0301')).toEqual([]);
  });

  it('matches an adjectival form only when the catalog has it as an alias', () => {
    const m = compileMatcher([entity('peru', ['Peru', 'Peruvian'])]);
    expect(describeMatches('Peruvian food', matchText(m, 'Peruvian food'))).toEqual(['Peruvian→peru']);
  });
});

describe('matchText: longest match, excludes', () => {
  it.each([
    ['en', 'Google Cloud and Google', ['Google Cloud→google-cloud', 'Google→google']],
    ['fr', 'Google Distributed Cloud (GDC)', ['Google Distributed Cloud→gdc', 'GDC→gdc']],
    ['en', 'Amazon Web Services (AWS)', ['Amazon Web Services→aws', 'AWS→aws']],
    ['es', 'el Tecnológico Nacional de México', ['Tecnológico Nacional de México→tecnm']],
    ['en', 'Mexico City and New Mexico', []],
    ['fr', 'le Nouveau-Mexique ou le Nouveau‑Mexique', []],
    ['es', 'Ciudad de México y Nuevo México', []],
    ['es', 'la Ciudad de México, en México', ['México→mexico']],
    ['fr', 'Salvador Dalí est né au Salvador de Bahia', []],
    ['en', 'a Salvador Dali painting', []],
    ['fr', 'les Nouvelles routes de la soie (BRI)', ['Nouvelles routes de la soie→bri', 'BRI→bri']],
    ['es', 'la Franja y la Ruta', ['Franja y la Ruta→bri']],
  ])('[%s] %j', (_lang, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('lets an entity whose alias is an excluded phrase win that phrase', () => {
    const m = compileMatcher([...catalog, entity('mexico-city', ['Mexico City', 'Ciudad de México'])]);
    const text = 'Mexico City, Mexico';
    expect(describeMatches(text, matchText(m, text))).toEqual(['Mexico City→mexico-city', 'Mexico→mexico']);
  });
});

describe('matchSegments', () => {
  it('never matches across segments and reports offsets within each segment', () => {
    const segments = ['Le Pérou et ', 'Google', ' Cloud', '', 'Hua', 'wei', 'd’Huawei'];
    expect(matchSegments(matcher, segments)).toEqual([
      { segment: 0, start: 3, end: 8, entityId: 'peru' },
      { segment: 1, start: 0, end: 6, entityId: 'google' },
      { segment: 6, start: 2, end: 8, entityId: 'huawei' },
    ]);
  });

  it('ignores separator characters inside the segments themselves', () => {
    const segments = ['Google\u0000', '\u0000Cloud Pérou', '', '\u0000', 'Peru'];
    expect(matchSegments(matcher, segments)).toEqual([
      { segment: 0, start: 0, end: 6, entityId: 'google' },
      { segment: 1, start: 7, end: 12, entityId: 'peru' },
      { segment: 4, start: 0, end: 4, entityId: 'peru' },
    ]);
  });

  it('handles no segments and only empty ones', () => {
    expect(matchSegments(matcher, [])).toEqual([]);
    expect(matchSegments(matcher, ['', '', ''])).toEqual([]);
  });

  it('supports a weak mention with a strong one in a later segment of the same call', () => {
    const matches = matchSegments(matcher, ['Bukele a parlé.', 'Le président Nayib Bukele']);
    expect(matches.map((m) => [m.segment, m.entityId])).toEqual([
      [0, 'nayib-bukele'],
      [1, 'nayib-bukele'],
    ]);
  });

  it('finds a cue in the previous text node ("le <b>Salvador</b>")', () => {
    expect(matchSegments(matcher, ['au ', 'Salvador'])).toEqual([
      { segment: 1, start: 0, end: 8, entityId: 'el-salvador' },
    ]);
  });
});

describe('offsets stay exact around tricky characters', () => {
  it.each([
    ['emoji', '😀🇵🇪 Pérou 😀 Huawei👍'],
    ['combining sequences', 'Pe\u0301rou\u0301 et Me\u0301xico'],
    ['dotted capital I', 'İİİ Pérou İstanbul Huawei'],
    ['ligatures', 'ﬁﬂ Huawei ﬃ Peru'],
    ['right-to-left text', 'مرحبا Huawei שלום Perú مرحبا'],
    ['CJK', '华为 Huawei 在秘鲁 Peru。北京'],
    ['mixed', '\u200fİ😀\u00adPérou\u202fﬁ Google Cloud\u0301'],
  ])('%s', (_name, text) => {
    const matches = matchText(matcher, text);
    expect(matches.length).toBeGreaterThanOrEqual(2);
    expect(offsetsAreExact(text, matches, catalog)).toBe(true);
  });

  it('matches through a ligature and maps back to it', () => {
    const m = compileMatcher([entity('fi', ['Fintech'])]);
    const text = 'La ﬁntech ﬁnale';
    expect(describeMatches(text, matchText(m, text))).toEqual(['ﬁntech→fi']);
  });

  it('does not match part of an expanded character', () => {
    const m = compileMatcher([entity('one', ['1'])]);
    expect(matchText(m, '½ cup')).toEqual([]);
    expect(describeMatches('1 cup', matchText(m, '1 cup'))).toEqual(['1→one']);
  });
});

describe('countMentions', () => {
  it('counts mentions per entity', () => {
    const text = 'Google Cloud et Google. Nayib Bukele; Bukele. Le Pérou, Perú, Mexico City.';
    expect(Object.fromEntries(countMentions(matcher, text))).toEqual({
      'google-cloud': 1,
      google: 1,
      'nayib-bukele': 2,
      peru: 2,
    });
  });
});
