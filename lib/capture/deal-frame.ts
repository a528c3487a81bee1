import { fold } from '@/lib/text/fold';
import type { ArticleNames, NameAt, NamedThing } from './article-names';
import type { ArticleReading } from './article-reading';
import {
  AND_BEFORE,
  DEAL_ANAPHORS,
  EARLIER_DEAL,
  GENERIC_NAMES,
  INVEST_VERBS,
  NEWS_AGENCIES,
  PARENT_BEFORE,
  PARTNER_BEFORE,
  SIGN_WORDS,
  STAKE_WORDS,
  STOCK_EXCHANGES,
} from './capture-words';

/**
 * Who a deal article says does what (issue 20): the company that invests, the country that hosts it, the
 * partners that sign with them, the people who announce it. Parties are companies, governments, ministries,
 * agencies and programmes — never people, places or a name the article mentions in passing.
 */
export interface DealFrame {
  investor?: NamedThing;
  /** The host country (a country entity of the store: every country is one). */
  host?: NamedThing;
  /** Co-investors, ministries, agencies and programmes that are party to the deal. */
  partners: NamedThing[];
  /** People who announced or signed it. */
  announcers: NamedThing[];
  /** The investor's parent companies as the article names them ("filiale d'Alphabet"): on the deal's side. */
  parents: NamedThing[];
}

const ORG_KINDS = new Set(['company', 'organization', 'program', 'government']);
const INVESTOR_KINDS = new Set(['company', 'organization']);

/** Weight of a name by where it stands: the lead counts more than the rest, deal sentences more than others. */
function placeWeight(reading: ArticleReading, at: NameAt): number {
  const index = reading.sentenceIndex(at.start);
  let weight = index < 2 ? 2 : reading.isDealSentence(index) ? 1 : 0.5;
  if (EARLIER_DEAL.test(fold(reading.clauseText(at)))) weight *= 0.3;
  return weight;
}

/** Names that sign nothing: the publisher, the author, news agencies. */
export function isBystander(thing: NamedThing, reading: Pick<ArticleReading, 'publisher' | 'author'>): boolean {
  const name = fold(thing.name);
  if (NEWS_AGENCIES.has(name) || STOCK_EXCHANGES.has(name) || GENERIC_NAMES.has(name)) return true;
  // A ticker's letters or a unit's are no name: "MW", "CFA".
  if (!thing.entity && /^\p{Lu}{1,3}$/u.test(thing.name)) return true;
  const bystanders = [reading.publisher, reading.author].flatMap((n) => (n ? [fold(n)] : []));
  return bystanders.some((b) => b === name || b.includes(name) || name.includes(b));
}

/** Adds `weight` to `key`'s score. */
function add(scores: Map<string, number>, key: string, weight: number) {
  scores.set(key, (scores.get(key) ?? 0) + weight);
}

/** The highest-scored key, if its score reaches `min`. */
function best(scores: ReadonlyMap<string, number>, min: number): string | undefined {
  let top: [string, number] | undefined;
  for (const entry of scores) if (!top || entry[1] > top[1]) top = entry;
  return top && top[1] >= min ? top[0] : undefined;
}

/** Whether the words right after a name make it the one acting: "Nexa Data invertirá", "AWS, …, will build". */
function actsAfter(reading: ArticleReading, at: NameAt): boolean {
  const sentence = reading.sentenceAt(at.start);
  const after = fold(reading.text.slice(at.end, Math.min(sentence.end, at.end + 70)));
  const verb = INVEST_VERBS.exec(after);
  return verb !== null && verb.index < 45;
}

/** A country named as an adjective of a company ("the US company", "US-based") is not where the deal is. */
function adjectival(reading: ArticleReading, at: NameAt): boolean {
  const after = reading.text.slice(at.end, at.end + 30);
  return /^(?:-based|\s+based|\s+(?:tech\s+)?(?:giant|company|firm|group|multinational|provider))/iu.test(after);
}

