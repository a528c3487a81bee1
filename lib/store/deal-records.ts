import { governmentAliases } from '@/lib/catalog/governments';
import { slugify } from '@/lib/catalog/slug';
import { isSpecific, measureOf } from '@/lib/facts/fact-measure';
import { sameFigure } from '@/lib/facts/same-figure';
import { compileMatcher } from '@/lib/match/compile';
import { countMentions } from '@/lib/match/find';
import {
  type AliasInput,
  type Article,
  type ArticleCandidates,
  type Deal,
  type DealHeadline,
  type DealProposalChoice,
  DealSchema,
  type Entity,
  EntitySchema,
  type Fact,
  FactSchema,
  type Mention,
  type ProposedParty,
} from '@/lib/schema';

/** What {@link buildDealRecords} reads: the reader's choice and the store as it is in the write's transaction. */
export interface DealRecordsInput {
  choice: DealProposalChoice;
  article: Article;
  candidates: ArticleCandidates;
  /** Entities the choice refers to (parties, governed countries), by id; others may be missing. */
  entities: ReadonlyMap<string, Entity>;
  /** For `attach`: the store's deal, and its facts (a restated figure confirms one instead of adding another). */
  deal?: Deal;
  dealFacts?: readonly Fact[];
  /** Ids already used, so that new records get free ones. */
  taken: { entities: ReadonlySet<string>; deals: ReadonlySet<string>; facts: ReadonlySet<string> };
  now: number;
}

/** Everything one click on a deal proposal writes. */
export interface DealRecords {
  deal: Deal;
  /** Entities the deal needs that the store did not have. */
  newEntities: Entity[];
  facts: Fact[];
  /** The deal's facts the article restates, with the article added as a source. */
  confirmed: Fact[];
  /** How often the article names each new entity. */
  mentions: Mention[];
  /** The article's candidates without the facts filed and the names added. */
  candidates: ArticleCandidates;
}

/** An error that names the field of the choice it is about ("parties.1.id: no entity acme"). */
export class DealChoiceError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'DealChoiceError';
  }
}

