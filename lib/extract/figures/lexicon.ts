/** Words per language; "und" is the union of the three. */
export type Lexicon<T> = Record<Exclude<FigureLanguage, 'und'>, T>;

/** The entries of a lexicon for one language (all three for "und"). */
export function entriesFor<T>(lexicon: Lexicon<T[]>, lang: FigureLanguage): T[] {
  return lang === 'und' ? [...lexicon.fr, ...lexicon.en, ...lexicon.es] : lexicon[lang];
}

/** A literal string escaped for a regular expression; any space in it matches any horizontal space. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00A0\\u202F\\u2009]+');
}

/** An alternation of literals, longest first so the regex engine prefers "mil millones" to "mil". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');
}

/** A word that multiplies the number before it. `abbreviated` ones count only next to a currency ("10 M USD"). */
export interface Scale {
  word: string;
  factor: number;
  abbreviated?: boolean;
}

// "billion" is 10^9 in English but 10^12 in French and "billón" 10^12 in Spanish: the long scale.
export const SCALES: Lexicon<Scale[]> = {
  fr: [
    { word: 'mille', factor: 1e3 },
    { word: 'million', factor: 1e6 },
    { word: 'millions', factor: 1e6 },
    { word: 'milliard', factor: 1e9 },
    { word: 'milliards', factor: 1e9 },
    { word: 'billion', factor: 1e12 },
    { word: 'billions', factor: 1e12 },
    { word: 'k', factor: 1e3, abbreviated: true },
    { word: 'M', factor: 1e6, abbreviated: true },
    { word: 'Md', factor: 1e9, abbreviated: true },
    { word: 'Mds', factor: 1e9, abbreviated: true },
    { word: 'Mrd', factor: 1e9, abbreviated: true },
    { word: 'Mrds', factor: 1e9, abbreviated: true },
  ],
  en: [
    { word: 'thousand', factor: 1e3 },
    { word: 'million', factor: 1e6 },
    { word: 'millions', factor: 1e6 },
    { word: 'billion', factor: 1e9 },
    { word: 'billions', factor: 1e9 },
    { word: 'trillion', factor: 1e12 },
    // Indian English: "Rs 2,000 crore", "₹50 lakh".
    { word: 'crore', factor: 1e7 },
    { word: 'crores', factor: 1e7 },
    { word: 'lakh', factor: 1e5 },
    { word: 'lakhs', factor: 1e5 },
    { word: 'k', factor: 1e3, abbreviated: true },
    { word: 'K', factor: 1e3, abbreviated: true },
    { word: 'm', factor: 1e6, abbreviated: true },
    { word: 'M', factor: 1e6, abbreviated: true },
    { word: 'mn', factor: 1e6, abbreviated: true },
    { word: 'mln', factor: 1e6, abbreviated: true },
    { word: 'bn', factor: 1e9, abbreviated: true },
    { word: 'b', factor: 1e9, abbreviated: true },
    { word: 'B', factor: 1e9, abbreviated: true },
    { word: 'tn', factor: 1e12, abbreviated: true },
  ],
  es: [
    { word: 'mil', factor: 1e3 },
    { word: 'millón', factor: 1e6 },
    { word: 'millones', factor: 1e6 },
    { word: 'mil millones', factor: 1e9 },
    { word: 'millardo', factor: 1e9 },
    { word: 'millardos', factor: 1e9 },
    { word: 'billón', factor: 1e12 },
    { word: 'billones', factor: 1e12 },
    { word: 'M', factor: 1e6, abbreviated: true },
  ],
};

/** The little word between an amount and its unit ("de dollars", "d'euros", "of people", "de personas"). */
export const LINKERS: Lexicon<string[]> = { fr: ['de', "d'", 'd’'], en: ['of'], es: ['de'] };

