import { foldAlias } from '@/lib/match/normalize';
import type { Alias, AliasCase, Entity, Language } from '@/lib/schema';
import { slugify } from './slug';

/** The languages the platform is asked for names in, English first (the entity's name and id are English). */
const LANGUAGES = ['en', 'fr', 'es'] as const satisfies readonly Language[];

/** Region codes the platform names that are not countries: groupings, pseudo-locales, the unknown region. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * ISO 3166 "exceptionally reserved" codes: parts of other countries (Canary Islands and Ceuta & Melilla are Spain,
 * Ascension and Tristan da Cunha are St Helena…), not ISO 3166-1 members. Kosovo's XK, used by the platform and
 * the EU alike, is kept.
 */
const RESERVED = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

/**
 * Platform names that name something else at least as often as the country, left out so that they never become
 * strong aliases: French "Salvador" is also Salvador de Bahia, Salvador Dalí and a first name. A catalog entity
 * can still carry such a name as a weak alias with cues ("au Salvador").
 */
const AMBIGUOUS_NAMES: Readonly<Record<string, readonly string[]>> = {
  SV: ['Salvador'],
  // Spanish for Congo-Brazzaville, but in running text of any language "Congo" alone is as often the DRC.
  CG: ['Congo'],
};

/**
 * Longer names that contain a country's name but are something else; they join the country's `excludes` so that
 * "New Jersey" does not light up Jersey. Only clashes a news reader meets daily; the catalog can add more.
 */
const COUNTRY_EXCLUDES: Readonly<Record<string, readonly string[]>> = {
  JE: ['New Jersey'],
  MX: ['New Mexico', 'Nouveau-Mexique', 'Nuevo México', 'Mexico City', 'Ciudad de México'],
  GN: ['New Guinea', 'Nouvelle-Guinée', 'Nueva Guinea'],
};

/**
 * Names the press uses that the platform does not give (issue 20: a Spanish outlet's "Costa de Marfil", a French
 * one's "Vietnam" were not found, so the deal's host went unseen). Each counts as a short form (tier 1).
 */
const COUNTRY_EXONYMS: Readonly<Record<string, readonly (readonly [string, Language])[]>> = {
  CI: [
    ['Ivory Coast', 'en'],
    ['Costa de Marfil', 'es'],
  ],
  VN: [
    ['Vietnam', 'fr'],
    ['Viet Nam', 'en'],
  ],
  TR: [['Turkey', 'en']],
  CZ: [
    ['Czech Republic', 'en'],
    ['République tchèque', 'fr'],
    ['República Checa', 'es'],
  ],
  CD: [
    ['DR Congo', 'en'],
    ['Democratic Republic of the Congo', 'en'],
    ['RDC', 'fr'],
    ['République démocratique du Congo', 'fr'],
    ['RD Congo', 'es'],
  ],
  SZ: [['Swaziland', 'en']],
  US: [
    ['EE.UU.', 'es'],
    ['USA', 'en'],
  ],
};

/** `excludes` plus the country's known clashes, without duplicates after folding. */
function withExcludes(excludes: readonly string[], code: string): string[] {
  const folded = new Set(excludes.map(foldAlias));
  return [...excludes, ...(COUNTRY_EXCLUDES[code] ?? []).filter((phrase) => !folded.has(foldAlias(phrase)))];
}

/** "&" as each language writes it in running text ("Trinidad & Tobago" → "Trinidad and Tobago"). */
const AND: Readonly<Record<Language, string>> = { en: 'and', fr: 'et', es: 'y', und: 'and' };

/** A name of a country, with how much to trust it when two countries claim the same words (lower is better). */
interface PlatformName {
  text: string;
  lang: Language;
  /** 0: the platform's name; 1: its short form or a spelled-out variant; 2: without its parenthesis; 3: in it. */
  tier: number;
}

/** A country as the platform knows it. */
export interface PlatformCountry {
  code: string;
  /** English name, as the platform gives it. */
  name: string;
  aliases: Alias[];
}

