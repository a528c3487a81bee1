import { foldAlias } from '@/lib/match/normalize';
import type { AliasInput, Entity, Language } from '@/lib/schema';

type TextLanguage = Exclude<Language, 'und'>;

/**
 * The state bodies a nationality adjective may name, as the seed catalog writes them for its governments (issue
 * 15): French and Spanish put the adjective after them ("autorités mexicaines", "Estado peruano"), English before
 * ("Mexican authorities"). "de"/"del" after the adjective vetoes it: "l'État mexicain de Oaxaca" is a federated
 * state. Kept in step with the cue lists of `seeds/catalog.json`.
 */
export const GOVERNMENT_CUES: Record<TextLanguage, Pick<AliasInput, 'cuesBefore' | 'cuesAfter' | 'vetoAfter'>> = {
  fr: {
    cuesBefore: [
      'gouvernement',
      'autorités',
      'État',
      'exécutif',
      'Congrès',
      'Parlement',
      'Sénat',
      'ministère',
      'présidence',
      'administration',
    ],
    vetoAfter: ['de', 'du', 'des', 'd’'],
  },
  en: {
    cuesAfter: [
      'government',
      'authorities',
      'Congress',
      'Senate',
      'parliament',
      'administration',
      'ministry',
      'presidency',
      'regulators',
    ],
  },
  es: {
    cuesBefore: [
      'gobierno',
      'autoridades',
      'Estado',
      'Ejecutivo',
      'Congreso',
      'Senado',
      'Parlamento',
      'ministerio',
      'presidencia',
      'administración',
    ],
    vetoAfter: ['de', 'del'],
  },
};

/** A phrase of an article that names a country's government, and its language. */
export interface GovernmentPhrase {
  text: string;
  lang: TextLanguage;
}

const GOVERNMENT_WORD: Record<TextLanguage, string> = { fr: 'gouvernement', en: 'government', es: 'gobierno' };

/** The country's names, longest first, as regular-expression alternatives. */
function namesOf(country: Entity): string {
  return country.aliases
    .filter((a) => !a.weak && !a.cueRequired)
    .map((a) => a.text)
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Whether an adjective is the country's: it shares the start of one of its names ("chilien"/"Chili",
 * "Brazilian"/"Brazil", "mexicano"/"México"). Four letters, or one less than a short name ("indien"/"Inde").
 */
export function isAdjectiveOf(adjective: string, country: Entity): boolean {
  const folded = foldAlias(adjective);
  return country.aliases.some((alias) => {
    const name = foldAlias(alias.text);
    if (name.includes(' ') || name.length < 3) return false;
    const need = Math.min(4, name.length - 1);
    return folded.length > need && folded.slice(0, need) === name.slice(0, need);
  });
}

/**
 * The phrases an article uses for a country's government: "gouvernement du Chili", "gouvernement chilien",
 * "Government of Chile", "Chile's government", "the Chilean government", "Gobierno de Chile", "gobierno chileno".
 * Each distinct phrase once, as written (without a leading article).
 */
export function findGovernmentPhrases(text: string, country: Entity): GovernmentPhrase[] {
  const names = namesOf(country);
  if (!names) return [];
  const patterns: { lang: TextLanguage; pattern: RegExp; adjective?: number }[] = [
    {
      lang: 'fr',
      pattern: new RegExp(
        `gouvernement\\s+(?:du\\s+|de\\s+la\\s+|de\\s+l['’]|des\\s+|d['’])?(?:${names})(?![\\p{L}])`,
        'giu',
      ),
    },
    { lang: 'fr', pattern: /gouvernement\s+(\p{Ll}[\p{L}-]+)/giu, adjective: 1 },
    { lang: 'en', pattern: new RegExp(`government\\s+of\\s+(?:the\\s+)?(?:${names})(?![\\p{L}])`, 'giu') },
    { lang: 'en', pattern: new RegExp(`(?<![\\p{L}])(?:${names})['’]s\\s+government`, 'gu') },
    { lang: 'en', pattern: /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+government/gu, adjective: 1 },
    { lang: 'es', pattern: new RegExp(`gobierno\\s+(?:de\\s+la\\s+|del\\s+|de\\s+)(?:${names})(?![\\p{L}])`, 'giu') },
    { lang: 'es', pattern: /gobierno\s+(\p{Ll}[\p{L}]+)/giu, adjective: 1 },
  ];
  const out: GovernmentPhrase[] = [];
  const seen = new Set<string>();
  for (const { lang, pattern, adjective } of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (adjective !== undefined && !isAdjectiveOf(m[adjective] ?? '', country)) continue;
      const phrase = m[0].replace(/\s+/gu, ' ');
      const key = foldAlias(phrase);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: phrase, lang });
    }
  }
  return out;
}

