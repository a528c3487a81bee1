import {
  type Article,
  ArticleSchema,
  type Deal,
  DealSchema,
  type Entity,
  EntitySchema,
  type Fact,
  FactSchema,
  type Mention,
  MentionSchema,
} from '@/lib/schema';
import type { DealLensDatabase } from '@/lib/store/db';

/** The record tables the library browses and edits (mentions are derived, not edited by hand). */
export type RecordKind = 'entities' | 'deals' | 'facts' | 'articles';
export const RECORD_KINDS: readonly RecordKind[] = ['entities', 'deals', 'facts', 'articles'];

/** Each record table's schema, the one every write is validated against. */
export const RECORD_SCHEMAS = {
  entities: EntitySchema,
  deals: DealSchema,
  facts: FactSchema,
  articles: ArticleSchema,
} as const;

/** The whole store, as the library holds it in memory: a reader's store is thousands of records, not millions. */
export interface LibraryData {
  entities: Entity[];
  deals: Deal[];
  facts: Fact[];
  articles: Article[];
  mentions: Mention[];
}

export const EMPTY_LIBRARY: LibraryData = { entities: [], deals: [], facts: [], articles: [], mentions: [] };

/** The record tables of a database, in the order imports and exports use. */
export function dataTables(db: DealLensDatabase) {
  return [db.entities, db.deals, db.facts, db.articles, db.mentions] as const;
}

/** Reads every record of the store in one read transaction, so the picture is consistent. */
export function loadLibrary(db: DealLensDatabase): Promise<LibraryData> {
  return db.transaction('r', [...dataTables(db)], async () => {
    const [entities, deals, facts, articles, mentions] = await Promise.all([
      db.entities.toArray(),
      db.deals.toArray(),
      db.facts.toArray(),
      db.articles.toArray(),
      db.mentions.toArray(),
    ]);
    return { entities, deals, facts, articles, mentions };
  });
}

/** Key of a mention row, as Dexie's compound primary key. */
export const mentionKey = (m: Pick<Mention, 'articleId' | 'entityId'>): [string, string] => [m.articleId, m.entityId];

export { MentionSchema };
