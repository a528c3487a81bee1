import type { TextRange } from '@/lib/extract/sentences';
import { GENERIC_MEASURES, type Measure } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import type { ArticleNames, NameAt, NamedThing } from './article-names';
import type { ArticleReading } from './article-reading';
import {
  ANOTHER_DEAL,
  CONTRIBUTION,
  DEAL_ANAPHORS,
  DEAL_HISTORY,
  DIGITAL_ECONOMY,
  EARLIER_DEAL,
  ECONOMY_MINISTRY,
  ECONOMY_SCOPE,
  GOVERNMENT_GOAL,
  MARKET_SCOPE,
  OTHER_PROJECT,
  REGION_SCOPE,
  STOCK_EXCHANGES,
  stems,
  WORLD_SCOPE,
} from './capture-words';
import type { DealFrame } from './deal-frame';

/** Why a figure is, or is not, the deal's. */
export type ScopeReason =
  | 'names-party'
  | 'names-host'
  | 'refers-back'
  | 'follows-deal'
  | 'other-company'
  | 'other-country'
  | 'world'
  | 'economy'
  | 'earlier-deal'
  | 'market'
  | 'other-project'
  | 'page-chrome'
  | 'source-date'
  | 'no-clue';

/** What a figure of the article is about, as far as its words tell (issue 20). */
export interface FigureScope {
  scope: 'deal' | 'other' | 'unsure';
  reason: ScopeReason;
  /** For `other`: the store entity the figure is about, when the article names one next to it. */
  about?: string;
}

/** A figure to place: where it stands and what it measures. */
export interface ScopedFigure extends TextRange {
  measure?: Measure;
}

type Side = 'party' | 'host' | 'other-org' | 'other-country' | 'neutral';

/** Which side of the deal a named thing is on. */
function sideOf(thing: NamedThing, frame: DealFrame): Side {
  const parties = new Set(
    [frame.investor?.key, ...frame.partners.map((p) => p.key), ...frame.parents.map((p) => p.key)].filter(Boolean),
  );
  const related = (key?: string) => key !== undefined && parties.has(key);
  if (related(thing.key) || related(thing.maker) || related(thing.employer)) return 'party';
  const investor = frame.investor;
  if (investor?.entity && thing.entity) {
    // The investor's parent or subsidiaries speak for the same side ("Amazon" in an AWS story).
    const tied = (a: NamedThing, b: NamedThing) =>
      a.entity?.relations.some((r) => r.kind === 'subsidiary-of' && `entity:${r.target}` === b.key) === true;
    if (tied(thing, investor) || tied(investor, thing)) return 'party';
  }
  if (investor && !thing.entity && fold(thing.name).startsWith(`${fold(investor.name)} `)) return 'party';
  // The investor's short name: "Nuvia" for Nuvia Systèmes, "Rift Compute" for Rift Compute Holdings — a name
  // the article gives without its company word once it has given it whole.
  if (
    !thing.entity &&
    !thing.country &&
    thing.kind !== 'person' &&
    isShortFormOf(thing, [investor, ...frame.partners])
  ) {
    return 'party';
  }
  if (thing.country) return frame.host && thing.country === frame.host.country ? 'host' : 'other-country';
  return isAnotherOrg(thing) ? 'other-org' : 'neutral';
}

/** Whether a new name is the first word(s) of a party's name, long enough to be no generic word ("Cloud"). */
function isShortFormOf(thing: NamedThing, parties: readonly (NamedThing | undefined)[]): boolean {
  const short = fold(thing.name);
  if (short.length < 4 || GENERIC_SHORT_FORMS.has(short)) return false;
  return parties.some((p) => p !== undefined && p.kind !== 'government' && fold(p.name).startsWith(`${short} `));
}

/** First words of a company's name that are no short form of it. */
const GENERIC_SHORT_FORMS = new Set(['grupo', 'groupe', 'group', 'banco', 'banque', 'bank', 'the', 'compagnie']);