/**
 * The forms of a nationality adjective: French and Spanish agree in gender and number ("chilien", "chilienne",
 * "chiliens", "chiliennes"; "chileno", "chilena", "chilenos", "chilenas"), English does not ("Chilean").
 */
export function adjectiveForms(adjective: string, lang: TextLanguage): string[] {
  const a = adjective;
  if (lang === 'en') return [a];
  if (lang === 'fr') {
    if (/e$/u.test(a)) return [a, `${a}s`];
    if (/(?:ien|éen)$/u.test(a)) return [a, `${a}ne`, `${a}s`, `${a}nes`];
    if (/[sx]$/u.test(a)) return [a, `${a}e`, `${a}es`];
    return [a, `${a}e`, `${a}s`, `${a}es`];
  }
  if (/o$/u.test(a)) {
    const stem = a.slice(0, -1);
    return [a, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (/e$/u.test(a)) return [a, `${a}s`];
  return [a];
}

/** The adjective of a government phrase ("chilien" of "gouvernement chilien", "Chilean" of "Chilean government"). */
function adjectiveIn(phrase: GovernmentPhrase, country: Entity): string | undefined {
  const words = phrase.text.split(' ');
  const candidate = phrase.lang === 'en' ? words[0] : words[1];
  if (
    words.length !== 2 ||
    !candidate ||
    foldAlias(words[phrase.lang === 'en' ? 1 : 0] ?? '') !== GOVERNMENT_WORD[phrase.lang]
  ) {
    return undefined;
  }
  return isAdjectiveOf(candidate, country) ? candidate : undefined;
}

/** The country's name in a language, the first strong alias written in it. */
function nameIn(country: Entity, lang: TextLanguage): string | undefined {
  return country.aliases.find((a) => a.lang === lang && !a.weak && !a.cueRequired)?.text;
}

/**
 * The aliases of a government the store does not have yet, for the country it governs: "Government of <name>"
 * and "Gobierno de <name>", every phrase the article used for it, and — from the phrases built on a nationality
 * adjective — that adjective in all its forms, counting only next to a state body (as the catalog's governments
 * do). No duplicates after folding.
 */
export function governmentAliases(country: Entity, phrases: readonly GovernmentPhrase[]): AliasInput[] {
  const out: AliasInput[] = [];
  const seen = new Set<string>();
  const add = (alias: AliasInput) => {
    const key = `${foldAlias(alias.text)}|${alias.cueRequired === true}`;
    if (seen.has(key) || foldAlias(alias.text).length === 0) return;
    seen.add(key);
    out.push(alias);
  };
  add({ text: `Government of ${nameIn(country, 'en') ?? country.name}`, lang: 'en' });
  const spanish = nameIn(country, 'es');
  if (spanish) add({ text: `Gobierno de ${spanish}`, lang: 'es' });
  for (const phrase of phrases) add({ text: phrase.text, lang: phrase.lang });
  for (const phrase of phrases) {
    const adjective = adjectiveIn(phrase, country);
    if (!adjective) continue;
    for (const form of adjectiveForms(adjective, phrase.lang)) {
      add({ text: form, lang: phrase.lang, cueRequired: true, ...structuredClone(GOVERNMENT_CUES[phrase.lang]) });
    }
  }
  return out;
}