/** Written variants of one platform name, each with its tier. */
function variantsOf(text: string, lang: Language, tier: number): PlatformName[] {
  const spelled = new Set([text]);
  for (const rewrite of [
    (s: string) => s.replace(/ & /g, ` ${AND[lang]} `),
    (s: string) => (lang === 'en' ? s.replace(/\bSt\. /g, 'Saint ') : s),
  ]) {
    for (const s of [...spelled]) spelled.add(rewrite(s));
  }
  const out: PlatformName[] = [];
  for (const s of spelled) {
    out.push({ text: s, lang, tier: s === text ? tier : Math.max(tier, 1) });
    // "Myanmar (Burma)": the name without its parenthesis, and the parenthesis when it is itself a proper name
    // ("Burma", not "partie néerlandaise"); a clash with another country's name ("(China)") is settled later.
    const parenthesis = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/u.exec(s);
    if (parenthesis) {
      const [, before = '', inside = '', after = ''] = parenthesis;
      out.push({ text: `${before} ${after}`.trim(), lang, tier: 2 });
      if (/^\p{Lu}/u.test(inside)) out.push({ text: inside.trim(), lang, tier: 3 });
    }
  }
  return out;
}

function isCountryCode(code: string, english: Intl.DisplayNames): boolean {
  if (NOT_COUNTRIES.has(code) || RESERVED.has(code)) return false;
  const name = english.of(code);
  if (name === undefined || name === code) return false;
  // Deprecated codes (UK, BU, ZR, SU…) still have names; the platform's canonical form names their successor.
  return new Intl.Locale(`und-${code}`).region === code;
}

/** Every country the platform knows, with its names. Computed once: it does not change while the code runs. */
function computePlatformCountries(): PlatformCountry[] {
  const names = (lang: Language, style: 'long' | 'short') =>
    new Intl.DisplayNames([lang], { type: 'region', fallback: 'none', style });
  const formatters = LANGUAGES.map((lang) => ({ lang, long: names(lang, 'long'), short: names(lang, 'short') }));
  const english = names('en', 'long');

  const found: { code: string; name: string; names: PlatformName[] }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isCountryCode(code, english)) continue;
      const ambiguous = new Set((AMBIGUOUS_NAMES[code] ?? []).map(foldAlias));
      const list: PlatformName[] = [];
      for (const { lang, long, short } of formatters) {
        for (const [text, tier] of [
          [long.of(code), 0],
          [short.of(code), 1],
        ] as const) {
          if (text) list.push(...variantsOf(text, lang, tier).filter((n) => !ambiguous.has(foldAlias(n.text))));
        }
      }
      for (const [text, lang] of COUNTRY_EXONYMS[code] ?? []) list.push({ text, lang, tier: 1 });
      found.push({ code, name: english.of(code) ?? code, names: list });
    }
  }

  // A folded name claimed by several countries goes to the one claiming it at the best tier ("Saint-Martin" is
  // the French half's name, not the Dutch half's once stripped of "(partie néerlandaise)"); a tie drops it.
  const best = new Map<string, { tier: number; codes: Set<string> }>();
  for (const { code, names: list } of found) {
    for (const { text, tier } of list) {
      const key = foldAlias(text);
      const seen = best.get(key);
      if (!seen || tier < seen.tier) best.set(key, { tier, codes: new Set([code]) });
      else if (tier === seen.tier) seen.codes.add(code);
    }
  }

  return found.map(({ code, name, names: list }) => {
    const aliases: Alias[] = [];
    const kept = new Set<string>();
    for (const { text, lang, tier } of [...list].sort((x, y) => x.tier - y.tier)) {
      const folded = foldAlias(text);
      const owner = best.get(folded);
      if (folded.length === 0 || owner?.tier !== tier || owner.codes.size !== 1) continue;
      // One spelling per language and folded form: "Peru" (en) and "Perú" (es) both stay, "Perú" twice does not.
      if (kept.has(`${lang}:${folded}`)) continue;
      kept.add(`${lang}:${folded}`);
      aliases.push(platformAlias(text, lang));
    }
    return { code, name, aliases };
  });
}

/**
 * A platform name as an alias: proper nouns are `capitalized` ("Chili" the country, not "chili" the pepper;
 * "Réunion", not "réunion"); abbreviations with no lower-case letter ("UK", "EE. UU.") must match as written.
 */
function platformAlias(text: string, lang: Language): Alias {
  const rule: AliasCase = /\p{Ll}/u.test(text) ? 'capitalized' : 'sensitive';
  return { text, lang, case: rule, weak: false, cuesBefore: [], vetoBefore: [], vetoAfter: [] };
}

