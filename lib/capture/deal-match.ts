import { dealReach } from '@/lib/catalog/deal-reach';
import type { Deal, DealKind, Entity } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import { ANOTHER_DEAL } from './capture-words';
import type { DealFrame } from './deal-frame';

/** Why an article may report another deal than the store's deal of the same parties. */
export type MatchDoubt = 'kind' | 'date' | 'another-deal' | 'partner' | 'several';

/** The store's deal an article reports, and what makes that doubtful. */
export interface DealMatch {
  deal: Deal;
  doubts: MatchDoubt[];
}

/** Kinds that describe one deal from different angles: a cloud region is built in data centres. */
const KIND_GROUPS: readonly (readonly DealKind[])[] = [
  ['cloud-infrastructure', 'data-centre', 'digital-government'],
  ['cloud-infrastructure', 'ai-training'],
];
const GENERIC_KINDS = new Set<DealKind>(['investment', 'partnership', 'other']);

function compatibleKinds(a: DealKind, b: DealKind): boolean {
  if (a === b || GENERIC_KINDS.has(a) || GENERIC_KINDS.has(b)) return true;
  return KIND_GROUPS.some((group) => group.includes(a) && group.includes(b));
}

/** Months between two partial dates (YYYY, YYYY-MM, YYYY-MM-DD), by their year and month. */
function monthsApart(a: string, b: string): number {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) - 1 : 6);
  return Math.abs(months(a) - months(b));
}

/** An entity, its parents (a subsidiary's company) and everything `dealReach` adds. */
function reachWithParents(id: string, entities: readonly Entity[]): Set<string> {
  const reach = dealReach(id, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  let current = byId.get(id);
  for (let step = 0; current && step < 4; step++) {
    const parent: string | undefined = current.relations.find((r) => r.kind === 'subsidiary-of')?.target;
    if (!parent) break;
    reach.add(parent);
    current = byId.get(parent);
  }
  return reach;
}

/** What {@link matchDeal} compares. */
export interface MatchInput {
  frame: DealFrame;
  kind: DealKind;
  /** The deal's date as the article gives it. */
  date?: string;
  /** The title and lead, where "a second region" or "a new agreement" would be said. */
  lead: string;
  /** The article's text: a party the store knows by a longer name may be named by its own word in it. */
  text: string;
  deals: readonly Deal[];
  entities: readonly Entity[];
}

/**
 * The store's deal an article reports (issue 20): one whose parties include the article's investing company
 * (or its parent or subsidiary) AND its host country or government. Sharing one party is not enough, and a name
 * the article mentions in passing is neither. Doubts — an incompatible kind, dates years apart, a lead speaking
 * of a second or new deal, a partner the deal lacks, several such deals — are returned for the reader to see.
 */
export function matchDeal(input: MatchInput): DealMatch | undefined {
  const { frame, entities } = input;
  const investor = frame.investor?.entity;
  const host = frame.host?.entity;
  if (!investor) return undefined;
  const investorReach = reachWithParents(investor.id, entities);
  const hostReach = host ? dealReach(host.id, entities) : new Set<string>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const inHost = (id: string) => {
    if (hostReach.has(id)) return true;
    const located = byId.get(id)?.relations.find((r) => r.kind === 'located-in' || r.kind === 'government-of');
    return located !== undefined && hostReach.has(located.target);
  };
  const words = new Set(fold(input.text).split(/[^\p{L}\p{N}]+/u));
  // A party the article names by its own word: "Neuquén" for "Gobierno del Neuquén" (a province the store
  // knows by its government's name only), "Kiyomizu" for "Kiyomizu Capital".
  const namedBy = (id: string) => distinctiveWords(byId.get(id)?.name ?? '').some((w) => words.has(w));
  const found = input.deals.filter(
    (deal) =>
      deal.parties.some((p) => investorReach.has(p)) &&
      // With a host, the deal must be in it; only an article that names no country may match by a party's word.
      deal.parties.some((p) => !investorReach.has(p) && (host ? inHost(p) : namedBy(p))),
  );
  if (found.length === 0) return undefined;
  const ranked = found
    .map((deal) => ({ deal, doubts: doubtsAbout(deal, input) }))
    .sort((a, b) => a.doubts.length - b.doubts.length);
  const [first] = ranked;
  if (!first) return undefined;
  return ranked.length > 1 ? { deal: first.deal, doubts: [...first.doubts, 'several'] } : first;
}

/** Words that are not a name's own: "Government of", "Ministerio de la", legal forms. */
const COMMON_WORDS = new Set(
  'government gouvernement gobierno of de del la le les el los las the and et y ministry ministere ministerio agency agence agencia city ville ciudad province provincia state etat estado people committee comite group groupe grupo capital holdings inc corp sa ltd company compania fund fonds fondo national nacional nationale bank banco banque'.split(
    ' ',
  ),
);

/** A name's own words, folded: "Gobierno del Neuquén" → ["neuquen"]. */
function distinctiveWords(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !COMMON_WORDS.has(w));
}

function doubtsAbout(deal: Deal, input: MatchInput): MatchDoubt[] {
  const doubts: MatchDoubt[] = [];
  if (!compatibleKinds(deal.kind, input.kind)) doubts.push('kind');
  if (deal.announcedDate && input.date && monthsApart(deal.announcedDate, input.date) > 24) doubts.push('date');
  if (ANOTHER_DEAL.test(fold(input.lead))) doubts.push('another-deal');
  const partners = input.frame.partners.flatMap((p) => (p.entity ? [p.entity.id] : []));
  if (partners.some((id) => !deal.parties.includes(id))) doubts.push('partner');
  return doubts;
}