function investorOf(reading: ArticleReading, names: ArticleNames): NamedThing | undefined {
  const scores = new Map<string, number>();
  const acting = new Set<string>();
  for (const at of names.occurrences) {
    const thing = at.thing;
    if (reading.inChrome(at)) continue;
    // A product stands for its maker, a person lends weight to their employer.
    const key = thing.maker ?? (thing.kind === 'person' ? thing.employer : thing.key);
    const target = key ? names.things.get(key) : undefined;
    if (!target || !INVESTOR_KINDS.has(target.kind) || isBystander(target, reading)) continue;
    // A name the name finder could tell is a company outweighs one it could only call an organisation.
    const weight = placeWeight(reading, at) * (target === thing ? 1 : 0.5) * (target.kind === 'company' ? 1.5 : 1);
    add(scores, target.key, weight);
    if (target === thing && !acting.has(target.key) && actsAfter(reading, at)) {
      acting.add(target.key);
      add(scores, target.key, 3);
    }
  }
  for (const key of names.inTitle) if (scores.has(key)) add(scores, key, 4);
  // The first organisation the lead names is most often the one acting ("Rift Compute and PAIF will invest").
  const lead = reading.sentences[0];
  const first = names.occurrences.find(
    (o) => lead && o.start >= lead.start && o.end <= lead.end && scores.has(o.thing.maker ?? o.thing.key),
  );
  if (first) add(scores, first.thing.maker ?? first.thing.key, 1.5);
  preferSubsidiaries(scores, names);
  const key = best(scores, 2);
  return key ? names.things.get(key) : undefined;
}

/** A subsidiary named in the article stands for the deal rather than its parent ("AWS", not "Amazon"). */
function preferSubsidiaries(scores: Map<string, number>, names: ArticleNames) {
  for (const key of scores.keys()) {
    const parent = names.things.get(key)?.entity?.relations.find((r) => r.kind === 'subsidiary-of')?.target;
    const parentKey = parent ? `entity:${parent}` : undefined;
    if (!parentKey || !scores.has(parentKey)) continue;
    const own = scores.get(key) ?? 0;
    if (own * 2 >= (scores.get(parentKey) ?? 0)) {
      add(scores, key, scores.get(parentKey) ?? 0);
      scores.delete(parentKey);
    }
  }
}

function hostOf(reading: ArticleReading, names: ArticleNames): NamedThing | undefined {
  const scores = new Map<string, number>();
  for (const at of names.occurrences) {
    const country = at.thing.country;
    if (!country) continue;
    const before = fold(reading.text.slice(Math.max(0, at.start - 8), at.start));
    // A dateline's city is where the story is reported from: most often where the deal is.
    let weight = reading.inChrome(at)
      ? 1
      : placeWeight(reading, at) + (/(?:^|\s)(?:in|en|au|aux|a|dans)\s+$/u.test(before) ? 0.5 : 0);
    if (adjectival(reading, at)) weight *= 0.2;
    add(scores, `entity:${country}`, weight);
  }
  for (const key of names.inTitle) {
    const country = names.things.get(key)?.country;
    if (country) add(scores, `entity:${country}`, 4);
  }
  const key = best(scores, 1);
  if (!key) return undefined;
  const thing = names.things.get(key);
  if (thing) return thing;
  // The article names the country only through its government or a city: make a thing of the country itself.
  const country = [...names.things.values()].find((t) => t.country && `entity:${t.country}` === key);
  const entity = country?.entity && reading.entity(country.country ?? '');
  return entity ? { key, name: entity.name, kind: entity.kind, entity, country: entity.id } : undefined;
}

/**
 * Partners: organisations joined to the deal by "with/avec/con/between … and" in a sentence about this deal (in
 * the title or lead, or naming the investor or the host, or referring back to the deal) — a company named in
 * passing, or in an earlier deal, is not a party.
 */
