import { fold } from '@/lib/text/fold';
import { isDemonym, isDemonymPhrase } from './demonyms';
import { isKindWord, kindOfWord } from './entity-kind';
import {
  ARTICLES,
  COMMON_ACRONYMS,
  DIRECTIONS,
  LEGAL_FORMS,
  NAME_PARTICLES,
  PHRASE_WORDS,
  PORTFOLIO_WORDS,
  TITLE_MODIFIERS,
  TITLES,
} from './entity-lexicon';
import { KIND_WORDS } from './kind-lexicon';
import type { Token } from './name-runs';

/** What judging a run needs to know about its text. */
export interface TrimContext {
  /** The framed text (same offsets as the article's). */
  text: string;
  /** Stopwords of the text's language. */
  stop: ReadonlySet<string>;
  /** Months, weekdays: never part of a name. */
  calendar: (t: Token) => boolean;
  /** How the store knows the word at this token: a place or country, another entity, or not at all. */
  known: (t: Token) => 'place' | 'other' | undefined;
  /** Whether the token opens its sentence (or follows a quote or a colon). */
  initial: (t: Token) => boolean;
  /** Whether the token is part of a dateline's place ("Santiago de Chile.-"). */
  dateline: (t: Token) => boolean;
  /** Whether the text also writes the word in lower case: a common noun. */
  common: (t: Token) => boolean;
  /** The known span a token lies in, if any. */
  span: (t: Token) => { start: number; end: number } | undefined;
}

/** A name found in a run, with what was stripped off its front. */
export interface TrimmedName {
  words: Token[];
  /** A title stood before it ("Président Macron", "Indosat CEO Vikram Sinha"). */
  titled: boolean;
}

const isParticle = (t: Token | undefined) =>
  t !== undefined && NAME_PARTICLES.has(t.folded) && !/^\p{Lu}/u.test(t.text);
const PROGRAM_WORDS = new Set([
  ...(KIND_WORDS.find((k) => k.kind === 'program')?.words ?? []),
  'digital',
  'horizon',
  'horizonte',
  'objectif',
  'objetivo',
  'meta',
]);
const YEAR = /^(?:19|20)\d\d$/u;

function trimParticles(words: readonly Token[]): Token[] {
  let from = 0;
  let to = words.length;
  while (from < to && isParticle(words[from])) from++;
  while (to > from && isParticle(words[to - 1])) to--;
  return words.slice(from, to);
}

const isTitleCore = (t: Token) => TITLES.has(t.folded.replace(/\.$/u, '')) && !isKindWord(t.folded);
const isTitleWord = (t: Token) => isTitleCore(t) || TITLE_MODIFIERS.has(t.folded);

/** Title chains in a run: "Deputy Prime Minister", "Chief Executive Officer", "CEO", "Président". */
function titleChains(run: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < run.length) {
    const word = run[i];
    // "Université Cheikh Anta Diop", "Aeropuerto Presidente Perón": named after a person, title and all.
    const headKind = i > 0 ? kindOfWord(run[i - 1]?.folded ?? '') : undefined;
    const named = headKind === 'organization' || headKind === 'place';
    if (!word || !isTitleWord(word) || word.lower || named) {
      i++;
      continue;
    }
    let j = i;
    while (j < run.length && run[j] && isTitleWord(run[j] as Token)) j++;
    const chain = run.slice(i, j);
    const modifiers = chain.filter((t) => !isTitleCore(t)).map((t) => t.folded);
    if (chain.some(isTitleCore) || (chain.length >= 2 && modifiers.includes('chief'))) out.push([i, j]);
    i = j;
  }
  return out;
}

/** Portfolio words, particles, known names and demonyms: what a minister's title is "of". */
const isPortfolio = (t: Token, ctx: TrimContext) =>
  PORTFOLIO_WORDS.has(t.folded) || isParticle(t) || ctx.known(t) !== undefined || isDemonym(t.text);

const MINISTRY_HEADS = new Set(['ministry', 'ministerio', 'ministere', 'department', 'departement', 'secretaria']);

/** Corporate titles name an employer after them ("PDG de Google Cloud"), not a portfolio. */
const EMPLOYER_TITLES =
  /^(?:president|presidente|presidenta|pdg|ceo|director|directeur|directrice|directora|fondateur|founder|fundador|fundadora|gerente|chairman|analyste|analyst|analista|economist|economiste|economista)$/u;
