import { dealReach } from '@/lib/catalog/deal-reach';
import { findGovernmentPhrases, isAdjectiveOf } from '@/lib/catalog/governments';
import { guessDealKind, guessDealStatus, isDealSentence } from '@/lib/extract/deal-proposal/deal-words';
import { isKindWord } from '@/lib/extract/entity-kind';
import { fold } from '@/lib/extract/fold';
import { splitSentences, type TextRange } from '@/lib/extract/sentences';
import type { MatchSpan } from '@/lib/match/types';
import {
  type Article,
  type ArticleCandidates,
  type Deal,
  type DealProposal,
  DealProposalSchema,
  type Entity,
  type EntityKind,
  isCurrencyUnit,
  type ProposedParty,
} from '@/lib/schema';

/** What {@link proposeDeal} reads: a saved article, where it names known entities, the store, its candidates. */
export interface ProposeDealInput {
  article: Pick<Article, 'id' | 'text' | 'language' | 'publishedDate'>;
  /** The matcher's spans over `article.text`. */
  spans: readonly MatchSpan[];
  entities: ReadonlyMap<string, Entity>;
  deals: readonly Deal[];
  candidates: ArticleCandidates | null;
}

/** Kinds of entity that sign deals; a person speaks for one of them, a place or an asset signs nothing. */
const PARTY_KINDS = new Set<EntityKind>(['company', 'organization', 'government']);
/** New names proposed as parties: at most this many, best scored first. */
const MAX_NEW_PARTIES = 3;
const MAX_SUMMARY = 400;

const inside = (span: TextRange, range: TextRange) => span.start >= range.start && span.end <= range.end;

