import { findGovernmentPhrases, isAdjectiveOf } from '@/lib/catalog/governments';
import { guessDealStatus } from '@/lib/extract/deal-proposal/deal-words';
import { isKindWord } from '@/lib/extract/entity-kind';
import { findFigures } from '@/lib/extract/figures';
import { sameFigure } from '@/lib/facts/same-figure';
import type { MatchSpan } from '@/lib/match/types';
import {
  type Article,
  type ArticleCandidates,
  type CandidateFact,
  type Deal,
  type DealProposal,
  DealProposalSchema,
  type Entity,
  type EntityKind,
  type Language,
  type ProposedParty,
  type ProposedPerson,
} from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import type { ArticleNames, NamedThing } from './article-names';
import type { ArticleReading } from './article-reading';
import { EARLIER_DEAL, SUBNATIONAL } from './capture-words';
import type { DealFrame } from './deal-frame';
import type { FigureScope } from './figure-scope';
import { chooseHeadline } from './headline';
import { readArticle } from './read-article';

/** What {@link proposeDeal} reads: a saved article, where it names known entities, the store, its candidates. */
export interface ProposeDealInput {
  article: Pick<Article, 'id' | 'title' | 'text' | 'language' | 'publishedDate' | 'publisher' | 'author'>;
  /** The matcher's spans over `article.text`. */
  spans: readonly MatchSpan[];
  entities: ReadonlyMap<string, Entity>;
  deals: readonly Deal[];
  candidates: ArticleCandidates | null;
}

const MAX_SUMMARY = 400;
const PARTY_KINDS = new Set<EntityKind>(['company', 'organization', 'government', 'program']);

/** A new party's kind: a company unless its own words say otherwise ("Fundación Aprende", "Ministerio de…"). */
function newPartyKind(thing: NamedThing): EntityKind {
  if (thing.kind === 'government' || thing.kind === 'program') return thing.kind;
  if (thing.kind !== 'organization') return thing.kind === 'company' ? 'company' : 'organization';
  return thing.name.split(/\s+/u).some((word) => isKindWord(fold(word))) ? 'organization' : 'company';
}

function partyOf(thing: NamedThing, lang: Language): ProposedParty | undefined {
  if (thing.entity) {
    return PARTY_KINDS.has(thing.entity.kind)
      ? { type: 'entity', id: thing.entity.id, name: thing.entity.name, kind: thing.entity.kind }
      : undefined;
  }
  // The other ways the article writes it ("Pampa Nube S.A.", "PNUB") become aliases, so that the next outlet's
  // "Pampa Nube" finds the same entity.
  const aliases = (thing.forms ?? []).slice(0, 8).map((text) => ({ text, lang }));
  return { type: 'new', name: thing.name, kind: newPartyKind(thing), ...(aliases.length > 0 ? { aliases } : {}) };
}

/** The host country's government: the store's, or a new one named after the country. */
function governmentOf(country: Entity, input: ProposeDealInput): ProposedParty {
  const known = [...input.entities.values()].find(
    (e) => e.kind === 'government' && e.relations.some((r) => r.kind === 'government-of' && r.target === country.id),
  );
  if (known) return { type: 'entity', id: known.id, name: known.name, kind: known.kind };
  const phrases = findGovernmentPhrases(input.article.text, country);
  return {
    type: 'new',
    name: `Government of ${country.name}`,
    kind: 'government',
    governs: country.id,
    ...(phrases.length > 0 ? { aliases: phrases } : {}),
  };
}

function isLocalGovernment(thing: NamedThing): boolean {
  return thing.kind === 'government' && SUBNATIONAL.test(fold(thing.name));
}

/** The deal's parties: the investor, its partners, the host's government — without duplicates. */
function partiesOf(frame: DealFrame, input: ProposeDealInput): ProposedParty[] {
  const out: ProposedParty[] = [];
  const seen = new Set<string>();
  const push = (party: ProposedParty | undefined) => {
    if (!party) return;
    const key = party.type === 'entity' ? party.id : fold(party.name);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(party);
  };
  const lang = input.article.language;
  if (frame.investor) push(partyOf(frame.investor, lang));
  const host = frame.host?.entity;
  for (const partner of frame.partners) {
    // The host's adjective is not a partner ("Chilean"), nor a name that is only a place.
    if (host && isAdjectiveOf(partner.name, host)) continue;
    // The host's government, proposed as a name ("el gobierno chileno" → "Government of Chile", issue 21), is
    // the one added below, with its tie to the country and the article's ways of writing it.
    if (host && partner.kind === 'government' && fold(partner.name) === fold(`Government of ${host.name}`)) continue;
    const party = partyOf(partner, lang);
    // A city's government the store does not know lies in the host: the next outlet's deal is then the same one.
    push(party?.type === 'new' && host && isLocalGovernment(partner) ? { ...party, locatedIn: host.id } : party);
  }
  // A province's or a city's government signs for its territory: the nation's is then no party.
  const local = frame.partners.some(isLocalGovernment);
  if (host && !local) push(governmentOf(host, input));
  return out;
}

