import { slugify } from '@/lib/catalog/slug';
import type { Article, Deal, Entity, Fact } from '@/lib/schema';
import { writeCatalog } from '@/lib/store/catalog-write';
import type { DealLensDatabase } from '@/lib/store/db';
import { RECORD_SCHEMAS, type RecordKind } from './records';
import {
  articleReferences,
  brokenReferences,
  dealReferences,
  entityReferences,
  factReferences,
  type KnownIds,
  type Reference,
} from './references';
import { type FieldIssue, RecordValidationError, validateRecord } from './validation';

export interface RecordTypes {
  entities: Entity;
  deals: Deal;
  facts: Fact;
  articles: Article;
}

const NOUN: Record<RecordKind, string> = { entities: 'entity', deals: 'deal', facts: 'fact', articles: 'article' };

const REFERENCES: { [K in RecordKind]: (record: RecordTypes[K]) => Reference[] } = {
  entities: entityReferences,
  deals: dealReferences,
  facts: factReferences,
  articles: articleReferences,
};

/** Whitespace runs as one space, so a quote copied across a line break still counts as the article's words. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Saves one record the reader created (`isNew`) or edited, in one transaction:
 * - validated with its Zod schema, every wrong field named ({@link RecordValidationError});
 * - its references (parties, sources, subject, relation targets) must exist, and a fact's quote must be words of
 *   its article, as the schema promises;
 * - an edit stamps `editedAt` so seeding never overwrites it; a new record is `origin: 'user'`;
 * - an entity write bumps the catalog version in the same transaction, so the background recompiles its matcher.
 */
export async function saveRecord<K extends RecordKind>(
  db: DealLensDatabase,
  kind: K,
  input: unknown,
  options: { isNew: boolean; now?: number },
): Promise<RecordTypes[K]> {
  const now = options.now ?? Date.now();
  const draft = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const label = `${NOUN[kind]} ${String(draft.id ?? '')}`.trim();
  const tables = [db.entities, db.deals, db.facts, db.articles];
  return writeCatalog(db, tables, async () => {
    const table = db.table<RecordTypes[K], string>(kind);
    const id = typeof draft.id === 'string' ? draft.id : '';
    const existing = id ? await table.get(id) : undefined;
    if (options.isNew && existing)
      throw new RecordValidationError(label, [{ path: 'id', message: 'already taken', code: 'id-taken' }]);
    if (!options.isNew && !existing)
      throw new RecordValidationError(label, [{ path: 'id', message: 'not in the store', code: 'id-unknown' }]);
    const origin = existing?.origin ?? 'user';
    const record = validateRecord(RECORD_SCHEMAS[kind], { ...draft, origin, editedAt: now }, label) as RecordTypes[K];
    const issues = [...(await referenceIssues(db, kind, record)), ...(await quoteIssues(db, kind, record))];
    if (issues.length > 0) throw new RecordValidationError(label, issues);
    await table.put(record);
    // A new record loses its tombstone; an edited entity changes the catalog all the same.
    const written = options.isNew ? { [kind]: [record] } : undefined;
    return { result: record, changes: { written, entitiesChanged: kind === 'entities' } };
  });
}

async function referenceIssues<K extends RecordKind>(
  db: DealLensDatabase,
  kind: K,
  record: RecordTypes[K],
): Promise<FieldIssue[]> {
  const references = REFERENCES[kind](record);
  if (references.length === 0) return [];
  const lookup = async (table: keyof KnownIds) => {
    const ids = references.filter((r) => r.table === table).map((r) => r.id);
    const found = await db.table<{ id: string }, string>(table).bulkGet(ids);
    const known = new Set(found.flatMap((r) => (r ? [r.id] : [])));
    // An entity may point at itself only once it exists; the record being saved counts as existing.
    if (table === kind) known.add(record.id);
    return known;
  };
  const known: KnownIds = {
    entities: await lookup('entities'),
    deals: await lookup('deals'),
    articles: await lookup('articles'),
  };
  return brokenReferences(references, known);
}

async function quoteIssues<K extends RecordKind>(
  db: DealLensDatabase,
  kind: K,
  record: RecordTypes[K],
): Promise<FieldIssue[]> {
  if (kind !== 'facts') return [];
  const fact = record as Fact;
  const article = await db.articles.get(fact.articleId);
  if (!article || squash(article.text).includes(squash(fact.quote))) return [];
  return [
    {
      path: 'quote',
      message: `not found in the text of article "${article.id}"`,
      code: 'quote-not-found',
      params: { title: article.title },
    },
  ];
}

/**
 * A free id for a new record, readable like the catalog's ("acme-robotics"), with "-2", "-3"… on a clash.
 * Names with no Latin letter or digit get a generated id.
 */
export function newRecordId(name: string, taken: ReadonlySet<string>, prefix = 'record'): string {
  const base = slugify(name).slice(0, 60).replace(/-+$/, '') || `${prefix}-${Date.now().toString(36)}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