/** An organisation word inside a name: "Banco Central", "Pan-African Infrastructure Fund", "Grupo México". */
const ORG_WORDS = stems(
  'bank',
  'banco',
  'banque',
  'fund',
  'fondo',
  'fonds',
  'group',
  'grupo',
  'groupe',
  'capital',
  'holdings?',
  'corp',
  'corporation',
  'corporacion',
  'inc',
  'ltd',
  'plc',
  'sa',
  's\\.a\\.',
  'sas',
  'gmbh',
  'jsc',
  'company',
  'compania',
  'compagnie',
  'energ',
  'telecom',
  'electric',
  'electronics',
  'motors',
  'systems',
  'technologies',
  'partners',
);

/**
 * Whether a named thing is another organisation that a figure may be about: a store company or organisation, or
 * a new name that is surely one (guessed a company, or with an organisation's word in it). A name guessed only
 * "organization" — the name finder's least committal guess, often a person, a place or a fragment — is not.
 */
function isAnotherOrg(thing: NamedThing): boolean {
  if (thing.entity) return ['company', 'organization', 'program'].includes(thing.entity.kind);
  if (STOCK_EXCHANGES.has(fold(thing.name)) || /^\p{Lu}{1,3}$/u.test(thing.name)) return false;
  if (thing.kind === 'company') return true;
  return thing.kind === 'organization' && (thing.acts === true || ORG_WORDS.test(fold(thing.name)));
}

/** Distance from a name to a figure; a name after the figure counts a little farther (subjects come first). */
function distance(at: NameAt, figure: TextRange): number {
  return at.end <= figure.start ? figure.start - at.end : at.start - figure.end + 8;
}

/** The decision the names of one stretch of text give, or undefined when they give none. */
function byNames(names: readonly NameAt[], figure: TextRange, frame: DealFrame): FigureScope | undefined {
  const sided = names
    .filter((at) => at.end <= figure.start || at.start >= figure.end)
    .map((at) => ({ at, side: sideOf(at.thing, frame) }))
    .filter((n) => n.side !== 'neutral');
  if (sided.length === 0) return undefined;
  const nearest = (list: typeof sided) =>
    list.reduce((a, b) => (distance(b.at, figure) < distance(a.at, figure) ? b : a));
  const aboutOf = (n: (typeof sided)[number]) => n.at.thing.entity?.id;
  // Who acts decides first: an organisation of the deal, or another one.
  const orgs = sided.filter((n) => n.side === 'party' || n.side === 'other-org');
  if (orgs.length > 0) {
    const near = nearest(orgs);
    if (near.side === 'other-org') return { scope: 'other', reason: 'other-company', about: aboutOf(near) };
    const places = sided.filter((n) => n.side === 'host' || n.side === 'other-country');
    const place = places.length > 0 ? nearest(places) : undefined;
    // The party acts, but where? The place named nearest the figure says ("… et de Querétaro, prévue pour 2026").
    if (place?.side === 'other-country') return { scope: 'other', reason: 'other-country', about: aboutOf(place) };
    return { scope: 'deal', reason: 'names-party' };
  }
  const near = nearest(sided);
  if (near.side === 'other-country') return { scope: 'other', reason: 'other-country', about: aboutOf(near) };
  return { scope: 'deal', reason: 'names-host' };
}

/** Whether the clause, without the figure's own words, places it in another, earlier deal. */
function earlier(reading: ArticleReading, clause: TextRange, figure: TextRange, year?: number): boolean {
  const words = `${reading.text.slice(clause.start, figure.start)} ${reading.text.slice(figure.end, clause.end)}`;
  if (EARLIER_DEAL.test(fold(words))) return true;
  // A year before the article's, next to an amount or a count: what was done then ("invirtió en 2021") — unless
  // the clause speaks of a step of this deal (its tender, its talks).
  if (year === undefined || DEAL_HISTORY.test(fold(words))) return false;
  return [...words.matchAll(/(?<!\d)(20\d\d|19\d\d)(?!\d)/gu)].some((m) => Number(m[1]) < year);
}

const DATES = new Set<Measure | undefined>([
  'announcement-date',
  'signing-date',
  'launch-date',
  'start-date',
  'completion-date',
  'target-date',
  'since-date',
  'licence-date',
  'date',
]);

/**
 * What each figure of an article is about: the deal the article reports (`deal`), something else (`other`:
 * another company, another country, the world, the country's economy, an earlier deal, page chrome), or
 * `unsure`. Read from the figure's clause first, then its sentence, then words that refer back ("le projet",
 * "the company") or the sentences before it. Only `deal` figures are filed with one click; the others stay
 * offered to the reader. Pure.
 */
