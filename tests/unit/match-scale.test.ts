// Correctness at catalog and page sizes the extension meets; timings belong to the benchmark, not here.
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { compileMatcher } from '@/lib/match/compile';
import { matchSegments, matchText } from '@/lib/match/find';
import type { Entity } from '@/lib/schema';
import { entity } from './match-fixtures';

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'mex',
  'tan',
  'vo',
  'bri',
  'sel',
  'nu',
  'dra',
  'pé',
  'zo',
  'qui',
  'fa',
  'gor',
  'hel',
];
const FILLER = (
  'le gouvernement a signé un accord avec les investisseurs pour la construction du port ; ' +
  'the government signed a deal with investors to build the data centre, ' +
  'el gobierno firmó un acuerdo con los inversores para construir la planta — 2023 « 7 ans » '
).split(' ');

/** A made-up company name, unique per index: four syllables read as base-16 digits. */
function nameOf(index: number): string {
  const word = [0, 1, 2, 3].map((digit) => SYLLABLES[Math.floor(index / 16 ** digit) % 16]).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function generatedCatalog(size: number): Entity[] {
  return Array.from({ length: size }, (_, k) =>
    entity(`company-${k}`, [nameOf(k), `${nameOf(k)} Holdings`, { text: `Groupe ${nameOf(k)}`, lang: 'fr' }]),
  );
}

describe('matching at scale', () => {
  // Compiling 30,000 aliases and reading 1 MB takes about 2 s alone; a busy 2-core machine can take five times
  // that. The test is about what is found, never about how fast: its timeout leaves room for the machine.
  it('compiles 10,000 entities × 3 aliases with the countries and finds planted names in 1 MB of text', {
    timeout: 60_000,
  }, () => {
    const entities = withCountries(generatedCatalog(10_000));
    const matcher = compileMatcher(entities);

    let next = 7;
    const random = (bound: number) => {
      next = (next * 1_103_515_245 + 12_345) % 2 ** 31;
      return next % bound;
    };
    const parts: string[] = [];
    const planted: string[] = [];
    let length = 0;
    while (length < 1_000_000) {
      const word = random(20) === 0 ? plant() : (FILLER[random(FILLER.length)] ?? '');
      parts.push(word, ' ');
      length += word.length + 1;
    }
    function plant(): string {
      const k = random(10_000);
      const [text, id] = (
        [
          [nameOf(k), `company-${k}`],
          [`${nameOf(k)} Holdings`, `company-${k}`],
          [`Groupe ${nameOf(k)}`, `company-${k}`],
          ['Pérou', 'peru'],
          ['México', 'mexico'],
        ] as const
      )[random(5)] ?? ['', ''];
      planted.push(`${text}→${id}`);
      return text;
    }
    const text = parts.join('');
    const found = matchText(matcher, text).map((m) => `${text.slice(m.start, m.end)}→${m.entityId}`);
    expect(planted.length).toBeGreaterThan(5_000);
    expect(found).toEqual(planted);

    // The same text cut into text nodes at every space: no match spans two nodes, so "Groupe X" and
    // "X Holdings" are found as plain "X".
    const segments = text.split(' ');
    const inSegments = matchSegments(matcher, segments).map((m) => segments[m.segment]?.slice(m.start, m.end));
    expect(inSegments).toEqual(planted.map((p) => p.replace(/^Groupe | Holdings→.*|→.*/g, '')));
  });
});
