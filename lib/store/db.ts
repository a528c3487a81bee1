import Dexie, { type Table } from 'dexie';
import {
  type Article,
  type ArticleCandidates,
  type Deal,
  type Entity,
  type Fact,
  isHttpUrl,
  type Mention,
} from '@/lib/schema';
import { trackCatalogChanges } from './change-tracker';

/** Small key/value records the store keeps about itself (seed catalog version, seed record ids). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'deal-lens';

/** One local change not yet handed to the team replica: the document id (`fact:x`) of a record written or deleted. */
export interface OutboxEntry {
  seq?: number;
  docId: string;
}

/** A record edited in two places (issue 24): every version the replica holds, the winning one first. */
export interface EditConflict {
  docId: string;
  /** The versions, as validated documents with their revision (`_rev`). */
  versions: SyncDocVersion[];
  /** Set when the reader chose: the next cycle removes the losing revisions from the replica. */
  resolvedAt?: number;
}

/** One version of a conflicting document, as stored for the reader to choose from. */
export interface SyncDocVersion {
  rev: string;
  author: string;
  changedAt: number;
  record: Record<string, unknown>;
}

/** A document from the server that did not validate: kept aside, named to the reader, never applied. */
export interface QuarantinedDoc {
  docId: string;
  rev: string;
  reason: string;
  at: number;
}

/**
 * The knowledge store. Opened only in the extension's own origin (background service worker and extension pages):
 * a content script lives in the page's origin, where this database does not exist, and asks the background instead.
 *
 * Every `version(n)` stays here for good, as Dexie requires: a browser that skipped versions upgrades through
 * each step in turn.
 */
export class DealLensDatabase extends Dexie {
  entities!: Table<Entity, string>;
  deals!: Table<Deal, string>;
  facts!: Table<Fact, string>;
  articles!: Table<Article, string>;
  mentions!: Table<Mention, [string, string]>;
  meta!: Table<MetaRecord, string>;
  candidates!: Table<ArticleCandidates, string>;
  outbox!: Table<OutboxEntry, number>;
  editConflicts!: Table<EditConflict, string>;
  quarantine!: Table<QuarantinedDoc, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // v1: first schema. Aliases were plain strings; articles were not indexed for de-duplication.
    this.version(1).stores({
      entities: 'id, kind, name',
      deals: 'id, *parties, kind',
      facts: 'id, subject.id, articleId',
      articles: 'id, url, origin, savedAt',
      mentions: '[articleId+entityId], articleId, entityId',
      meta: 'key',
    });
    // v2: aliases become records (text, language, case, ambiguity rules); articles are found by canonical URL and
    // content hash so saving the same article twice updates it instead of duplicating it.
    this.version(2)
      .stores({
        entities: 'id, kind, name, origin',
        deals: 'id, *parties, kind, announcedDate, origin',
        facts: 'id, subject.id, articleId, origin',
        articles: 'id, url, canonicalUrl, contentHash, origin, savedAt',
      })
      .upgrade(async (tx) => {
        await tx
          .table('entities')
          .toCollection()
          .modify((entity: { aliases: unknown[]; excludes?: unknown; relations?: unknown }) => {
            entity.aliases = entity.aliases.map((alias) => (typeof alias === 'string' ? upgradeAliasV1(alias) : alias));
            entity.excludes ??= [];
            entity.relations ??= [];
          });
      });
    // v3: facts and entities a saved article proposes wait here until the reader accepts or discards them.
    this.version(3).stores({ candidates: 'articleId' });
    // v4: no new table; older builds' data made safe. Only web addresses are kept (an edit or a bundle could store
    // a `javascript:` or `data:` URL before the schemas refused them), and the candidates of articles an older
    // build deleted or wiped, which it left behind, go.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('articles')
          .toCollection()
          .modify((article: { url?: unknown; canonicalUrl?: unknown }) => {
            if (article.url !== undefined && !isHttpUrl(article.url)) delete article.url;
            if (article.canonicalUrl !== undefined && !isHttpUrl(article.canonicalUrl)) delete article.canonicalUrl;
          });
        const articles = new Set(await tx.table('articles').toCollection().primaryKeys());
        await tx
          .table('candidates')
          .filter((record: { articleId: string }) => !articles.has(record.articleId))
          .delete();
      });
    // v5: the team library (issue 24). The outbox is written in the same transaction as each catalog change
    // (catalog-write.ts); conflicts and quarantined documents wait for the reader.
    this.version(5).stores({ outbox: '++seq, docId', editConflicts: 'docId', quarantine: 'docId' });
    trackCatalogChanges(this);
  }
}

/**
 * A v1 alias was a bare string. Short all-capital acronyms (AWS, BRI) were matched as written then too, so they
 * keep that rule; the language was not recorded.
 */
function upgradeAliasV1(text: string) {
  const isAcronym = /^[A-Z0-9]{2,5}$/.test(text);
  return {
    text,
    lang: 'und' as const,
    case: isAcronym ? ('sensitive' as const) : ('insensitive' as const),
    weak: false,
    cuesBefore: [],
    vetoBefore: [],
    vetoAfter: [],
  };
}

let shared: DealLensDatabase | undefined;

/** The one database instance of this extension context. */
export function getDatabase(): DealLensDatabase {
  shared ??= new DealLensDatabase();
  return shared;
}
