import { isKnownCity } from './city-names';
import { countryName, countryOfDemonym, countryOfName } from './demonym-countries';
import { isDemonym } from './demonyms';
import type { TextRange } from './sentences';

/**
 * A government the text names in lower case: "el gobierno chileno", "the Kenyan government", "le gouvernement
 * sénégalais", "el gobierno de Querétaro". A reader files it as "Government of Chile" (the seed store's own
 * governments are named so); the words as written become its alias.
 */
export interface GovernmentMention extends TextRange {
  /** "Government of Chile", "Government of Querétaro". */
  name: string;
  /** Groups its mentions, written either way: `gov:CL`, `gov:queretaro`. */
  key: string;
  /** The words as the text writes them ("gobierno chileno"). */
  alias: string;
}

const GOVERNMENT = '(?:gobierno|gouvernement|government)';
/** "gobierno chileno", "gouvernement sénégalais". */
const GOVERNMENT_ADJECTIVE = new RegExp(String.raw`(?<!\p{L})${GOVERNMENT}\s+(\p{Ll}[\p{L}\p{M}-]+)`, 'gu');
/** "the Kenyan government", "Moroccan government"; not "a Latin American government" (any one). */
const ADJECTIVE_GOVERNMENT =
  /(?<!\p{L})(?<!\b(?:a|an|any|another|Latin|Central|South|North|East|West|Southeast|Southern|Northern|Eastern|Western)\s)(\p{Lu}[\p{L}\p{M}-]+)\s+government(?!\p{L})/gu;
/** "Vietnam’s government", "Kenya's government". */
const COUNTRY_GOVERNMENT = /(?<!\p{L})(\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+)?)['’]s\s+government(?!\p{L})/gu;
/** "el gobierno de Querétaro", "le gouvernement du Québec", "the government of Ontario". */
const GOVERNMENT_OF = new RegExp(
  String.raw`(?<!\p{L})${GOVERNMENT}\s+(?:de(?:l| la| los)?|du|des|d['’]|of(?: the)?)\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00A0](?:de |del |of )?\p{Lu}[\p{L}\p{M}'’-]+){0,2})`,
  'gu',
);

/** What the caller knows about a capitalised name: a country's ISO code, or that it is a place. */
export type PlaceLookup = (range: TextRange) => { code?: string; place: boolean };

/**
 * The governments named in lower case in a text, with the name a reader files them under. Only where what
 * follows is a nationality or a place: "el gobierno de Gabriel Boric" names a person's government, not one.
 */
export function governmentMentions(text: string, lookup: PlaceLookup): GovernmentMention[] {
  const out: GovernmentMention[] = [];
  const add = (start: number, end: number, code: string | undefined, place?: string) => {
    const country = code ? countryName(code) : undefined;
    const of = country ?? place;
    if (!of) return;
    out.push({
      start,
      end,
      name: `Government of ${of}`,
      key: code ? `gov:${code}` : `gov:${of.toLowerCase()}`,
      alias: text.slice(start, end),
    });
  };
  for (const m of text.matchAll(GOVERNMENT_ADJECTIVE)) {
    const word = m[1] ?? '';
    if (isDemonym(word)) add(m.index, m.index + m[0].length, countryOfDemonym(word));
  }
  for (const m of text.matchAll(ADJECTIVE_GOVERNMENT)) {
    const word = m[1] ?? '';
    if (isDemonym(word)) add(m.index, m.index + m[0].length, countryOfDemonym(word));
  }
  for (const m of text.matchAll(COUNTRY_GOVERNMENT)) {
    add(m.index, m.index + m[0].length, countryOfName(m[1] ?? ''));
  }
  for (const m of text.matchAll(GOVERNMENT_OF)) {
    // "Gobierno de Chile" written with a capital is a name the runs already hold.
    if (!/^\p{Ll}/u.test(m[0])) continue;
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    const { code, place } = lookup({ start, end: start + name.length });
    if (code || place || isKnownCity(name)) add(m.index, m.index + m[0].length, code, name);
  }
  return out.sort((a, b) => a.start - b.start);
}
