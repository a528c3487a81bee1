import type { MatchSpan } from '@/lib/match/types';
import type { CandidateEntity, EntityKind, Language } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import { isBigCompany } from './big-companies';
import { groupCandidates, type Occurrence } from './candidate-groups';
import { countryOfName } from './demonym-countries';
import { kindEvidence } from './entity-kind';
import { COMMON_ACRONYMS, DEAL_CUES, LEGAL_FORMS, NAME_PARTICLES, stopwords } from './entity-lexicon';
import { monthNames, weekdayNames } from './figures';
import { governmentMentions } from './government-names';
import { institutionTail, isInstitutionHead } from './institution-names';
import { COMPANY_AFTER, PERSON_AFTER, PLACE_AFTER } from './kind-lexicon';
import { lendListKinds } from './name-lists';
import { isCapital, nameKey, runs, splitAtParticles, splitConjunctions, type Token, tokens } from './name-runs';
import { isBrandShaped, namesInRun, type TrimContext } from './name-trim';
import { findParentheticals, type Parenthetical } from './parentheticals';
import { splitSentences, type TextRange } from './sentences';
import { frameText } from './text-frame';

/** Before a word, these make it the start of a sentence-like unit, where any word is capitalised. */
const OPENER_END = /[.!?:;«"“(¿¡—–•\n-]\s*$/u;
/**
 * French and Spanish sentences open on a participle, an adverb, a verb or an abstract noun more often than on a
 * bare name: "Fondée", "Actualmente", "Parece", "Acoger", "Retrouvez", "Certains".
 */
const NOT_A_NAME_START =
  /(?:ée?s?|ant|ment|ado|ada|ados|adas|ido|ida|idos|idas|ando|iendo|mente|aba|aban|ían?|amos|emos|imos|ción|sión|dad|ismo|ista|ar|er|ir|ez|ons|ait|aient|tion|sion|té|isme|iste|ains|aines)$/iu;
/**
 * After a French or Spanish subject comes its verb, not a preposition, an article or a conjunction ("Date de
 * publication"); French "y" is a pronoun ("Microsoft y a annoncé"), Spanish "y" a conjunction.
 */
const NEXT_IS_VERB: Record<Language, RegExp> = {
  fr: /^\s+(?!(?:de|du|des|la|le|les|l|en|et|pour|par|sur|au|aux|d)(?![\p{L}]))\p{Ll}/u,
  es: /^\s+(?!(?:de|del|la|el|los|las|en|y|o|con|por|para|a|al)(?![\p{L}]))\p{Ll}/u,
  en: /^(?!)/u,
  und: /^(?!)/u,
};
/** "Nvidia said in December": a speech verb after a word opening an English sentence makes it a subject. */
const SPEECH_VERB = /^\s+(?:said|says|announced|told|added|reported|confirmed|declined|unveiled)\b/u;
/** A ministry's head in lower case right before a capitalised portfolio ("ministère de la", "ministry of"). */
const MINISTRY_BEFORE =
  /(?<!\p{L})(?:ministère|ministere|ministerio|ministry|secrétariat|secretariat|département|departamento|department)\s+(?:de la |de l['’]|des |du |de |del |of the |of |for )$/u;
const MONTH_ABBREVIATION =
  /^(?:jan|feb|febr|mar|apr|avr|abr|jun|juil|jul|aug|ago|sep|sept|oct|nov|dec|dic|ene|janv|fevr)$/u;

const ANY_STOPWORD = stopwords('und');

/** Joins sentences cut after a middle initial or a title ("Manuel V. | Pangilinan", "M. | Sall"). */
function joinInitials(text: string, sentences: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const sentence of sentences) {
    const previous = out.at(-1);
    const sameLine = previous && !text.slice(previous.end, sentence.start).includes('\n');
    const next = /^\p{Lu}[\p{L}\p{M}'’-]*/u.exec(text.slice(sentence.start, sentence.end))?.[0] ?? '';
    const cut = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sr|Sra|Mme|St)\.$/u.test(
      text.slice(previous?.start ?? 0, previous?.end ?? 0),
    );
    if (previous && sameLine && cut && next && !ANY_STOPWORD.has(fold(next))) {
      previous.end = sentence.end;
    } else out.push({ ...sentence });
  }
  return out;
}

/** What `candidateEntities` may be told about the store besides the spans it matched. */
export interface CandidateOptions {
  /**
   * The kinds of the known entities the spans name: a known country or place may be part of a longer name ("Bank
   * of Thailand"), and a name listed with known companies is likely one ("Microsoft, Google and AWS").
   */
  kinds?: ReadonlyMap<string, EntityKind>;
  /**
   * ISO codes of the countries whose government the store already has: "the Uruguayan government" in English is
   * that government even when the store learnt it from a French article and knows only "gouvernement uruguayen".
   */
  governed?: ReadonlySet<string>;
}

const inside = (ranges: readonly TextRange[], r: TextRange) => ranges.some((x) => x.start <= r.start && r.end <= x.end);

/** The known span holding a range, by binary search over spans sorted by start. */
function spanFinder(spans: readonly MatchSpan[]): (r: TextRange) => MatchSpan | undefined {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (r) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found: MatchSpan | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sorted[mid] as MatchSpan;
      if (s.start <= r.start) {
        found = s;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && r.end <= found.end ? found : undefined;
  };
}

const isParticleWord = (t: Token) => NAME_PARTICLES.has(t.folded) && !/^\p{Lu}/u.test(t.text);

/** Cuts a run where a parenthesis the name does not include (a ticker, an abbreviation) lies inside it. */
function withoutParentheses(run: Token[], hidden: readonly TextRange[]): Token[][] {
  const out: Token[][] = [[]];
  for (const token of run) {
    if (inside(hidden, token)) out.push([]);
    else out.at(-1)?.push(token);
  }
  return out.filter((r) => r.length > 0);
}

/** "… a annoncé le groupe franco-italien (Euronext Paris : STMPA)": a ticker after a company's description. */
const DESCRIBED =
  /(?:^|\s)(?:le|la|l'|the|el|its|son|sa|su)\s+(?:[\w'-]+\s+){0,2}?(?:groupe|societe|entreprise|compagnie|company|group|firm|grupo|empresa|compania|operateur|operator|operadora|fabricant|maker|constructeur|geant|giant|gigante|firme)(?:\s+[\w'-]+){0,2}\s*$/u;

/**
 * Attaches each ticker and abbreviation to the name written right before it (past a legal form or a comma), or,
 * after a company's description, to the sentence's company.
 */
function attach(text: string, occurrences: readonly Occurrence[], parens: readonly Parenthetical[], legal: RegExp) {
  for (const paren of parens) {
    if (paren.kind === 'expansion') continue;
    const preceding = occurrences.filter((o) => o.end <= paren.start);
    const before = preceding.filter((o) => o.sentence.start <= paren.start && paren.start < o.sentence.end);
    let owner = preceding.at(-1);
    const gap = owner ? text.slice(owner.end, paren.start) : '';
    if (!owner || gap.length > 40 || gap.replace(legal, '').trim() !== '') {
      const described =
        paren.kind === 'ticker' && DESCRIBED.test(fold(text.slice(Math.max(0, paren.start - 60), paren.start)));
      owner = described
        ? (before.find((o) => (o.kind.company ?? 0) >= 3) ?? before.find((o) => o.start === o.sentence.start))
        : undefined;
    }
    if (!owner) continue;
    // "Internet (FAI)": a one-word name takes only an abbreviation that starts like it.
    const initialOf = (s: string) => fold(s).replace(/^(?:l'|la |el |the )/u, '')[0];
    if (
      paren.kind === 'abbreviation' &&
      owner.words.length === 1 &&
      initialOf(owner.name) !== initialOf(paren.aliases[0] ?? '')
    ) {
      continue;
    }
    owner.aliases.push(...paren.aliases);
    if (paren.kind === 'ticker') owner.kind.company = (owner.kind.company ?? 0) + 6;
    owner.supported = true;
  }
}

/**
 * Proposes the names an article mentions that the store does not know. Reads a framed copy of the text
 * (lib/extract/text-frame: soft line breaks joined, an all-caps dateline re-cased, bylines and credits marked),
 * takes runs of capitalised words joined by particles ("Tecnológico Nacional de México", "Mohamed bin Salmán"),
 * continues French and Spanish institutions in lower case ("Agence nationale de cybersécurité"), and judges
 * each (lib/extract/name-trim): titles and portfolios out, known names trimmed unless a country is part of a
 * longer name, demonyms, directions and bare legal forms dropped. Tickers and abbreviations in parentheses become
 * aliases of the name before them (lib/extract/parentheticals). A single word opening a sentence counts only
 * with support (named elsewhere, shaped like a brand, described). Kinds come from evidence
 * (lib/extract/entity-kind); names are grouped and ranked by lib/extract/candidate-groups.
 */
export function candidateEntities(
  text: string,
  lang: Language,
  knownSpans: readonly MatchSpan[],
  options: CandidateOptions = {},
): CandidateEntity[] {
  const frame = frameText(text);
  const framed = frame.text;
  // A dateline's "(Reuters)" is a credit, not an abbreviation of the place before it.
  const parens = findParentheticals(framed).filter((p) => !inside(frame.credits, p));
  const hidden: TextRange[] = parens;
  const abbreviations = new Set(parens.filter((p) => p.kind === 'abbreviation').flatMap((p) => p.aliases));
  const months = monthNames(lang);
  const days = weekdayNames(lang);
  const knownAt = spanFinder(knownSpans);
  const sentences = joinInitials(framed, splitSentences(framed, lang));
  const lowerWords = new Set([...framed.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}\p{M}]*/gu)].map((m) => fold(m[0])));
  let current: TextRange = { start: 0, end: 0 };
  const ctx: TrimContext = {
    text: framed,
    stop: stopwords(lang),
    calendar: (t) =>
      months.has(t.folded) ||
      days.has(t.folded) ||
      (MONTH_ABBREVIATION.test(t.folded.replace(/\.$/u, '')) &&
        /^\.?\s*\d|^\s*\d/u.test(framed.slice(t.end, t.end + 3))),
    known: (t) => {
      const span = knownAt(t);
      if (!span) return undefined;
      const kind = options.kinds?.get(span.entityId);
      return kind === 'country' || kind === 'place' ? 'place' : 'other';
    },
    initial: (t) => opens(current, t.start),
    dateline: (t) => inside(frame.datelines, t),
    common: (t) => lowerWords.has(t.folded),
    span: (t) => knownAt(t),
  };
  const forms = [...LEGAL_FORMS].sort((a, b) => b.length - a.length).map((f) => f.replace(/\./gu, '\\.'));
  /** Whether `at` opens a sentence-like unit; reads a few characters back only (sentences can be long). */
  function opens(sentence: TextRange, at: number): boolean {
    const from = Math.max(sentence.start, at - 8);
    const before = framed.slice(from, at);
    return OPENER_END.test(before) || (from === sentence.start && before.trim() === '');
  }
  const legal = new RegExp(`[\\s,]|(?<!\\p{L})(?:${forms.join('|')}|de)(?!\\p{L})`, 'giu');

  const found: { run: Token[]; sentence: TextRange }[] = [];
  for (const sentence of sentences) {
    for (const raw of runs(framed, sentence)) {
      for (const part of withoutParentheses(raw, hidden)) {
        // French writes a ministry in lower case: "le ministère de la Transition numérique…" names one.
        const lead = MINISTRY_BEFORE.exec(
          framed.slice(Math.max(sentence.start, (part[0]?.start ?? 0) - 40), part[0]?.start ?? 0),
        );
        const run = lead
          ? [...tokens(framed, { start: (part[0]?.start ?? 0) - lead[0].length, end: part[0]?.start ?? 0 }), ...part]
          : part;
        const end = run.at(-1)?.end ?? sentence.end;
        // Only an institution's head reads on; it reads a few words at most.
        const head = isInstitutionHead(run.at(-1)) || isInstitutionHead(run[0]);
        const after = head ? tokens(framed, { start: end, end: Math.min(sentence.end, end + 240) }) : [];
        found.push({ run: [...run, ...institutionTail(framed, run, after)], sentence });
      }
    }
  }
  const alone = new Set(found.map((f) => nameKey(f.run)));
  const occurrences: Occurrence[] = [];
  for (const { run, sentence } of found) {
    current = sentence;
    const cued = DEAL_CUES.test(fold(framed.slice(sentence.start, sentence.end)));
    for (const part of splitConjunctions(framed, splitAtParticles(run), alone)) {
      for (const { words, titled } of namesInRun(part, ctx)) {
        const occurrence = judge(words, titled, sentence, cued);
        if (occurrence) occurrences.push(occurrence);
      }
    }
  }
  for (const paren of parens) {
    if (!paren.expansion) continue;
    const sentence = sentences.find((s) => s.start <= paren.start && paren.end <= s.end) ?? paren;
    const words = tokens(framed, paren.expansion).filter((t) => isCapital(t) || t.text.length > 0);
    const occurrence = judge(words, false, sentence, false);
    if (occurrence)
      occurrences.push({
        ...occurrence,
        name: framed.slice(paren.expansion.start, paren.expansion.end),
        aliases: [...paren.aliases],
        supported: true,
        initial: false,
      });
  }
  for (const g of governmentMentions(framed, (r) => {
    const span = knownAt(r);
    const kind = span ? options.kinds?.get(span.entityId) : undefined;
    return { code: countryOfName(framed.slice(r.start, r.end)), place: kind === 'place' || kind === 'country' };
  })) {
    // A government the store already knows ("gouvernement mexicain") is no proposal.
    if (knownAt(g) || options.governed?.has(g.key.replace(/^gov:/, ''))) continue;
    const sentence = sentences.find((x) => x.start <= g.start && g.end <= x.end) ?? g;
    occurrences.push({
      ...g,
      initial: false,
      supported: true,
      kind: { government: 8 },
      words: g.name.split(' ').map(fold),
      sentence,
      cued: DEAL_CUES.test(fold(framed.slice(sentence.start, sentence.end))),
      credit: false,
      aliases: [g.alias],
    });
  }
  occurrences.sort((a, b) => a.start - b.start);
  attach(framed, occurrences, parens, legal);
  lendListKinds(framed, occurrences, knownSpans, options.kinds);
  return groupCandidates(text, occurrences);

  function judge(all: Token[], titled: boolean, sentence: TextRange, cued: boolean): Occurrence | undefined {
    // "la Secretaría de … de la PCM": the abbreviation of another name ends this one's complement, not its name.
    const tail = all.at(-1);
    const cut =
      tail && abbreviations.has(tail.text) && all.length >= 4
        ? all.findLastIndex((w, i) => i < all.length - 1 && !isParticleWord(w))
        : -1;
    const words = cut > 0 ? all.slice(0, cut + 1) : all;
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last) return undefined;
    const single = words.length === 1;
    // A capitalised common noun ("Shares"), or one shouted in capitals ("STOLEN", "SIGN UP FOR OUR NEWSLETTER").
    const shouted = /^\p{Lu}{4,}$/u.test(first.text);
    if (single && (!isBrandShaped(first) || shouted) && lowerWords.has(first.folded)) return undefined;
    if (words.length >= 2 && words.every((w) => !/\p{Ll}/u.test(w.text)) && words.some((w) => ctx.stop.has(w.folded))) {
      return undefined;
    }
    const range = { start: first.start, end: last.end };
    const before = framed.slice(Math.max(sentence.start, first.start - 120), first.start);
    const after = framed.slice(last.end, Math.min(sentence.end, last.end + 120));
    // A currency prefix is not a name: "US$ 1.200 millones", "R$14.7 billion", "NZ$ 27.8b".
    if (/^[$€£¥]/u.test(after)) return undefined;
    const foldedAfter = fold(text.slice(last.end, Math.min(sentence.end, last.end + 120)));
    const dateline = inside(frame.datelines, range);
    const heading = inside(frame.headings, range) && !dateline;
    const initial = (heading || (single && opens(sentence, first.start))) && !dateline;
    // A photo credit: "CreditKevin Frayer", "Thomas Coex/AFP/Getty Images".
    const photoCredit = words.some((w) => w.credit) || framed[last.end] === '/' || framed[first.start - 1] === '/';
    const legalAfter = /^,?\s*(?:S\.A\.|S\.A\.B\.|Inc\.?|Ltd\.?|LLC|S\.L\.|GmbH|plc|Corp\.?)(?!\p{L})/u.test(after);
    const supported =
      (dateline ||
        (isBrandShaped(first) && !COMMON_ACRONYMS.has(first.folded)) ||
        /^['’]s\b/u.test(text.slice(last.end, last.end + 3)) ||
        COMPANY_AFTER.test(foldedAfter) ||
        PERSON_AFTER.test(foldedAfter) ||
        PLACE_AFTER.test(foldedAfter) ||
        first.based === true ||
        (NEXT_IS_VERB[lang].test(after) && !NOT_A_NAME_START.test(first.text)) ||
        (single && SPEECH_VERB.test(after) && (!/s$/u.test(first.text) || isBrandShaped(first))) ||
        isBigCompany(first.text)) &&
      !heading;
    // "Gobierno de Chile", "Government of Chile": one government, however the text writes it.
    const government =
      words.length >= 3 && /^(?:gobierno|gouvernement|government)$/u.test(first.folded)
        ? countryOfName(framed.slice(words[2]?.start ?? 0, last.end))
        : undefined;
    const written = framed.slice(range.start, range.end).replace(/\s+/gu, ' ');
    return {
      ...range,
      // "ministère de la Transition numérique" is filed as "Ministère de la Transition numérique".
      name: first.lower || /^\p{Ll}/u.test(written) ? written.charAt(0).toUpperCase() + written.slice(1) : written,
      key: government ? `gov:${government}` : nameKey(words),
      initial,
      supported,
      kind: kindEvidence({
        words: words.map((w) => w.text),
        before,
        after,
        legalSuffix: (words.length > 1 && LEGAL_FORMS.has(last.folded)) || legalAfter,
        titled,
        dateline,
      }),
      words: words.map((w) => w.folded),
      personShaped:
        words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w.text)),
      sentence,
      cued,
      credit: (inside(frame.credits, range) || photoCredit) && !dateline,
      aliases: [],
    };
  }
}
