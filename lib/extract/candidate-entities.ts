import type { MatchSpan } from '@/lib/match/types';
import type { CandidateEntity, Language } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import { guessKind, isKindWord, type KindGuess, mergeKinds } from './entity-kind';
import { COMMON_ACRONYMS, DEAL_CUES, LEGAL_FORMS, NAME_PARTICLES, STOPWORDS, TITLES } from './entity-lexicon';
import { monthNames, weekdayNames } from './figures';
import { nameKey, runs, splitConjunctions, type Token } from './name-runs';
import { splitSentences, type TextRange } from './sentences';

/** Before a word, these make it the start of a sentence-like unit, where any word is capitalised. */
const OPENERS = /[.!?:;«"“—–•\n]\s*$|^\s*$/u;

/** A capitalised plural demonym ("Mexicains", "Peruvians", "Chinese"): a people, not an entity to add. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ains|aines|iens|iennes|ais|aises|ois|oises|éens|éennes|ans|ians|ese)$/u;

/** Whether the range lies wholly inside one known span. */
function isKnown(range: TextRange, known: readonly MatchSpan[]): boolean {
  return known.some((span) => span.start <= range.start && range.end <= span.end);
}

interface Occurrence {
  name: string;
  key: string;
  /** A single word at the start of a sentence: counted only if the name is also found elsewhere. */
  initial: boolean;
  kind: KindGuess;
  sentence: TextRange;
  cued: boolean;
}

/** What the scan of one text needs to judge a run of capitalised words. */
interface ScanContext {
  text: string;
  knownSpans: readonly MatchSpan[];
  /** Words the text also writes in lower case, folded: a capitalised one of these is a common noun. */
  lowerWords: ReadonlySet<string>;
  /** Words that never name anything: stopwords, months, weekdays, common acronyms. */
  skip: (t: Token) => boolean;
}

/** Trims a run to the name it holds and judges it; undefined when nothing worth proposing is left. */
function nameIn(run: readonly Token[], sentence: TextRange, cued: boolean, ctx: ScanContext): Occurrence | undefined {
  const { text, knownSpans } = ctx;
  let words = run;
  let titled = false;
  // A title is stripped ("Président Macron"), unless it heads an institution ("Secretaría de Economía").
  const title = (w: Token) => TITLES.has(w.folded) && !isKindWord(w.folded);
  const head = (w: Token) => ctx.skip(w) || title(w) || isKnown(w, knownSpans);
  while (words[0] && head(words[0])) {
    // "Président Macron" is titled; "PDG de Google Cloud" is not: a particle between them names an employer.
    titled = title(words[0]) && !NAME_PARTICLES.has(words[1]?.folded ?? '');
    words = trimParticles(words.slice(1));
  }
  const tail = (w: Token | undefined) => w !== undefined && (ctx.skip(w) || isKnown(w, knownSpans));
  while (tail(words.at(-1))) words = trimParticles(words.slice(0, -1));
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return undefined;
  if (words.every((w) => isKnown(w, knownSpans) || NAME_PARTICLES.has(w.folded))) return undefined;
  const initial = words.length === 1 && OPENERS.test(text.slice(sentence.start, first.start));
  if (words.length === 1) {
    const single = first.folded;
    if (single.length < 2 || ctx.lowerWords.has(single) || isKindWord(single)) return undefined;
    if (/^\p{N}/u.test(single) || DEMONYM.test(first.text)) return undefined;
  }
  const end = last.end;
  // A currency prefix is not a name: "US$ 1.200 millones", "R$14.7 billion", "NZ$ 27.8b".
  if (/^[$€£¥]/u.test(text.slice(end, end + 1))) return undefined;
  const name = text.slice(first.start, end).replace(/\s+/gu, ' ');
  return {
    name,
    // The legal form is left out of the key: "Telefónica S.A." and "Telefónica" are one name.
    key: nameKey(words),
    initial,
    kind: guessKind({
      words: words.map((w) => w.text),
      before: text.slice(Math.max(sentence.start, first.start - 40), first.start),
      after: text.slice(end, Math.min(sentence.end, end + 120)),
      legalSuffix: words.length > 1 && LEGAL_FORMS.has(last.folded),
      titled,
    }),
    sentence,
    cued,
  };
}

/**
 * Proposes the names an article mentions that the store does not know: runs of capitalised words joined by
 * particles ("Tecnológico Nacional de México", "Belt and Road", "Ursula von der Leyen"), and single
 * capitalised words that do not start a sentence. Left out: sentence-initial stopwords ("Le", "Selon", "The"),
 * titles ("Président"), months and weekdays (from `Intl`), common acronyms (AI, PIB), single words the text
 * also writes in lower case (a capitalised common noun), plural demonyms ("Mexicains"), and anything inside a
 * known span (`knownSpans`, from the matcher). A known name at either end of a run is trimmed off; one in the
 * middle stays part of a longer name ("Universidad Nacional de México"). Ranked by score, highest first.
 */
export function candidateEntities(text: string, lang: Language, knownSpans: readonly MatchSpan[]): CandidateEntity[] {
  const months = monthNames(lang);
  const days = weekdayNames(lang);
  const ctx: ScanContext = {
    text,
    knownSpans,
    lowerWords: new Set([...text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}\p{M}]*/gu)].map((m) => fold(m[0]))),
    skip: (t) => STOPWORDS.has(t.folded) || months.has(t.folded) || days.has(t.folded) || COMMON_ACRONYMS.has(t.folded),
  };
  const sentences = splitSentences(text, lang);
  const occurrences: Occurrence[] = [];
  let s = 0;
  for (const run of splitConjunctions(sentences.flatMap((sentence) => runs(text, sentence)))) {
    // Runs come in text order: the sentence pointer only moves forward.
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= (run[0]?.start ?? 0)) s++;
    const sentence = sentences[s];
    if (!sentence) continue;
    const cued = DEAL_CUES.test(fold(text.slice(sentence.start, sentence.end)));
    const found = nameIn(run, sentence, cued, ctx);
    if (found) occurrences.push(found);
  }
  return rank(text, occurrences);
}

function trimParticles(words: readonly Token[]): readonly Token[] {
  let from = 0;
  let to = words.length;
  while (from < to && NAME_PARTICLES.has(words[from]?.folded ?? '')) from++;
  while (to > from && NAME_PARTICLES.has(words[to - 1]?.folded ?? '')) to--;
  return words.slice(from, to);
}

function rank(text: string, occurrences: readonly Occurrence[]): CandidateEntity[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) groups.set(o.key, [...(groups.get(o.key) ?? []), o]);
  const out: CandidateEntity[] = [];
  for (const group of groups.values()) {
    // Any word is capitalised at the start of a sentence: a name seen only there is not proposed.
    if (group.every((o) => o.initial)) continue;
    const best = group.find((o) => o.cued && !o.initial) ?? group.find((o) => !o.initial);
    if (!best) continue;
    // The fullest spelling names it ("Telefónica S.A." over "Telefónica").
    const named = group.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    const cues = group.filter((o) => o.cued).length;
    out.push({
      name: named.name,
      kindGuess: mergeKinds(group.map((o) => o.kind)),
      count: group.length,
      quote: text.slice(best.sentence.start, best.sentence.end),
      quoteStart: best.sentence.start,
      quoteEnd: best.sentence.end,
      score: group.length + 2 * cues + (best.key.includes(' ') ? 0.5 : 0),
    });
  }
  return out.sort((a, b) => b.score - a.score || a.quoteStart - b.quoteStart);
}
