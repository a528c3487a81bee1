import type { CandidateEntity } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import { type KindVotes, kindOfWord, mergeKinds } from './entity-kind';
import type { TextRange } from './sentences';

/** One mention of an unknown name, judged. */
export interface Occurrence extends TextRange {
  /** As written (the framed text: a dateline re-cased), spaces collapsed. */
  name: string;
  /** What identifies it: folded words without a legal form. */
  key: string;
  /** A single word opening its sentence: counted only with other support. */
  initial: boolean;
  /** Support for a sentence-initial word: it is shaped like a brand, possessed, described… */
  supported: boolean;
  kind: KindVotes;
  /** Its folded words, for joining a surname to the full name. */
  words: string[];
  /** Two or three words written like a person's name ("Wade Bassi"). */
  personShaped?: boolean;
  sentence: TextRange;
  cued: boolean;
  /** Inside a byline, a credit line or a dateline's agency. */
  credit: boolean;
  /** Tickers and abbreviations written after it. */
  aliases: string[];
}

/**
 * Words a company's name may add to its short form: "NexaCore" is "NexaCore Holdings", "Kestrel" is "Kestrel
 * Compute" (with the trade words of a company's name, lib/extract/kind-lexicon).
 */
const DESIGNATORS = new Set(['holdings', 'holding', 'group', 'groupe', 'grupo', 'corporation', 'company', 'pt']);

const keyOf = (alias: string) => fold(alias).replace(/[.,]+$/u, '');

/** The key of the group an occurrence joins: an alias another name carries, a surname, a short form. */
function ownerKeys(occurrences: readonly Occurrence[]): Map<string, string> {
  const owner = new Map<string, string>();
  // Indexed by word: a long page has thousands of names (wikipedia-2: 2,351 occurrences).
  const full = new Map<string, (Occurrence & { person: boolean })[]>();
  for (const o of occurrences) {
    if (o.words.length < 2) continue;
    const entry = { ...o, person: mergeKinds([o.kind]) === 'person' };
    for (const word of new Set(o.words)) full.set(word, [...(full.get(word) ?? []), entry]);
  }
  for (const o of occurrences)
    for (const alias of o.aliases) if (!owner.has(keyOf(alias))) owner.set(keyOf(alias), o.key);
  for (const o of occurrences) {
    if (owner.has(o.key) || o.words.length !== 1) continue;
    const word = o.words[0] ?? '';
    const named = full.get(word) ?? [];
    // A person named in full, then by surname or given name: "Craig Whitfield … Whitfield, 54, said"; a name
    // shaped like a person's and nothing else, by its last word ("Wade Bassi … Bassi").
    const person =
      named.find((f) => f.person) ??
      named.find((f) => f.personShaped && Object.keys(f.kind).length === 0 && f.words.at(-1) === word);
    // A company by its short form: "NexaCore Holdings … NexaCore".
    const company = named.find(
      (f) => f.words[0] === word && f.words.slice(1).every((w) => DESIGNATORS.has(w) || kindOfWord(w) === 'company'),
    );
    const into = person ?? company;
    if (into) owner.set(o.key, into.key);
  }
  return owner;
}

/**
 * Groups the occurrences of each name and turns them into candidates: a name seen only opening sentences without
 * support, or only in credits, is dropped; the fullest spelling names it; its aliases are its tickers,
 * abbreviations and other spellings; its kind is what all occurrences say together. Ranked by score, highest
 * first: mentions, plus a bonus for each one near a deal word, plus half a point for a name of several words.
 */
export function groupCandidates(original: string, occurrences: readonly Occurrence[]): CandidateEntity[] {
  const owner = ownerKeys(occurrences);
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    let key = o.key;
    for (let hops = 0; hops < 3 && owner.has(key) && owner.get(key) !== key; hops++) key = owner.get(key) ?? key;
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const out: CandidateEntity[] = [];
  for (const group of groups.values()) {
    const counted = group.filter((o) => !o.credit);
    if (counted.length === 0) continue;
    if (counted.every((o) => o.initial && !o.supported)) continue;
    const best = counted.find((o) => o.cued && !o.initial) ?? counted.find((o) => !o.initial) ?? counted[0];
    if (!best) continue;
    const named = counted.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    const spellings = new Map<string, string>();
    const person = mergeKinds([named.kind]) === 'person';
    for (const o of counted) {
      // Other spellings are aliases ("Telefónica" beside "Telefónica S.A."); a person's surname alone is not.
      const spelling = o.key === named.key || !person;
      for (const alias of [...o.aliases, ...(spelling ? [o.name] : [])]) {
        if (keyOf(alias) !== keyOf(named.name) && !spellings.has(keyOf(alias))) spellings.set(keyOf(alias), alias);
      }
    }
    const cues = counted.filter((o) => o.cued).length;
    const sentence = best.sentence;
    const candidate: CandidateEntity = {
      name: named.name,
      kindGuess: mergeKinds(counted.map((o) => o.kind)),
      count: counted.length,
      quote: original.slice(sentence.start, sentence.end),
      quoteStart: sentence.start,
      quoteEnd: sentence.end,
      score: counted.length + 2 * cues + (named.words.length > 1 ? 0.5 : 0),
    };
    if (spellings.size > 0) candidate.aliases = [...spellings.values()].slice(0, 10);
    out.push(candidate);
  }
  return out.sort((a, b) => b.score - a.score || a.quoteStart - b.quoteStart);
}