/** A fresh copy, so that callers may edit what they get without touching the cached list. */
function copyAlias(alias: Alias): Alias {
  const { cuesBefore, cuesAfter, vetoBefore, vetoAfter } = alias;
  return {
    ...alias,
    cuesBefore: [...cuesBefore],
    ...(cuesAfter ? { cuesAfter: [...cuesAfter] } : {}),
    vetoBefore: [...vetoBefore],
    vetoAfter: [...vetoAfter],
  };
}

let platformCountries: PlatformCountry[] | undefined;

/** Every country the platform knows: its ISO code, English name and names in French, English and Spanish. */
export function listPlatformCountries(): readonly PlatformCountry[] {
  platformCountries ??= computePlatformCountries();
  return platformCountries;
}

/** Adds the platform's names the entity lacks; the catalog's own aliases (and their options) win. */
function mergeNames(entity: Entity, country: PlatformCountry): Entity {
  const folded = new Set(entity.aliases.map((alias) => foldAlias(alias.text)));
  const added: Alias[] = [];
  for (const alias of country.aliases) {
    const key = foldAlias(alias.text);
    if (folded.has(key)) continue;
    folded.add(key);
    added.push(copyAlias(alias));
  }
  return {
    ...entity,
    countryCode: country.code,
    aliases: [...entity.aliases, ...added],
    excludes: withExcludes(entity.excludes ?? [], country.code),
  };
}

/**
 * Every country/territory the platform knows (ISO 3166-1 alpha-2 codes for which Intl.DisplayNames(['en'],
 * {type:'region', fallback:'none'}) returns a name; skip non-countries such as EU, EZ, UN, QO, XA, XB, ZZ), with
 * its names in French, English and Spanish from Intl.DisplayNames — not a hand-typed list. Returns the given
 * entities with country entities merged in: an entity with a matching `countryCode` gets the platform names
 * added to its aliases (no duplicates after folding); every other country becomes a new entity {id: slug of its
 * English name, e.g. "france", "united-kingdom", "cote-d-ivoire"; kind: "country"; countryCode; origin: "seed";
 * description "Country" / descriptionFr "Pays"}; generated country names use case "capitalized" (so
 * "Chili"≠"chili", "Réunion"≠"réunion", "Maurice"…).
 *
 * Also: a `country` entity without a `countryCode` whose id is the country's slug is taken for that country;
 * generated entities come after the given ones, so a catalog entity sharing a name keeps it (the matcher prefers
 * the first entity in catalog order); a generated id already taken gets the code appended ("georgia-ge").
 * The input is not modified.
 */
export function withCountries(entities: readonly Entity[]): Entity[] {
  const result = [...entities];
  const byCode = new Map<string, number>();
  const byId = new Map<string, number>();
  entities.forEach((entity, index) => {
    if (entity.countryCode && !byCode.has(entity.countryCode)) byCode.set(entity.countryCode, index);
    if (!byId.has(entity.id)) byId.set(entity.id, index);
  });
  const usedIds = new Set(byId.keys());

  for (const country of listPlatformCountries()) {
    // Only a platform with unusual data could leave a country no name of its own; such a country cannot match.
    if (country.aliases.length === 0) continue;
    const slug = slugify(country.name);
    let index = byCode.get(country.code);
    if (index === undefined) {
      const sameId = byId.get(slug);
      const candidate = sameId === undefined ? undefined : entities[sameId];
      if (candidate?.kind === 'country' && !candidate.countryCode) index = sameId;
    }
    const existing = index === undefined ? undefined : result[index];
    if (index !== undefined && existing) {
      result[index] = mergeNames(existing, country);
      continue;
    }
    let id = slug || `country-${country.code.toLowerCase()}`;
    if (usedIds.has(id)) id = `${id}-${country.code.toLowerCase()}`;
    usedIds.add(id);
    result.push({
      id,
      name: country.name,
      kind: 'country',
      description: 'Country',
      descriptionFr: 'Pays',
      countryCode: country.code,
      aliases: country.aliases.map(copyAlias),
      excludes: withExcludes([], country.code),
      relations: [],
      origin: 'seed',
    });
  }
  return result;
}