/** A preposition of place right before a name: "à Santiago", "in Santiago", "en Santiago". */
const LOCATIVE_BEFORE = /(?:^|[\s'’])(?:à|au|aux|en|dans|in|at|near|a|desde|hacia)\s+$/iu;

/** Whether every time the text names it, a name follows a preposition of place: a city, not a party. */
function namesAPlace(name: string, text: string): boolean {
  let at = text.indexOf(name);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  }
  return true;
}

/**
 * The store's deal the article is about: the one most of whose parties the article names (directly, or through a
 * country's government, a person's employer, a company's subsidiary — see `dealReach`), when at least two are.
 */
function existingDeal(input: ProposeDealInput, mentioned: readonly string[]): Deal | undefined {
  const all = [...input.entities.values()];
  const reach = new Set(mentioned.flatMap((id) => [...dealReach(id, all)]));
  let best: { deal: Deal; named: number } | undefined;
  for (const deal of input.deals) {
    const named = deal.parties.filter((p) => reach.has(p)).length;
    if (named >= Math.min(2, deal.parties.length) && (!best || named > best.named)) best = { deal, named };
  }
  return best?.deal;
}

/** The entity a mention stands for as a party: a person for the organization they hold a role at. */
function partyFor(entity: Entity, entities: ReadonlyMap<string, Entity>): Entity | undefined {
  if (PARTY_KINDS.has(entity.kind)) return entity;
  if (entity.kind !== 'person') return undefined;
  const target = entity.relations.find((r) => r.kind === 'role')?.target;
  const employer = target ? entities.get(target) : undefined;
  return employer && PARTY_KINDS.has(employer.kind) ? employer : undefined;
}

/** The country the deal happens in: the one named most, counting deal sentences twice and its government's names. */
function hostCountry(input: ProposeDealInput, dealSentences: readonly TextRange[]): Entity | undefined {
  const score = new Map<string, number>();
  for (const span of input.spans) {
    const entity = input.entities.get(span.entityId);
    if (!entity) continue;
    const governed = entity.relations.find((r) => r.kind === 'government-of' || r.kind === 'located-in')?.target;
    const country = entity.kind === 'country' ? entity : governed ? input.entities.get(governed) : undefined;
    if (country?.kind !== 'country') continue;
    const weight = dealSentences.some((s) => inside(span, s)) ? 2 : 1;
    score.set(country.id, (score.get(country.id) ?? 0) + weight);
  }
  const [best] = [...score].sort((a, b) => b[1] - a[1]);
  return best ? input.entities.get(best[0]) : undefined;
}

/** The government party for the host country: the store's, or a new one named after the country. */
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

const ORDER: Record<string, number> = { company: 0, organization: 1, government: 2 };

/**
 * A new name that signs a deal is a company unless its own words say otherwise ("Fundación Aprende",
 * "Universidad de Chile"): "organization" is only the name finder's least committal guess.
 */
function partyKind(name: string, guess: EntityKind): EntityKind {
  if (guess !== 'organization') return guess;
  return name.split(/\s+/u).some((word) => isKindWord(fold(word))) ? 'organization' : 'company';
}

/**
 * Whether a figure about an entity belongs to the deal: the entity is a party or the host country, or is tied to
 * one as a country's government, a place in it, a person's employer. Figures about anything else (Bitcoin's
 * legal tender, another company) stay to be reviewed.
 */
function isTiedTo(id: string, parties: ReadonlySet<string>, entities: ReadonlyMap<string, Entity>): boolean {
  if (parties.has(id)) return true;
  return (entities.get(id)?.relations ?? []).some(
    (r) => (r.kind === 'government-of' || r.kind === 'located-in' || r.kind === 'role') && parties.has(r.target),
  );
}

/**
 * Proposes the deal a saved article reports (issue 15), or null when it reports none the reader could file:
 * - `existing`: the store's deal the article is about, to attach the article's figures to;
 * - parties: the companies and organisations named in its deal sentences (known ones, a person standing for
 *   their employer, and up to three new names the article proposes), plus the host country's government — the
 *   store's, or a new "Government of <country>" with the phrases the article used for it;
 * - kind, status and title from the deal sentences' words; announced date from an announcement or signing
 *   date among the figures, else the article's date; headline amount: the first amount in a deal sentence;
 * - the candidate facts to file under the deal: every one but those about an entity that is not a party.
 * Pure: the caller reads the store, and writes only when the reader clicks.
 */
export function proposeDeal(input: ProposeDealInput): DealProposal | null {
  const { article, spans, entities, candidates } = input;
  const text = article.text;
  const dealSentences = splitSentences(text, article.language).filter((s) =>
    isDealSentence(text.slice(s.start, s.end)),
  );
  const facts = candidates?.facts ?? [];
  const mentioned = [...new Set(spans.map((s) => s.entityId))];
  const existing = existingDeal(input, mentioned);
  if (existing) {
    // Nothing left to file: the article's figures are already in the store.
    if (facts.length === 0 && existing.sourceArticles.includes(article.id)) return null;
  } else if (dealSentences.length === 0) {
    return null;
  }

  const parties: ProposedParty[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    if (!dealSentences.some((s) => inside(span, s))) continue;
    const entity = entities.get(span.entityId);
    const party = entity ? partyFor(entity, entities) : undefined;
    if (!party || seen.has(party.id)) continue;
    seen.add(party.id);
    parties.push({ type: 'entity', id: party.id, name: party.name, kind: party.kind });
  }
  // A subsidiary named in the deal stands for its parent too ("Google Cloud", not also "Google").
  const named = new Set(parties.map((p) => (p.type === 'entity' ? p.id : '')));
  const withoutParents = parties.filter(
    (p) =>
      p.type !== 'entity' ||
      ![...named].some((id) =>
        entities.get(id)?.relations.some((r) => r.kind === 'subsidiary-of' && r.target === p.id),
      ),
  );
  const host = hostCountry(input, dealSentences);
  // New names from deal sentences, but not a city ("à Santiago") nor the host's adjective ("Chilean").
  const newNames = (candidates?.entities ?? [])
    .filter(
      (c) =>
        (c.kindGuess === 'company' || c.kindGuess === 'organization') &&
        isDealSentence(c.quote) &&
        !namesAPlace(c.name, text) &&
        !(host && isAdjectiveOf(c.name, host)),
    )
    .slice(0, MAX_NEW_PARTIES)
    .map((c): ProposedParty => ({ type: 'new', name: c.name, kind: partyKind(c.name, c.kindGuess) }));
  const government = host ? governmentOf(host, input) : undefined;
  const all = [...withoutParents, ...newNames];
  const hasGovernment = government && all.some((p) => p.type === government.type && p.name === government.name);
  const ordered = [...all, ...(government && !hasGovernment ? [government] : [])].sort(
    (a, b) => (ORDER[a.kind] ?? 3) - (ORDER[b.kind] ?? 3),
  );
  if (!existing && !ordered.some((p) => p.kind === 'company' || p.kind === 'organization')) return null;

  const sentences = dealSentences.map((s) => text.slice(s.start, s.end));
  const inDeal = (range: TextRange) => dealSentences.some((s) => range.start >= s.start && range.end <= s.end);
  const partyIds = new Set(ordered.flatMap((p) => (p.type === 'entity' ? [p.id] : [])));
  if (host) partyIds.add(host.id);
  if (existing) for (const id of existing.parties) partyIds.add(id);
  const fileable = facts.filter((f) => f.subject?.type !== 'entity' || isTiedTo(f.subject.id, partyIds, entities));
  const headline = fileable.find((f) => isCurrencyUnit(f.unit) && f.value !== undefined && inDeal(f.figure));
  const dated = fileable.find(
    (f) =>
      (f.label === 'Announcement date' || f.label === 'Signing date') && f.date !== undefined && f.date.length >= 7,
  );
  // The whole text: conditions often sit in a sentence of their own ("The plan, subject to approval, …").
  const status = guessDealStatus(text);
  const lead = dealSentences[0];
  const company = ordered.find((p) => p.kind === 'company') ?? ordered[0];
  const title = host && company ? `${company.name} × ${host.name}` : ordered.map((p) => p.name).join(' × ');

  return DealProposalSchema.parse({
    existing: existing ? { id: existing.id, title: existing.title } : undefined,
    title: title || article.id,
    kind: guessDealKind(sentences),
    parties: ordered,
    announcedDate: dated?.date ?? article.publishedDate,
    status: status?.status,
    statusFr: status?.statusFr,
    summary: (lead ? text.slice(lead.start, lead.end) : text.trim()).slice(0, MAX_SUMMARY),
    headline:
      headline?.value !== undefined && headline.unit
        ? { factId: headline.id, value: headline.value, unit: headline.unit }
        : undefined,
    factIds: fileable.map((f) => f.id),
  });
}
