import { fold } from '@/lib/text/fold';
import { isBigCompany } from './big-companies';
import { isKnownCity } from './city-names';
import { countryOfName } from './demonym-countries';
import { DIRECTIONS, LEGAL_FORMS, NAME_PARTICLES } from './entity-lexicon';
import { isGivenName } from './first-names';
import {
  COMPANY_AFTER,
  KIND_AFTER,
  KIND_BEFORE,
  KIND_WORDS,
  type KindGuess,
  PERSON_AFTER,
  PERSON_AFTER_TITLE,
  PERSON_TITLES_BEFORE,
  PLACE_AFTER,
  PLACE_APPOSITION,
  PLACE_BEFORE,
  SPEECH_AFTER,
  SPEECH_BEFORE,
} from './kind-lexicon';

export type { KindGuess };

/** One occurrence of a name, with what surrounds it. */
export interface NameOccurrence {
  /** The name's words as written. */
  words: readonly string[];
  /** Up to ~60 characters of text right before the name, in its sentence. */
  before: string;
  /** Up to ~120 characters of text right after the name, in its sentence. */
  after: string;
  /** A legal form ends the name or follows it ("Inc.", ", S.A.B. de C.V."). */
  legalSuffix: boolean;
  /** A title was stripped from the front of the name ("Président Macron", "Indosat CEO Vikram Sinha"). */
  titled: boolean;
  /** A ticker follows it ("(NASDAQ: NXDC)"). */
  ticker?: boolean;
  /** It opens an article as its dateline ("LIMA (Reuters) –"). */
  dateline?: boolean;
}

/** How strongly each kind is suggested; occurrences of one name add up. */
export type KindVotes = Partial<Record<KindGuess, number>>;

const PERSON_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?|\p{Lu}\.?)$/u;

/** Whether a folded word is one of the generic heads of a name ("Groupe", "Ministère", "Universidad"). */
export function isKindWord(folded: string): boolean {
  return KIND_WORDS.some(({ words }) => words.has(folded.replace(/\.$/u, '')));
}

/** The kind a generic head word gives a name ("ministere" → government), if any. */
export function kindOfWord(folded: string): Exclude<KindGuess, 'person'> | undefined {
  // "Hô Chi Minh-Ville": the last part of a compound word can be its head.
  const word = folded.replace(/\.$/u, '');
  const last = word.split('-').at(-1) ?? word;
  return KIND_WORDS.find(({ words }) => words.has(word) || words.has(last))?.kind;
}

const BANKS = new Set(['bank', 'banque', 'banco', 'banca']);
/** A bank with a public mission (development, investment, a central bank) is an organization; others lend. */
const PUBLIC_BANK =
  /(?:^|\s)(?:desarrollo|development|developpement|investissement|investment|inversion|interamericano|interamerican|world|mundial|mondiale|reconstruction|cooperation|cooperacion|europeenne|european|europeo|asian|african|africaine|africano|islamic|central|reserve|reserva|multilateral|export|exportaciones|exportations)(?:\s|$)/u;

/**
 * The kind a name's own words give it: its head word decides. The head is the word before the first particle
 * ("Electricity Generating Company of Thailand", "Japan Bank for International Cooperation"), else the first
 * word (French and Spanish: "Grupo Alfa", "Secretaría de Economía"), else the last (English: "Maybank
 * Securities", "Guadalajara Technology Park"), else any word.
 */