function partnersOf(reading: ArticleReading, names: ArticleNames, frame: DealFrame): NamedThing[] {
  const support = new Map<string, number>();
  const count = new Map<string, number>();
  const skip = new Set([frame.investor?.key, frame.host?.key]);
  for (const at of names.occurrences) {
    const thing = at.thing;
    if (skip.has(thing.key) || !ORG_KINDS.has(thing.kind) || reading.inChrome(at) || isBystander(thing, reading)) {
      continue;
    }
    // The host's own government is added as the host party; a known government of another country never is.
    if (thing.kind === 'government' && thing.entity) continue;
    add(count, thing.key, 1);
    const index = reading.sentenceIndex(at.start);
    const sentence = reading.sentenceAt(at.start);
    const words = fold(reading.text.slice(sentence.start, sentence.end));
    if (EARLIER_DEAL.test(words)) continue;
    const before = fold(reading.text.slice(Math.max(sentence.start, at.start - 90), at.start));
    // Joined by "with", "y", "between", or signing or announcing (a ministry, an agency), in a sentence about a
    // deal; or holding a stake in it, whatever the sentence's other words.
    const dealSentence = reading.isDealSentence(index);
    const refersBack = DEAL_ANAPHORS.test(words);
    const joined = dealSentence && (PARTNER_BEFORE.test(before) || joinedToParty(reading, names, at, frame));
    const holds = STAKE_WORDS.test(words) && INVESTOR_KINDS.has(thing.kind);
    // A ministry that signs, or approves "the project" in a sentence of its own, is a party.
    const signs =
      thing.kind === 'government' &&
      ((dealSentence && index < 2) || ((dealSentence || refersBack) && SIGN_WORDS.test(words)));
    if (!joined && !holds && !signs) continue;
    const withDeal = names.occurrences.some(
      (o) =>
        o.start >= sentence.start &&
        o.end <= sentence.end &&
        (o.thing.key === frame.investor?.key || (frame.host && o.thing.country === frame.host.country)),
    );
    add(support, thing.key, index < 2 || names.inTitle.has(thing.key) || withDeal || refersBack ? 2 : 1);
  }
  return [...support]
    .filter(([key, s]) => s >= 2 || (count.get(key) ?? 0) >= 2)
    .flatMap(([key]) => names.things.get(key) ?? [])
    .slice(0, 3);
}

/** "Nexa Data y Corfo", "the Chilean government and Nexa": a conjunction right after a party's name. */
function joinedToParty(reading: ArticleReading, names: ArticleNames, at: NameAt, frame: DealFrame): boolean {
  const previous = names.occurrences.filter((o) => o.end <= at.start).at(-1);
  if (!previous) return false;
  const isParty =
    previous.thing.key === frame.investor?.key ||
    (frame.host !== undefined && previous.thing.country === frame.host.country);
  return isParty && AND_BEFORE.test(fold(reading.text.slice(previous.end, at.start)));
}

/** Organisations the article names as a parent: right after "filiale de", "a unit of", "filial de". */
function parentsOf(reading: ArticleReading, names: ArticleNames): NamedThing[] {
  const out = new Map<string, NamedThing>();
  for (const at of names.occurrences) {
    const before = fold(reading.text.slice(Math.max(0, at.start - 30), at.start));
    if (PARENT_BEFORE.test(before)) out.set(at.thing.key, at.thing);
  }
  return [...out.values()];
}

/** People named in the lead or a deal sentence, who speak or sign there. */
function announcersOf(reading: ArticleReading, names: ArticleNames): NamedThing[] {
  const out = new Map<string, NamedThing>();
  for (const at of names.occurrences) {
    if (at.thing.kind !== 'person' || reading.inChrome(at)) continue;
    const index = reading.sentenceIndex(at.start);
    if (index >= 2 && !reading.isDealSentence(index)) continue;
    out.set(at.thing.key, at.thing);
  }
  return [...out.values()].slice(0, 3);
}

/** Reads who invests, where, with whom, and who announced it, from an article's names and sentences. */
export function readDealFrame(reading: ArticleReading, names: ArticleNames): DealFrame {
  const frame: DealFrame = { partners: [], announcers: [], parents: [] };
  frame.investor = investorOf(reading, names);
  frame.parents = parentsOf(reading, names);
  frame.host = hostOf(reading, names);
  frame.partners = partnersOf(reading, names, frame);
  frame.announcers = announcersOf(reading, names);
  return frame;
}