/** `base`, or `base-2`, `base-3`… whichever is free; ids are slugs of at most 60 characters. */
function freeId(base: string, taken: Set<string>, fallback: string): string {
  const root = slugify(base).slice(0, 60).replace(/-+$/, '') || fallback;
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** A short all-capital name ("AWS", "TSMC") must match as written, like the catalog's acronyms. */
function nameAlias(name: string, lang: Article['language']): AliasInput {
  return { text: name, lang, case: /^[\p{Lu}\d]{2,5}$/u.test(name) ? 'sensitive' : 'insensitive' };
}

/** The entity a new party becomes: its name as an alias, and for a government its country's names and ties. */
function newEntity(party: Extract<ProposedParty, { type: 'new' }>, index: number, input: DealRecordsInput, id: string) {
  const lang = input.article.language;
  const extra = (party.aliases ?? []).map((a) => nameAlias(a.text, a.lang));
  let aliases: AliasInput[] = [nameAlias(party.name, lang), ...extra];
  const relations: Entity['relations'] = [];
  if (party.governs) {
    const country = input.entities.get(party.governs);
    if (country?.kind !== 'country') {
      throw new DealChoiceError(`parties.${index}.governs`, `no country ${party.governs}`);
    }
    const phrases = extra.flatMap((a) => (a.lang === 'und' ? [] : [{ text: a.text, lang: a.lang }]));
    aliases = [nameAlias(party.name, 'en'), ...governmentAliases(country, phrases)];
    relations.push({ kind: 'government-of', target: country.id });
  } else if (party.locatedIn) {
    const country = input.entities.get(party.locatedIn);
    if (country?.kind !== 'country') {
      throw new DealChoiceError(`parties.${index}.locatedIn`, `no country ${party.locatedIn}`);
    }
    relations.push({ kind: 'located-in', target: country.id });
  }
  return EntitySchema.parse({
    id,
    name: party.name,
    kind: party.kind,
    description: '',
    aliases: dedupe(aliases),
    relations,
    origin: 'user',
  });
}

function dedupe(aliases: readonly AliasInput[]): AliasInput[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const key = `${a.text.toLowerCase()}|${a.cueRequired === true}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a new statement of a figure confirms a stored fact: the same value, of the same or a vaguer measure. */
function confirms(stored: Fact, candidate: Pick<Fact, 'value' | 'unit' | 'date' | 'measure' | 'label' | 'quote'>) {
  if (stored.supersededBy) return false;
  const a = measureOf(stored);
  const b = measureOf(candidate);
  // Two vague statements ("des milliers de citoyens", "thousands of citizens") of one measure say the same.
  const vague = (f: Pick<Fact, 'value' | 'date'>) => f.value === undefined && f.date === undefined;
  if (vague(stored) && vague(candidate)) return a === b && stored.unit === candidate.unit;
  if (sameFigure(stored, candidate) !== true) return false;
  return a === b || !isSpecific(a) || !isSpecific(b);
}

/**
 * The candidate facts the choice files under the deal: a figure the deal already has from another article
 * adds that article as a source of the stored fact (issue 20: "2 sources", never a false conflict); a figure
 * the same article states twice is filed once; every other one becomes a fact of the deal, with a free id.
 */
function fileFacts(
  input: DealRecordsInput,
  dealId: string,
): { facts: Fact[]; confirmed: Fact[]; ids: Map<string, string> } {
  const taken = new Set(input.taken.facts);
  const facts: Fact[] = [];
  const confirmed = new Map<string, Fact>();
  /** Candidate id → the fact that now holds it (new or confirmed). */
  const ids = new Map<string, string>();
  input.choice.factIds.forEach((factId, i) => {
    const candidate = input.candidates.facts.find((f) => f.id === factId);
    if (!candidate) throw new DealChoiceError(`factIds.${i}`, `no candidate fact ${factId}`);
    const stored = (input.dealFacts ?? []).find(
      (f) => f.articleId !== input.article.id && confirms(confirmed.get(f.id) ?? f, candidate),
    );
    if (stored) {
      const current = confirmed.get(stored.id) ?? stored;
      const sources = current.confirmations ?? [];
      if (!sources.some((c) => c.articleId === input.article.id)) {
        confirmed.set(
          stored.id,
          FactSchema.parse({
            ...current,
            confirmations: [...sources, { articleId: input.article.id, quote: candidate.quote }],
          }),
        );
      }
      ids.set(factId, stored.id);
      return;
    }
    const twice = facts.find((f) => f.measure === candidate.measure && sameFigure(f, candidate) === true);
    if (twice) {
      ids.set(factId, twice.id);
      return;
    }
    const { quoteStart: _s, quoteEnd: _e, figure: _f, ...fields } = candidate;
    const fact = FactSchema.parse({
      ...fields,
      id: freeId(candidate.id, taken, 'fact'),
      subject: { type: 'deal', id: dealId },
      origin: 'user',
    });
    facts.push(fact);
    ids.set(factId, fact.id);
  });
  return { facts, confirmed: [...confirmed.values()], ids };
}

/** The headline as stored: its fact's id once filed, else the amount alone. */
function storedHeadline(
  headline: { value: number; unit: string; factId?: string } | undefined,
  ids: ReadonlyMap<string, string>,
): DealHeadline | undefined {
  if (!headline) return undefined;
  const factId = headline.factId ? ids.get(headline.factId) : undefined;
  return { value: headline.value, unit: headline.unit, ...(factId ? { factId } : {}) };
}

/**
 * Turns the reader's choice on a deal proposal into the records to write, or throws a {@link DealChoiceError}
 * naming the field that does not fit the store:
 * - `create`: the deal (origin "user", the article as its source), an entity for each new party (a new
 *   government with its country's names, the article's phrases and nationality adjectives, and a
 *   `government-of` relation), the chosen candidate facts filed under the deal, and the new entities' mentions
 *   in the article;
 * - `attach`: the store's deal with the article added to its sources (a seed deal is then marked edited, so
 *   that seed updates keep the reader's sources), and the chosen facts filed under it.
 * Pure: the caller reads the store and writes the result in one transaction.
 */
export function buildDealRecords(input: DealRecordsInput): DealRecords {
  const { choice, article, candidates, now } = input;
  if (choice.mode === 'attach') {
    const existing = input.deal;
    if (!existing || existing.id !== choice.dealId) throw new DealChoiceError('dealId', `no deal ${choice.dealId}`);
    const sources = existing.sourceArticles.includes(article.id)
      ? existing.sourceArticles
      : [...existing.sourceArticles, article.id];
    const filed = fileFacts(input, existing.id);
    const deal = DealSchema.parse({
      ...existing,
      sourceArticles: sources,
      // A deal without a headline takes the article's; one the store has is the reader's to change.
      headline: existing.headline ?? storedHeadline(choice.headline, filed.ids),
      editedAt: existing.origin === 'seed' ? now : existing.editedAt,
    });
    return {
      deal,
      newEntities: [],
      facts: filed.facts,
      confirmed: filed.confirmed,
      mentions: [],
      candidates: remaining(candidates, choice.factIds, []),
    };
  }

  const takenEntities = new Set(input.taken.entities);
  const newEntities: Entity[] = [];
  const partyIds: string[] = [];
  choice.parties.forEach((party, i) => {
    if (party.type === 'entity') {
      if (!input.entities.has(party.id)) throw new DealChoiceError(`parties.${i}.id`, `no entity ${party.id}`);
      partyIds.push(party.id);
      return;
    }
    const entity = newEntity(party, i, input, freeId(party.name, takenEntities, 'entity'));
    newEntities.push(entity);
    partyIds.push(entity.id);
  });
  const parties = [...new Set(partyIds)];
  if (parties.length < 2) throw new DealChoiceError('parties', 'a deal needs two different parties');
  // People who announced it: the store's, or a new person entity named as the article writes them.
  const announcedBy = (choice.announcedBy ?? []).map((person, i) => {
    if (person.type === 'entity') {
      if (!input.entities.has(person.id)) throw new DealChoiceError(`announcedBy.${i}.id`, `no entity ${person.id}`);
      return person.id;
    }
    const entity = EntitySchema.parse({
      id: freeId(person.name, takenEntities, 'person'),
      name: person.name,
      kind: 'person',
      description: '',
      aliases: [nameAlias(person.name, article.language)],
      origin: 'user',
    });
    newEntities.push(entity);
    return entity.id;
  });
  const dealId = freeId(choice.title, new Set(input.taken.deals), 'deal');
  const filed = fileFacts(input, dealId);
  const deal = DealSchema.parse({
    id: dealId,
    title: choice.title,
    parties,
    kind: choice.kind,
    announcedDate: choice.announcedDate,
    status: choice.status,
    statusFr: choice.statusFr,
    summary: choice.summary,
    headline: storedHeadline(choice.headline, filed.ids),
    announcedBy: announcedBy.length > 0 ? [...new Set(announcedBy)] : undefined,
    sourceArticles: [article.id],
    origin: 'user',
  });
  const facts = filed.facts;
  const counts = newEntities.length > 0 ? countMentions(compileMatcher(newEntities), article.text) : new Map();
  const mentions = [...counts].map(([entityId, count]) => ({ articleId: article.id, entityId, count }));
  const names = [
    ...choice.parties.flatMap((p) => (p.type === 'new' ? [p.name] : [])),
    ...(choice.announcedBy ?? []).flatMap((p) => (p.type === 'new' ? [p.name] : [])),
  ];
  return {
    deal,
    newEntities,
    facts,
    confirmed: filed.confirmed,
    mentions,
    candidates: remaining(candidates, choice.factIds, names),
  };
}

/** The candidates left to review once facts are filed and names added. */
function remaining(candidates: ArticleCandidates, factIds: readonly string[], names: readonly string[]) {
  const filed = new Set(factIds);
  const added = new Set(names.map((n) => n.toLowerCase()));
  return {
    ...candidates,
    facts: candidates.facts.filter((f) => !filed.has(f.id)),
    entities: candidates.entities.filter((e) => !added.has(e.name.toLowerCase())),
  };
}