/** Between a minister's title and the run: portfolio words, particles, "chargée de", commas of an enumeration. */
const PORTFOLIO_GLUE = /^(?:charge|chargee|delegue|deleguee|a|au|aux|en|et|y|and|the|l|d|,)$/u;

/**
 * Whether the run stands right after a minister's title and its portfolio ("la ministra de Economía…", "le
 * ministre de l’Économie, de l’Innovation et de l’Énergie"): then the run is a portfolio, not an entity.
 */
function afterPortfolioTitle(ctx: TrimContext, first: Token): boolean {
  const before = fold(ctx.text.slice(Math.max(0, first.start - 120), first.start));
  const clause = before.split(/[.;:()«»"“”\n]/u).at(-1) ?? '';
  const words = clause
    .replace(/,/gu, ' , ')
    .split(/[\s']+/u)
    .filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (TITLES.has(w) || TITLE_MODIFIERS.has(w)) return i < words.length - 1 && !EMPLOYER_TITLES.test(w);
    // "Ministerio de Obras Públicas, Servicios y Vivienda": the rest of a ministry's portfolio.
    if (MINISTRY_HEADS.has(w)) return words.slice(i + 1).includes(',');
    if (w === ',' && !NAME_PARTICLES.has(words[i + 1] ?? '') && !PORTFOLIO_GLUE.test(words[i + 1] ?? '')) return false;
    if (!(NAME_PARTICLES.has(w) || ARTICLES.has(w) || PORTFOLIO_WORDS.has(w) || PORTFOLIO_GLUE.test(w))) return false;
  }
  return false;
}

/** Trims the ends of one segment of a run; returns what is left, maybe nothing. */
function trimEnds(segment: readonly Token[], ctx: TrimContext): Token[] {
  let words = trimParticles(segment);
  // After a country, the rest of the run names something of its own when it is no common word, or when it goes on
  // to a head word or two more capitals ("Vietnam National University", "Africa Infrastructure Monitor").
  const longer = (other: Token) => {
    const after = words.slice(words.indexOf(other));
    return after.some((w) => isKindWord(w.folded)) || after.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 2;
  };
  const placeCompound = (known: Token, other: Token | undefined) =>
    ctx.known(known) === 'place' &&
    other !== undefined &&
    /^\p{Lu}/u.test(other.text) &&
    !ctx.known(other) &&
    (!ctx.common(other) || isKindWord(other.folded) || longer(other)) &&
    !ctx.stop.has(other.folded) &&
    !isDemonym(other.text) &&
    !isTitleWord(other);
  for (;;) {
    const first = words[0];
    if (!first) return [];
    const second = words[1];
    const initial = ctx.initial(first);
    if (ctx.stop.has(first.folded) && !ctx.dateline(first) && (initial || !ARTICLES.has(first.folded) || !second)) {
      words = trimParticles(words.slice(1));
    } else if (
      ctx.calendar(first) ||
      (COMMON_ACRONYMS.has(first.folded) && words.length > 1 && !/^\p{Lu}[\p{Ll}]/u.test(second?.text ?? ''))
    ) {
      words = trimParticles(words.slice(1));
    } else if (ctx.known(first)) {
      // A known name is kept or dropped whole ("New Zealand Department of Conservation" is not "Zealand …").
      const span = ctx.span(first);
      const inSpan = words.filter((w) => span && w.start >= span.start && w.end <= span.end).length;
      const next = words[inSpan];
      const startsSpan = span !== undefined && span.start === first.start;
      if (startsSpan && placeCompound(first, next) && !isParticle(next)) break;
      words = trimParticles(words.slice(Math.max(1, inSpan)));
    } else if (
      initial &&
      isParticle(second) &&
      !ctx.dateline(first) &&
      (ctx.common(first) || /^\p{Lu}\p{Ll}+s$/u.test(first.text)) &&
      !isKindWord(first.folded)
    ) {
      // "Shares of America Movil": a common noun opening the sentence before "of" is not part of the name.
      words = trimParticles(words.slice(1));
    } else break;
  }
  for (;;) {
    const last = words.at(-1);
    if (!last) return [];
    const span = ctx.known(last) ? ctx.span(last) : undefined;
    const inSpan = span ? words.filter((w) => w.start >= span.start && w.end <= span.end).length : 0;
    const before = words.at(-1 - Math.max(1, inSpan));
    const institution = words.some((w) => !ctx.known(w) && isKindWord(w.folded));
    if (ctx.calendar(last) && words.length > 1) words = trimParticles(words.slice(0, -1));
    else if (ctx.known(last) === 'place' && isParticle(before) && (institution || ctx.dateline(last))) break;
    else if (ctx.known(last) && !(placeCompound(last, before) && !isParticle(before))) {
      words = trimParticles(words.slice(0, -Math.max(1, inSpan)));
    } else if (YEAR.test(last.text) && !words.some((w) => PROGRAM_WORDS.has(w.folded))) {
      words = trimParticles(words.slice(0, -1));
    } else break;
  }
  return words;
}

/** Whether what is left names nothing: demonyms, directions, legal forms, titles, a generic head, a stray word. */
function namesNothing(words: readonly Token[], ctx: TrimContext): boolean {
  const content = words.filter((w) => !isParticle(w));
  if (content.length === 0) return true;
  if (isDemonymPhrase(content.map((w) => w.text))) return true;
  // "Kiss Was Beautiful", "Let There Be Neon": a title-cased phrase.
  if (content.length >= 2 && content.slice(1).some((w) => PHRASE_WORDS.has(w.folded))) return true;
  if (content.every((w) => ctx.known(w) !== undefined)) return true;
  if (
    content.every((w) => isDemonym(w.text) || DIRECTIONS.has(w.folded) || LEGAL_FORMS.has(w.folded) || isTitleWord(w))
  ) {
    return true;
  }
  if (content.length === 1) {
    const only = content[0] as Token;
    if (only.text.length < 2 || /^\p{N}/u.test(only.text) || isKindWord(only.folded)) return true;
    if (COMMON_ACRONYMS.has(only.folded) || ctx.stop.has(only.folded)) return true;
  }
  // "Transformación Digital", "Communications": a portfolio, not an institution.
  return content.every((w) => PORTFOLIO_WORDS.has(w.folded)) && !content.some((w) => isKindWord(w.folded));
}

/**
 * The names a run of capitalised words holds. Titles split it ("Indosat Chief Executive Officer Vikram Sinha" →
 * Indosat, and Vikram Sinha as a titled person); a portfolio after a minister's title is no name ("Economy
 * Secretary", "ministra de Economía y Finanzas"); a known name at an end is trimmed off, unless a country or place
 * is part of a longer name ("Electricity Generating Company of Thailand", "Bell Canada", "Kenya Advanced
 * Institute…"); demonyms, directions and bare legal forms alone name nothing.
 */
export function namesInRun(run: readonly Token[], ctx: TrimContext): TrimmedName[] {
  const out: TrimmedName[] = [];
  const first = run[0];
  if (!first) return out;
  let rest: readonly Token[] = run;
  if (afterPortfolioTitle(ctx, first)) {
    let i = 0;
    while (i < rest.length && isPortfolio(rest[i] as Token, ctx)) i++;
    rest = rest.slice(i);
  }
  let titled = false;
  let from = 0;
  const pieces: { words: readonly Token[]; titled: boolean }[] = [];
  for (const [start, end] of titleChains(rest)) {
    const before = rest.slice(from, start);
    // "Economy Secretary", "Thai Deputy Prime Minister": a portfolio or a nationality before a title goes.
    if (!before.every((t) => isPortfolio(t, ctx) || DIRECTIONS.has(t.folded))) pieces.push({ words: before, titled });
    titled = true;
    from = end;
    // "Minister of Foreign Affairs Ahmed Khan": the portfolio after the title goes too.
    if (isParticle(rest[from])) {
      while (from < rest.length && isPortfolio(rest[from] as Token, ctx)) from++;
    }
  }
  pieces.push({ words: rest.slice(from), titled });
  for (const piece of pieces) {
    const words = trimEnds(piece.words, ctx);
    if (words.length > 0 && !namesNothing(words, ctx)) out.push({ words, titled: piece.titled });
  }
  return out;
}

/** Whether a token is written like a brand or an acronym (capitals or digits past its first letter). */
export function isBrandShaped(t: Token): boolean {
  return /^\p{Lu}.*(?:\p{Lu}|\p{N})/u.test(t.text) && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(t.text);
}