function headKind(folded: readonly string[]): Exclude<KindGuess, 'person'> | undefined {
  const particle = folded.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w));
  const heads = [particle > 0 ? folded[particle - 1] : undefined, folded[0], folded.at(-1)];
  for (const head of heads) {
    const kind = head === undefined ? undefined : kindOfWord(head);
    if (kind) return kind;
  }
  for (const word of folded) {
    const kind = kindOfWord(word);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * What one occurrence of an unknown name says it names, as weighted votes: a legal form or a ticker (company);
 * the name's head word (Group, Ministère, Universidad, Initiative, Port…); a title before it, an age or a role
 * after it, a verb of saying around it, a known given name (person); a noun before it ("l'entreprise", "la
 * comuna de") or after it ("the … program", "Chonburi province"); a dateline or "-based" (place); a preposition
 * of place before a one-word name (a weak vote).
 */
export function kindEvidence(occurrence: NameOccurrence): KindVotes {
  const votes: KindVotes = {};
  const vote = (kind: KindGuess, weight: number) => {
    votes[kind] = (votes[kind] ?? 0) + weight;
  };
  const words = occurrence.words.map(fold);
  const before = fold(occurrence.before);
  // Case kept: the cue noun and the words between it and the name are lower case ("la société Grupo Alfa à").
  const beforeCased = occurrence.before.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/gu, "'");
  const after = fold(occurrence.after);
  const nameWords = occurrence.words.filter((w) => !NAME_PARTICLES.has(fold(w)));
  const personShaped = nameWords.length >= 1 && nameWords.length <= 4 && nameWords.every((w) => PERSON_WORD.test(w));
  const given = isGivenName(occurrence.words[0] ?? '');

  if (occurrence.legalSuffix || words.some((w) => LEGAL_FORMS.has(w) && w.length > 3)) vote('company', 6);
  if (occurrence.ticker) vote('company', 6);
  if (occurrence.dateline) vote('place', 6);
  let head = headKind(words);
  // A bank lends (a company), unless it has a public mission or is a country's own ("Banco de México").
  const countryBank =
    words.length >= 3 && BANKS.has(words[0] ?? '') && countryOfName(occurrence.words.slice(2).join(' '));
  if (
    head === 'organization' &&
    words.some((w) => BANKS.has(w)) &&
    !PUBLIC_BANK.test(words.join(' ')) &&
    !countryBank
  ) {
    head = 'company';
  }
  if (head) vote(head, 5);
  for (const { kind, pattern } of KIND_BEFORE) if (pattern.test(beforeCased)) vote(kind, 3);
  for (const { kind, pattern } of KIND_AFTER) if (pattern.test(after)) vote(kind, 3);
  if (COMPANY_AFTER.test(after)) vote('company', 3);
  if (PLACE_AFTER.test(after)) vote('place', 4);
  if (PLACE_APPOSITION.test(after)) vote('place', 3);
  if (!head && isKnownCity(occurrence.words.join(' '))) vote('place', 3);
  // "Amérique du Sud", "West Java", "Stockton North": a compass word in a longer name makes it a region.
  if (!head && words.length >= 2 && words.some((w) => DIRECTIONS.has(w))) vote('place', 2);
  if (isBigCompany(occurrence.words.join(' '))) vote('company', 3);
  // Written like a brand ("OpenAI", "G42", "QScale"): a weak sign of a company.
  if (
    occurrence.words.length === 1 &&
    /^\p{Lu}+\p{Ll}+\p{Lu}|^\p{Lu}+\d|^\p{Ll}+\p{Lu}/u.test(occurrence.words[0] ?? '')
  ) {
    vote('company', 1);
  }

  if (personShaped && !head) {
    if (nameWords.length >= 2 && PERSON_AFTER_TITLE.test(before)) vote('person', 4);
    if (occurrence.titled || PERSON_TITLES_BEFORE.test(before)) vote('person', 5);
    if (PERSON_AFTER.test(after)) vote('person', 4);
    if (nameWords.length >= 2 && given) vote('person', 4);
    const placed = PLACE_BEFORE.test(before) || /(?:^|\s)à\s+$/u.test(occurrence.before);
    if (nameWords.length >= 2 && !placed && (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before))) {
      vote('person', 2);
    }
  }
  if (nameWords.length <= 3 && !given && (PLACE_BEFORE.test(before) || /(?:^|\s)à\s+$/u.test(occurrence.before))) {
    vote('place', 2);
  }
  // "in Austin, Texas": the second of a city and its region.
  if (/(?:^|\s)(?:in|en|à|a)\s+\p{Lu}[\p{L}\p{M}.-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)?,\s*$/u.test(occurrence.before)) {
    vote('place', 2);
  }
  return votes;
}

/** Kinds, most specific first: "organization" is the default, so it loses ties. */
const SPECIFICITY: KindGuess[] = ['company', 'government', 'person', 'country', 'program', 'place', 'organization'];

/**
 * The kind most strongly suggested by the votes of all occurrences of a name; "organization" when nothing
 * suggests anything. Ties go to the more specific kind.
 */
export function mergeKinds(votes: readonly KindVotes[]): KindGuess {
  const total = new Map<KindGuess, number>();
  for (const v of votes) {
    for (const [kind, weight] of Object.entries(v) as [KindGuess, number][]) {
      total.set(kind, (total.get(kind) ?? 0) + weight);
    }
  }
  let best: KindGuess = 'organization';
  let most = 0;
  for (const kind of SPECIFICITY) {
    const n = total.get(kind) ?? 0;
    if (n > most) {
      best = kind;
      most = n;
    }
  }
  return best;
}

/** The kind one occurrence suggests on its own. */
export function guessKind(occurrence: NameOccurrence): KindGuess {
  return mergeKinds([kindEvidence(occurrence)]);
}