function personOf(thing: NamedThing): ProposedPerson {
  return thing.entity
    ? { type: 'entity', id: thing.entity.id, name: thing.entity.name }
    : { type: 'new', name: thing.name };
}

/** Candidate facts about the deal, each measure and value once: the article may print an amount twice. */
function dealFacts(facts: readonly CandidateFact[], scopes: readonly FigureScope[]): CandidateFact[] {
  const kept: CandidateFact[] = [];
  facts.forEach((fact, i) => {
    if (scopes[i]?.scope !== 'deal') return;
    if (kept.some((k) => k.measure === fact.measure && sameFigure(k, fact) === true)) return;
    kept.push(fact);
  });
  return kept;
}

/** The first sentence about the deal: in the lead, naming the investor, not about an earlier deal. */
function summaryOf(reading: ArticleReading, names: ArticleNames, frame: DealFrame): string {
  const { text } = reading;
  const about = reading.sentences.find((s, i) => {
    if (!reading.isDealSentence(i) || EARLIER_DEAL.test(fold(text.slice(s.start, s.end)))) return false;
    return names.occurrences.some((o) => o.start >= s.start && o.end <= s.end && o.thing.key === frame.investor?.key);
  });
  const lead = about ?? reading.sentences.find((_, i) => reading.isDealSentence(i)) ?? reading.sentences[0];
  return (lead ? text.slice(lead.start, lead.end) : text.trim()).slice(0, MAX_SUMMARY) || reading.title;
}

/**
 * Proposes the deal a saved article reports (issues 15 and 20), or null when it reports none the reader could
 * file. The article is read once (lib/capture/article-reading) for who invests where with whom
 * (`readDealFrame`), what each figure is about (`scopeFigures`), the headline amount (`chooseHeadline`) and the
 * store's deal it reports, if any (`matchDeal`: same investor AND same host). One click files the deal with its
 * headline and the figures about it only; every other figure stays offered. Pure: the caller reads the store,
 * and writes only when the reader clicks.
 */
export function proposeDeal(input: ProposeDealInput): DealProposal | null {
  const { article } = input;
  const facts = input.candidates?.facts ?? [];
  const { reading, names, frame, scopes, kind, date, match } = readArticle({
    article,
    spans: input.spans,
    entities: input.entities,
    deals: input.deals,
    facts,
    names: input.candidates?.entities ?? [],
  });
  if (!frame.investor) return null;
  const filed = dealFacts(facts, scopes);
  // "dirhams" in a title about Morocco are Moroccan: the host's currency first.
  const hostCode = frame.host?.entity?.countryCode;
  const titleFigures = findFigures(article.title, article.language, { countries: hostCode ? [hostCode] : [] });
  const headline = chooseHeadline(reading, facts, scopes, titleFigures);
  const announcedDate = date;
  // Nothing left to do: the article is already a source of its deal and every figure is filed.
  if (match?.deal.sourceArticles.includes(article.id) && filed.length === 0) return null;

  const parties = partiesOf(frame, input);
  if (!match && parties.length < 2) return null;
  const status = guessDealStatus(article.text);
  const host = frame.host?.entity;
  const title = host ? `${frame.investor.name} × ${host.name}` : parties.map((p) => p.name).join(' × ');
  const recommended = match && !match.doubts.includes('another-deal') && !match.doubts.includes('date');

  return DealProposalSchema.parse({
    recommended: recommended ? 'attach' : 'create',
    match: match ? { id: match.deal.id, title: match.deal.title, doubts: match.doubts } : undefined,
    title: title || article.title.slice(0, 200) || article.id,
    kind,
    parties,
    announcedDate,
    status: status?.status,
    statusFr: status?.statusFr,
    summary: summaryOf(reading, names, frame),
    headline,
    announcedBy: frame.announcers.map(personOf),
    factIds: filed.map((f) => f.id),
    figures: facts.map((f, i) => ({
      factId: f.id,
      scope: scopes[i]?.scope ?? 'unsure',
      reason: scopes[i]?.reason ?? 'no-clue',
      about: scopes[i]?.about,
    })),
  });
}