export function scopeFigures(
  reading: ArticleReading,
  names: ArticleNames,
  frame: DealFrame,
  figures: readonly ScopedFigure[],
  articleYear?: number,
): FigureScope[] {
  // What each sentence is about by its names alone, for sentences that name nothing to follow: the deal when it
  // names a party, something else when it names only others.
  const sentenceScope = reading.sentences.map((s) => {
    const sides = new Set(
      names.occurrences.filter((o) => o.start >= s.start && o.end <= s.end).map((o) => sideOf(o.thing, frame)),
    );
    if (sides.has('party')) return 'deal';
    return sides.has('other-org') || sides.has('other-country') ? 'other' : undefined;
  });
  return figures.map((figure) => {
    if (reading.inChrome(figure)) return { scope: 'other', reason: 'page-chrome' };
    if (figure.measure === 'source-date') return { scope: 'other', reason: 'source-date' };
    const index = reading.sentenceIndex(figure.start);
    const sentence = reading.sentenceAt(figure.start);
    const clause = reading.clause(figure, 0);
    const wide = reading.clause(figure, 60);
    // A ministry of the economy is a name, not the economy: its words are left out of the scope words.
    const clauseWords = withoutEconomyNames(fold(reading.text.slice(clause.start, clause.end)));
    if (WORLD_SCOPE.test(clauseWords) || WORLD_SCOPE.test(opening(reading, sentence))) {
      return { scope: 'other', reason: 'world' };
    }
    const leading = withoutEconomyNames(fold(reading.text.slice(sentence.start, figure.start)));
    if ((ECONOMY_SCOPE.test(clauseWords) || ECONOMY_SCOPE.test(leading)) && !CONTRIBUTION.test(clauseWords)) {
      return { scope: 'other', reason: 'economy' };
    }
    const sentenceWords = fold(reading.text.slice(sentence.start, sentence.end));
    if (MARKET_SCOPE.test(clauseWords)) return { scope: 'other', reason: 'market' };
    if (REGION_SCOPE.test(clauseWords)) return { scope: 'other', reason: 'world' };
    // Another project's figure, or its apposition: "KenGen's new 140MW Olkaria plant, a $400m project".
    const apposition = /^(?:an?|un|une|una|the)\s/iu.test(reading.text.slice(clause.start, clause.end));
    const near = apposition ? fold(reading.text.slice(wide.start, wide.end)) : clauseWords;
    if (OTHER_PROJECT.test(near)) return { scope: 'other', reason: 'other-project' };
    // "Another geothermal data centre in Kenya, proposed by Falcon Grid and also valued at $1 billion".
    if (ANOTHER_DEAL.test(sentenceWords) && !ANOTHER_DEAL.test(fold(reading.title))) {
      return { scope: 'other', reason: 'earlier-deal' };
    }
    const isDate = DATES.has(figure.measure);
    if (!isDate && earlier(reading, wide, figure, articleYear)) return { scope: 'other', reason: 'earlier-deal' };
    if (isDate && pastDate(reading, figure, articleYear)) return { scope: 'other', reason: 'earlier-deal' };
    // A supplier named with its product ("20 000 processeurs Nvidia") is what the deal buys, not who the figure is about.
    const named = names.occurrences.filter((o) => !isSupplier(reading.text, o));
    const inClause = named.filter((o) => o.start >= clause.start && o.end <= clause.end);
    const inSentence = named.filter((o) => o.start >= sentence.start && o.end <= sentence.end);
    const fromClause = byNames(inClause, figure, frame);
    if (fromClause) {
      // "… au Mexique, où AWS ouvrira aussi trois zones": the party acts, but in another country.
      const places = inSentence.map((o) => sideOf(o.thing, frame));
      if (fromClause.scope === 'deal' && places.includes('other-country') && !places.includes('host')) {
        return { scope: 'other', reason: 'other-country' };
      }
      return guard(fromClause, reading.isDealSentence(index), figure.measure, sentenceWords);
    }
    const fromSentence = byNames(inSentence, figure, frame);
    if (fromSentence) return guard(fromSentence, reading.isDealSentence(index), figure.measure, sentenceWords);
    const before = sentenceScope.slice(Math.max(0, index - 3), index).findLast((s) => s !== undefined);
    if (DEAL_ANAPHORS.test(sentenceWords) && before !== 'other') return { scope: 'deal', reason: 'refers-back' };
    if (before === 'deal') return firm({ scope: 'deal', reason: 'follows-deal' }, figure.measure);
    if (before === 'other') return { scope: 'other', reason: 'other-company' };
    return { scope: 'unsure', reason: 'no-clue' };
  });
}

