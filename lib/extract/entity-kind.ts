import { fold } from '@/lib/text/fold';
import {
  FIRST_NAMES,
  KIND_BEFORE,
  KIND_WORDS,
  NAME_PARTICLES,
  PERSON_TITLES_BEFORE,
  SPEECH_AFTER,
  SPEECH_BEFORE,
} from './entity-lexicon';

/** The kinds an unknown name may be guessed as (a subset of `EntityKind`). */
export type KindGuess = 'company' | 'organization' | 'person' | 'government' | 'program' | 'place';

/** One occurrence of a name, with what surrounds it. */
export interface NameOccurrence {
  /** The name's words as written. */
  words: readonly string[];
  /** Up to ~40 characters of text right before the name. */
  before: string;
  /** Up to ~120 characters of text right after the name, in its sentence. */
  after: string;
  /** A legal form follows the name ("Inc.", "S.A."). */
  legalSuffix: boolean;
  /** A title was stripped from the front of the name ("Président Macron"). */
  titled: boolean;
}

const PERSON_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// Not "à"/"at"/"vers": "accordé à Cosco", "at Google", "vers Huawei" are not places.
const PLACE_BEFORE = /(?:^|[^a-z])(?:au|aux|en|in|near|pres de|cerca de|hacia)\s+$/u;

/**
 * What an unknown name probably names, from cues in this order: a legal form → company; a word of the name
 * (Group, Ministère, Universidad, Initiative, Port…); a word right before it ("l'entreprise", "la ville de");
 * a person (a known first name, a title before it, or two or three name-shaped words right before a verb of
 * saying or after "selon/according to"); a single word after "au/en/in" → place; otherwise "organization", the
 * least committal guess.
 */
export function guessKind(occurrence: NameOccurrence): KindGuess {
  const words = occurrence.words.map(fold);
  const before = fold(occurrence.before);
  if (occurrence.legalSuffix) return 'company';
  for (const { kind, words: cues } of KIND_WORDS) {
    if (words.some((w) => cues.has(w.replace(/\.$/, '')))) return kind;
  }
  for (const { kind, pattern } of KIND_BEFORE) {
    if (pattern.test(before)) return kind;
  }
  const nameWords = occurrence.words.filter((w) => !NAME_PARTICLES.has(fold(w)));
  if (FIRST_NAMES.has(words[0] ?? '')) return 'person';
  if (occurrence.titled || PERSON_TITLES_BEFORE.test(before)) {
    if (nameWords.every((w) => PERSON_WORD.test(w))) return 'person';
  }
  if (
    nameWords.length >= 2 &&
    nameWords.length <= 3 &&
    nameWords.every((w) => PERSON_WORD.test(w)) &&
    (SPEECH_AFTER.test(fold(occurrence.after)) || SPEECH_BEFORE.test(before))
  ) {
    return 'person';
  }
  if (nameWords.length === 1 && PLACE_BEFORE.test(before)) return 'place';
  return 'organization';
}

/** Whether a folded word is one of the generic heads of a name ("Groupe", "Ministère", "Universidad"). */
export function isKindWord(folded: string): boolean {
  return KIND_WORDS.some(({ words }) => words.has(folded));
}

/** Kinds, most specific first: "organization" is the default, so it loses ties. */
const SPECIFICITY: KindGuess[] = ['company', 'government', 'person', 'program', 'place', 'organization'];

/**
 * The guess for a name seen several times: the kind most of its occurrences suggest, where a default
 * "organization" counts only if nothing else was suggested; ties go to the more specific kind.
 */
export function mergeKinds(kinds: readonly KindGuess[]): KindGuess {
  const votes = new Map<KindGuess, number>();
  for (const kind of kinds) if (kind !== 'organization') votes.set(kind, (votes.get(kind) ?? 0) + 1);
  let best: KindGuess = 'organization';
  let most = 0;
  for (const kind of SPECIFICITY) {
    const n = votes.get(kind) ?? 0;
    if (n > most) {
      best = kind;
      most = n;
    }
  }
  return best;
}