/** What a count counts. Plural nouns only: a figure above one takes the plural in all three languages. */
export const COUNT_NOUNS: Lexicon<{ word: string; unit: 'people' | 'jobs' | 'objects' }[]> = {
  fr: [
    ...words('people', 'personnes gens habitants citoyens citoyennes jeunes étudiants étudiantes élèves travailleurs'),
    ...words('people', 'salariés employés professionnels femmes hommes enfants utilisateurs clients bénéficiaires'),
    ...words('people', 'participants agriculteurs développeurs ingénieurs enseignants entrepreneurs visiteurs'),
    ...words('people', 'touristes fonctionnaires membres abonnés apprenants stagiaires experts chercheurs'),
    ...words('jobs', 'emplois postes jobs'),
    ...words('objects', 'objets pièces artefacts'),
    // What deals build, counted: "deux centres de données", "trois zones de disponibilité".
    ...['régions cloud', 'régions', 'zones de disponibilité', 'centres de données', 'centres de calcul'].map(object),
    ...words('objects', 'datacenters data-centers campus usines bureaux laboratoires câbles'),
  ],
  en: [
    ...words('people', 'people persons residents citizens youths students pupils workers employees professionals'),
    ...words('people', 'women men children users customers beneficiaries participants farmers developers'),
    ...words('people', 'engineers teachers entrepreneurs visitors tourists members subscribers individuals'),
    ...words('people', 'learners trainees experts researchers'),
    { word: 'young people', unit: 'people' },
    { word: 'civil servants', unit: 'people' },
    ...words('jobs', 'jobs positions'),
    ...words('objects', 'objects items artifacts artefacts pieces'),
    ...['cloud regions', 'availability zones', 'data centres', 'data centers', 'data-centres', 'data-centers'].map(
      object,
    ),
    ...words(
      'objects',
      'regions zones datacenters campuses facilities factories plants offices labs laboratories cables',
    ),
  ],
  es: [
    ...words('people', 'personas habitantes ciudadanos ciudadanas jóvenes estudiantes alumnos trabajadores empleados'),
    ...words('people', 'profesionales mujeres hombres niños usuarios clientes beneficiarios participantes'),
    ...words('people', 'agricultores desarrolladores ingenieros docentes maestros emprendedores visitantes'),
    ...words('people', 'turistas funcionarios miembros suscriptores expertos investigadores'),
    { word: 'puestos de trabajo', unit: 'jobs' },
    ...words('jobs', 'empleos puestos plazas'),
    ...words('objects', 'objetos piezas'),
    ...['regiones de nube', 'zonas de disponibilidad', 'centros de datos', 'centros de procesamiento de datos'].map(
      object,
    ),
    ...words('objects', 'regiones zonas datacenters campus plantas fábricas oficinas laboratorios cables'),
  ],
};

function object(word: string): { word: string; unit: 'objects' } {
  return { word, unit: 'objects' };
}

function words<U extends string>(unit: U, list: string): { word: string; unit: U }[] {
  return list.split(' ').map((word) => ({ word, unit }));
}

/**
 * Demonyms used as the counted noun ("400 000 Mexicains", "20,000 Peruvians", "400.000 mexicanos"): French and
 * English capitalise them, Spanish does not. Matched by ending, since no list would be complete.
 */
export const DEMONYM: Lexicon<string> = {
  fr: '\\p{Lu}\\p{Ll}+(?:ains|aines|iens|iennes|ais|aises|ois|oises|éens|éennes|ans)',
  en: '\\p{Lu}\\p{Ll}+(?:ans|ians|ese|ards)',
  es: '\\p{Ll}+(?:anos|anas|enses|eños|eñas|enos|enas|ecos|ecas|ianos|ianas|eses|inos|inas)',
};

/** An adjective that may stand between a number and the counted noun ("7 000 nouveaux emplois"). */
export const COUNT_ADJECTIVES: Lexicon<string[]> = {
  fr: ['nouveaux', 'nouvelles', 'jeunes', 'autres', 'petits', 'petites', 'futurs', 'futures'],
  en: ['new', 'young', 'more', 'additional', 'local', 'skilled', 'direct', 'indirect', 'other', 'extra'],
  es: ['nuevos', 'nuevas', 'jóvenes', 'otros', 'otras', 'futuros', 'futuras'],
};

/** Words after a count of jobs that make it a yearly rate. */
export const PER_YEAR: Lexicon<string[]> = {
  fr: ['par an', 'par année', 'chaque année', 'annuels', 'par an en moyenne'],
  en: ['per year', 'a year', 'each year', 'every year', 'annually', 'per annum'],
  es: ['al año', 'por año', 'cada año', 'anuales', 'anualmente'],
};

/** Duration units. */
export const DURATION_UNITS: Lexicon<{ word: string; unit: 'years' | 'months' | 'days' }[]> = {
  fr: [...words('years', 'ans an années année'), ...words('months', 'mois'), ...words('days', 'jours jour')],
  en: [...words('years', 'years year yrs'), ...words('months', 'months month'), ...words('days', 'days day')],
  es: [...words('years', 'años año'), ...words('months', 'meses mes'), ...words('days', 'días día')],
};

/** Adjectives French puts between the number and the unit ("les 15 prochaines années"). */
export const DURATION_ADJECTIVES: Lexicon<string[]> = {
  fr: ['prochaines', 'prochains', 'dernières', 'derniers', 'premières', 'premiers'],
  en: [],
  es: [],
};

/** Words after a duration that make it an age, not a duration ("15 years old", "15 años de edad"). */
export const AGE_MARKERS: Lexicon<string[]> = {
  fr: ["d'âge", 'd’âge', 'révolus'],
  en: ['old', '-old'],
  es: ['de edad'],
};

import type { FigureLanguage } from '@/lib/schema';
