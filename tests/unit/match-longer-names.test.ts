// Issue 21: a country inside a longer name the store holds is not highlighted: the longer name wins the
// longest match, and a country's own `excludes` keep their phrases dark.
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { type Entity, EntitySchema } from '@/lib/schema';

/** A name accepted from a proposal, stored as `addCandidateEntity` stores it. */
const accepted = (id: string, name: string): Entity =>
  EntitySchema.parse({ id, name, kind: 'company', aliases: [{ text: name, lang: 'en' }], origin: 'user' });

const entities = withCountries([
  accepted('egct', 'Electricity Generating Company of Thailand'),
  accepted('bcp', 'Banco de Crédito del Perú'),
  accepted('bell-canada', 'Bell Canada'),
  accepted('kenya-institute', 'Kenya Advanced Institute of Science and Technology'),
]);
const matcher = compileMatcher(entities);
const found = (text: string) => matchText(matcher, text).map((s) => `${text.slice(s.start, s.end)}→${s.entityId}`);

describe('longer names hold the country they contain', () => {
  it.each([
    [
      'The Electricity Generating Company of Thailand signed; Thailand welcomed it.',
      ['Electricity Generating Company of Thailand→egct', 'Thailand→thailand'],
    ],
    ['El Banco de Crédito del Perú invierte en el Perú.', ['Banco de Crédito del Perú→bcp', 'Perú→peru']],
    ['BELL CANADA opens a campus in Canada.', ['BELL CANADA→bell-canada', 'Canada→canada']],
    [
      'The Kenya Advanced Institute of Science and Technology, in Kenya.',
      ['Kenya Advanced Institute of Science and Technology→kenya-institute', 'Kenya→kenya'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('without the longer name in the store, the country is highlighted', () => {
    const countriesOnly = compileMatcher(withCountries([]));
    const text = 'The Electricity Generating Company of Thailand signed.';
    expect(matchText(countriesOnly, text).map((s) => text.slice(s.start, s.end))).toEqual(['Thailand']);
  });
});
