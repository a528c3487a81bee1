import { isAdjectiveOf } from '@/lib/catalog/governments';
import type { TextRange } from '@/lib/extract/sentences';
import type { Entity } from '@/lib/schema';

/** Nouns of places and state bodies a nationality adjective places in a country: "l'administration marocaine". */
const PLACE_NOUNS_FR_ES =
  'administration|administración|région|región|region|gouvernement|gobierno|état|estado|marché|mercado|filiale|filial|capitale|capital|économie|economía|territoire|territorio|sol|suelo|unité|unidad|campus|centre|centro|usine|planta|autorités|autoridades|banque|banco|ministère|ministerio|présidence|presidencia|opérateur|operador|réseau|red|clients|clientes|secteur|sector|pays|país|nación|nation';
const PLACE_NOUNS_EN =
  'government|region|market|subsidiary|unit|economy|capital|authorities|administration|campus|facility|facilities|operations|arm|ministry|state|network|customers|sector|data centres?|data centers?|cloud region';

/** Endings of nationality adjectives: "marocaine", "mexicana", "peruanos", "Moroccan", "Japanese". */
const ADJECTIVE_FR_ES =
  '\\p{Ll}{3,}(?:aine?s?|ienne?s?|ains?|aises?|ais|oises?|ois|éenne?s?|éens?|iques?|anes?|ans?|ines?|ins?|ano|ana|anos|anas|eño|eña|eños|eñas|enses?|ino|ina|inos|inas|és|esa|eses|esas|í|íes|ico|ica|icos|icas)';
const ADJECTIVE_EN = '\\p{Lu}\\p{Ll}{2,}(?:an|ian|ese|i|ish|ic)';

const FR_ES = new RegExp(
  `(?<![\\p{L}])(?:${PLACE_NOUNS_FR_ES})\\s+(?:de\\s+(?:la\\s+|l['’])?)?(${ADJECTIVE_FR_ES})(?![\\p{L}])`,
  'giu',
);
const EN = new RegExp(`(?<![\\p{L}])(${ADJECTIVE_EN})\\s+(?:${PLACE_NOUNS_EN})(?![\\p{L}])`, 'gu');

/** A nationality adjective that places something in a country, and where it stands. */
export interface CountryAdjective extends TextRange {
  country: Entity;
}

/**
 * Where a text places something in a country by its adjective rather than its name (issue 20): "sa région
 * mexicaine", "l'administration marocaine", "su filial peruana", "its Brazilian unit". Only after (or, in
 * English, before) a noun of place or state, so that "le français Nuvia" — a company's nationality — is not
 * taken for a place. The adjective must share the start of the country's name (`isAdjectiveOf`).
 */
export function countryAdjectives(text: string, countries: readonly Entity[]): CountryAdjective[] {
  const out: CountryAdjective[] = [];
  for (const pattern of [FR_ES, EN]) {
    for (const m of text.matchAll(pattern)) {
      const adjective = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(adjective);
      const country = countries.find((c) => isAdjectiveOf(adjective, c));
      if (country) out.push({ start, end: start + adjective.length, country });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