/** Folded words without the economy's names that are no economy: a ministry's, the digital economy. */
function withoutEconomyNames(words: string): string {
  return words.replace(ECONOMY_MINISTRY, 'ministry').replace(DIGITAL_ECONOMY, 'digital');
}

/** Hardware a deal buys: a company named right before or after one of these is its supplier. */
const PRODUCTS =
  '(?:graphics processors?|processeurs graphiques|procesadores graficos|processors?|processeurs?|procesadores?|gpus?|chips?|puces?|semiconductors?|semi-conducteurs?|servers?|serveurs?|servidores?|accelerators?|accelerateurs?|aceleradores?|equipment|equipements?|equipos?|turbines?|turbinas?|supercomputers?|supercalculateurs?|supercomputadoras?)';
const PRODUCT_BEFORE = new RegExp(`${PRODUCTS}(?: [a-z-]+)?\\s*$`, 'u');
const PRODUCT_AFTER = new RegExp(`^\\s*(?:[a-z0-9-]+ )?${PRODUCTS}(?![a-z])`, 'u');

/** Whether a name stands as the maker of a product the figure counts ("20,000 Nvidia GPUs", "processeurs Nvidia"). */
function isSupplier(text: string, at: NameAt): boolean {
  const before = fold(text.slice(Math.max(0, at.start - 40), at.start));
  const after = fold(text.slice(at.end, at.end + 30));
  return PRODUCT_BEFORE.test(before) || PRODUCT_AFTER.test(after);
}

/** The sentence's opening adverbial, when short ("Worldwide,", "A nivel mundial,"): it scopes the whole sentence. */
function opening(reading: ArticleReading, sentence: TextRange): string {
  const words = reading.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
  const comma = words.indexOf(',');
  return comma > 0 && comma <= 30 ? fold(words.slice(0, comma)) : '';
}

/**
 * Figures that measure something vague ("an amount", "a date", "objects") are the deal's only when their own
 * sentence says so; following the sentences before is enough for specific ones only.
 */
function firm(found: FigureScope, measure: Measure | undefined): FigureScope {
  if (found.scope === 'deal' && found.reason === 'follows-deal' && (!measure || GENERIC_MEASURES.has(measure))) {
    return { scope: 'unsure', reason: 'no-clue' };
  }
  return found;
}

/**
 * A year before the article's is a past event's (the company's founding, an earlier region, a law), not the
 * deal's — but an announcement or a signing may be reported a year late.
 */
function pastDate(reading: ArticleReading, figure: ScopedFigure, articleYear?: number): boolean {
  if (articleYear === undefined) return false;
  const year = Number(/(?:19|20)\d\d/u.exec(reading.text.slice(figure.start, figure.end))?.[0]);
  if (!Number.isFinite(year)) return false;
  const clause = reading.clause(figure, 60);
  if (DEAL_HISTORY.test(fold(reading.text.slice(clause.start, clause.end)))) return false;
  const late = figure.measure === 'announcement-date' || figure.measure === 'signing-date' ? 1 : 0;
  return year < articleYear - late;
}

/**
 * A figure placed by the host country alone is the deal's only in a sentence that speaks of a deal, and only
 * when it measures something specific: a country's "2024" or "14 regions" is not the deal's.
 */
function guard(
  found: FigureScope,
  dealSentence: boolean,
  measure: Measure | undefined,
  sentenceWords: string,
): FigureScope {
  if (found.scope !== 'deal' || found.reason !== 'names-host') return found;
  // The country's own goal: "Vietnam's government aims to train 50,000 engineers by 2030".
  if (GOVERNMENT_GOAL.test(sentenceWords)) return { scope: 'other', reason: 'economy' };
  const vague = !measure || GENERIC_MEASURES.has(measure);
  return !dealSentence || vague ? { scope: 'unsure', reason: 'no-clue' } : found;
}
