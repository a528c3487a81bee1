import { slugify } from '@/lib/catalog/slug';
import { labelOfMeasure } from '@/lib/facts/fact-labels';
import { markFigure } from '@/lib/review/figure-mark';
import { entityNamed } from '@/lib/review/name-mark';
import { figureFromSelection } from '@/lib/review/selection-figure';
import {
  type ArticleCandidates,
  type CandidateFact,
  type Entity,
  type EntityKind,
  EntitySchema,
  type Fact,
  FactSchema,
  type FactSubject,
  type Measure,
} from '@/lib/schema';
import { candidateEntityKey, candidateFactKey, decide } from './candidate-decisions';
import { writeCatalog } from './catalog-write';
import type { DealLensDatabase } from './db';

/** One proposed figure the reader files: under a subject, with the measure they chose (else the proposed one). */
export interface FactAcceptance {
  factId: string;
  subject: FactSubject;
  measure?: Measure;
}

/** One name the reader adds: `key` is the proposal's name; `name`, `kind` and `aliases` as they edited them. */
export interface NameAddition {
  key: string;
  name: string;
  kind: EntityKind;
  /** The other ways to write it; absent: the ones the article gave. */
  aliases?: readonly string[];
}

/** What filing figures did: the facts written, and the stored facts the article now confirms. */
export interface FactsFiled {
  factIds: string[];
  confirmedFactIds: string[];
}

/** Reads an article's candidates for a change; called inside the caller's transaction. */
async function candidatesOf(db: DealLensDatabase, articleId: string): Promise<ArticleCandidates> {
  const current = await db.candidates.get(articleId);
  if (!current) throw new Error(`articleId: no candidates for ${articleId}`);
  return current;
}

/** A fact from a candidate, with the reader's subject and measure (the label follows a changed measure). */
function factOf(candidate: CandidateFact, id: string, subject: FactSubject, measure?: Measure): Fact {
  const { quoteStart: _s, quoteEnd: _e, figure: _f, ...fields } = candidate;
  const relabel = measure && measure !== candidate.measure ? { ...labelOfMeasure(measure), measure } : {};
  return FactSchema.parse({ ...fields, ...relabel, id, subject, origin: 'user' });
}

/**
 * The reader files proposed figures (one, or a whole group): each joins the store with the subject and measure
 * the reader confirmed, or — when a stored fact of that subject from another article states the same value (the
 * review page marks it "confirms") — adds this article as that fact's source instead of a second copy (issue 20).
 * All in one transaction; a figure already filed by an earlier request (a double click, two open pages) is
 * skipped, an unknown one refuses the whole batch.
 */
export async function acceptCandidateFacts(
  db: DealLensDatabase,
  articleId: string,
  items: readonly FactAcceptance[],
): Promise<FactsFiled> {
  return db.transaction('rw', [db.candidates, db.facts], async () => {
    let current = await candidatesOf(db, articleId);
    const filed: FactsFiled = { factIds: [], confirmedFactIds: [] };
    const stored = await db.facts.where('articleId').notEqual(articleId).toArray();
    for (const { factId, subject, measure } of items) {
      const candidate = current.facts.find((f) => f.id === factId);
      if (!candidate) {
        // Filed by a request that got here first: as a fact of this article, or as a source of a stored one.
        if ((await db.facts.get(factId))?.articleId === articleId) continue;
        if (stored.some((f) => f.confirmations?.some((c) => c.articleId === articleId))) continue;
        throw new Error(`factId: no candidate fact ${factId} for ${articleId}`);
      }
      const mark = markFigure(candidate, subject, stored, measure ?? candidate.measure);
      if (mark.status === 'confirms' && mark.stored) {
        const sources = mark.stored.confirmations ?? [];
        if (!sources.some((c) => c.articleId === articleId)) {
          const confirmed = FactSchema.parse({
            ...mark.stored,
            confirmations: [...sources, { articleId, quote: candidate.quote }],
          });
          await db.facts.put(confirmed);
          stored.splice(stored.indexOf(mark.stored), 1, confirmed);
        }
        filed.confirmedFactIds.push(mark.stored.id);
      } else {
        const id = (await db.facts.get(candidate.id)) ? `${candidate.id}-${Date.now().toString(36)}` : candidate.id;
        await db.facts.put(factOf(candidate, id, subject, measure));
        filed.factIds.push(id);
      }
      current = decide(current, 'fact', candidateFactKey(candidate));
    }
    await db.candidates.put(current);
    return filed;
  });
}

/**
 * The reader discards proposals (one, or a whole group): they leave the candidates, and saving the article again
 * does not bring them back. Figures are named by id, names by the name proposed. What is already gone is skipped.
 */
