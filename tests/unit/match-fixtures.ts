// Small inline catalogs for the matcher tests: write only what a test is about, the rest gets defaults.

import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { foldAlias } from '@/lib/match/normalize';
import type { MatchSpan } from '@/lib/match/types';
import type { Alias, Entity } from '@/lib/schema';

export type AliasSpec = string | (Partial<Alias> & { text: string });

/** An entity with seed defaults; aliases may be plain strings (insensitive, strong, English). */
export function entity(id: string, aliases: AliasSpec[], extra: Partial<Entity> = {}): Entity {
  return {
    id,
    name: id,
    kind: 'company',
    description: '',
    aliases: aliases.map((spec) => ({
      lang: 'en',
      case: 'insensitive',
      weak: false,
      cuesBefore: [],
      vetoBefore: [],
      vetoAfter: [],
      ...(typeof spec === 'string' ? { text: spec } : spec),
    })),
    excludes: [],
    relations: [],
    origin: 'seed',
    ...extra,
  };
}

/** "matched text→entity id" for each match, the easiest form to read in a failing test. */
export function describeMatches(text: string, matches: readonly MatchSpan[]): string[] {
  return matches.map((match) => `${text.slice(match.start, match.end)}→${match.entityId}`);
}

/** Whether every match's original text folds to one of its entity's aliases (offsets are right). */
export function offsetsAreExact(text: string, matches: readonly MatchSpan[], entities: readonly Entity[]): boolean {
  return matches.every((match) => {
    const folded = foldAlias(text.slice(match.start, match.end));
    const owner = entities.find((e) => e.id === match.entityId);
    return owner?.aliases.some((alias) => foldAlias(alias.text) === folded) ?? false;
  });
}

const SALVADOR_CUES = ['le', 'du', 'au', 'el'];

/** A catalog shaped like the seed one: the entities, aliases and clashes the matching rules are about. */
export const catalog = [
  entity('google', ['Google']),
  entity('google-cloud', ['Google Cloud']),
  entity('gdc', ['Google Distributed Cloud', { text: 'GDC', case: 'sensitive' }]),
  entity('aws', ['Amazon Web Services', { text: 'AWS', case: 'sensitive' }]),
  entity('amazon', [
    { text: 'Amazon', vetoBefore: ['forêt', 'selva', 'rio'], vetoAfter: ['rainforest', 'river', 'basin'] },
  ]),
  entity('huawei', ['Huawei']),
  entity('bri', [
    { text: 'BRI', case: 'sensitive' },
    'Belt and Road Initiative',
    { text: 'Nouvelles routes de la soie', lang: 'fr' },
    { text: 'Franja y la Ruta', lang: 'es' },
  ]),
  entity('peru', [{ text: 'Pérou', lang: 'fr' }, 'Peru', { text: 'Perú', lang: 'es' }], { kind: 'country' }),
  entity('mexico', [{ text: 'Mexique', lang: 'fr' }, 'Mexico', { text: 'México', lang: 'es' }], {
    kind: 'country',
    excludes: ['Mexico City', 'New Mexico', 'Nouveau-Mexique', 'Nuevo México', 'Ciudad de México'],
  }),
  entity('tecnm', [{ text: 'Tecnológico Nacional de México', lang: 'es' }], { kind: 'organization' }),
  entity('chile', [
    { text: 'Chili', lang: 'fr', case: 'capitalized' },
    { text: 'Chile', case: 'capitalized' },
  ]),
  entity('reunion', [{ text: 'Réunion', lang: 'fr', case: 'capitalized' }], { kind: 'place' }),
  entity('el-salvador', ['El Salvador', { text: 'Salvador', lang: 'fr', weak: true, cuesBefore: SALVADOR_CUES }], {
    kind: 'country',
    excludes: ['Salvador Dalí', 'Salvador de Bahia'],
  }),
  entity('nayib-bukele', ['Nayib Bukele', { text: 'Bukele', weak: true }], { kind: 'person' }),
  entity('claudia-sheinbaum', ['Claudia Sheinbaum', { text: 'Sheinbaum', weak: true }], { kind: 'person' }),
  entity('dina-boluarte', ['Dina Boluarte', { text: 'Boluarte', weak: true }, { text: 'Dina', weak: true }], {
    kind: 'person',
  }),
];
export const matcher = compileMatcher(catalog);

/** The matches of the test catalog in `text`, described. */
export function find(text: string, support?: Set<string>): string[] {
  return describeMatches(text, matchText(matcher, text, support));
}