export async function discardCandidates(
  db: DealLensDatabase,
  articleId: string,
  kind: 'fact' | 'entity',
  keys: readonly string[],
): Promise<void> {
  await db.transaction('rw', [db.candidates], async () => {
    let current = await candidatesOf(db, articleId);
    for (const key of keys) {
      const fact = kind === 'fact' ? current.facts.find((f) => f.id === key) : undefined;
      if (kind === 'fact' && !fact) continue;
      current = decide(current, kind, fact ? candidateFactKey(fact) : key);
    }
    await db.candidates.put(current);
  });
}

/** The aliases of a new entity: its name and the other spellings, once each; short all-caps ones case-sensitive. */
function aliasesOf(name: string, others: readonly string[], lang: Entity['aliases'][number]['lang']) {
  const texts = new Map<string, string>();
  for (const raw of [name, ...others]) {
    const text = raw.trim().replace(/\s+/gu, ' ');
    if (text.length < 2 || text.length > 200) continue;
    const key = text.toLowerCase();
    if (!texts.has(key)) texts.set(key, text);
  }
  return [...texts.values()].map((text) => ({
    text,
    lang,
    case: /^[\p{Lu}\d][\p{Lu}\d.&-]{1,9}$/u.test(text) ? ('sensitive' as const) : ('insensitive' as const),
  }));
}

/**
 * The reader adds names (one, or a whole group, or a selection of the text) as entities of the kinds, spellings
 * and aliases they chose: matched on every page from the next scan on (the catalog version changes in the same
 * transaction). A proposal named by `key` leaves the candidates; the aliases default to the ones the article
 * gave (its ticker, its abbreviation, its spelling without a legal form, issue 21). A name the store already
 * carries is not added twice: the existing entity is returned in its place.
 */
export async function addCandidateEntities(
  db: DealLensDatabase,
  /** The saved article whose proposals the names settle; none for a name from a page not saved. */
  articleId: string | undefined,
  items: readonly NameAddition[],
  lang: Entity['aliases'][number]['lang'],
): Promise<Entity[]> {
  return writeCatalog(db, [db.candidates, db.entities], async () => {
    let current = articleId === undefined ? undefined : await db.candidates.get(articleId);
    const added: Entity[] = [];
    const known = await db.entities.toArray();
    for (const item of items) {
      const name = item.name.trim().replace(/\s+/gu, ' ');
      // A name the store already carries (as a name or an alias) is not made twice: the proposal is settled.
      const existing = entityNamed(name, known);
      if (existing) {
        added.push(existing);
        if (current) current = decide(current, 'entity', candidateEntityKey({ name: item.key }));
        continue;
      }
      let id = slugify(name) || 'entity';
      while (await db.entities.get(id)) id = `${id}-user`;
      const proposed = current?.entities.find((c) => c.name === item.key);
      const entity = EntitySchema.parse({
        id,
        name,
        kind: item.kind,
        description: '',
        aliases: aliasesOf(
          name,
          [...(item.aliases ?? proposed?.aliases ?? []), ...(name === item.key ? [] : [item.key])],
          lang,
        ),
        origin: 'user',
      });
      await db.entities.add(entity);
      added.push(entity);
      known.push(entity);
      if (current) current = decide(current, 'entity', candidateEntityKey({ name: item.key }));
    }
    if (current) await db.candidates.put(current);
    return { result: added, changes: { entitiesChanged: true } };
  });
}

/**
 * A figure the reader selected on the saved article (issue 21: add what was missed) joins the article's proposed
 * figures, parsed and with its sentence as quote, for the reader to file like any other. Undefined when the
 * selection holds no figure. The same figure selected twice is proposed once.
 */
export async function addSelectedFigure(
  db: DealLensDatabase,
  articleId: string,
  start: number,
  end: number,
): Promise<CandidateFact | undefined> {
  return db.transaction('rw', [db.articles, db.candidates], async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new Error(`articleId: no article ${articleId}`);
    const current: ArticleCandidates = (await db.candidates.get(articleId)) ?? { articleId, facts: [], entities: [] };
    const fact = figureFromSelection({
      text: article.text,
      lang: article.language,
      articleId,
      start,
      end,
      takenIds: new Set(current.facts.map((f) => f.id)),
    });
    if (!fact) return undefined;
    const same = current.facts.find((f) => candidateFactKey(f) === candidateFactKey(fact));
    if (same) return same;
    // A figure the reader discarded or filed before, selected again: the reader asks for it, so it comes back.
    const decided = current.decided
      ? { ...current.decided, facts: current.decided.facts.filter((k) => k !== candidateFactKey(fact)) }
      : undefined;
    await db.candidates.put({ ...current, facts: [fact, ...current.facts], ...(decided ? { decided } : {}) });
    return fact;
  });
}
