import { slugify } from '@/lib/catalog/slug';
import {
  type Article,
  type ArticleCandidates,
  type Entity,
  type EntityKind,
  EntitySchema,
  FactSchema,
  type FactSubject,
  type PreparedArticle,
} from '@/lib/schema';
import { isSameSite, siteOf } from '@/lib/url/same-site';
import { candidateEntityKey, candidateFactKey, decide, keepDecisions } from './candidate-decisions';
import { writeCatalog } from './catalog-write';
import type { DealLensDatabase } from './db';

/** What tells that two saves are of one article (see {@link findSameArticle}). */
export interface SameArticleKeys {
  canonicalUrl?: string;
  url?: string;
  /** SHA-256 of the normalised text (lib/text/content-hash). */
  contentHash: string;
}

/**
 * The stored article that is the same as this one: same canonical URL, same URL, or same text, and always from
 * the same site as the page being saved (`keys.url`). An article saved earlier is never replaced by another
 * site's page, whatever that page claims to be (a forged canonical address, a copy of the text): that page is
 * saved as an article of its own.
 */
export async function findSameArticle(db: DealLensDatabase, keys: SameArticleKeys): Promise<Article | undefined> {
  const pageUrl = keys.url;
  // A stored article without an address (an import) is matched by its text alone, as before.
  const sameSite = (article: Article) => !pageUrl || !article.url || isSameSite(article.url, pageUrl);
  const first = (found: Article[]) => found.find(sameSite);
  for (const url of [keys.canonicalUrl, keys.url]) {
    if (!url) continue;
    const byCanonical = first(await db.articles.where('canonicalUrl').equals(url).toArray());
    if (byCanonical) return byCanonical;
    const byUrl = first(await db.articles.where('url').equals(url).toArray());
    if (byUrl) return byUrl;
  }
  return first(await db.articles.where('contentHash').equals(keys.contentHash).toArray());
}

/** A slug naming a page's site ("mirror-example-com"), to tell its article from another site's of the same text. */
function siteSuffix(url: string | undefined): string {
  const host = url ? (siteOf(url) ?? '').replace(/^https?:\/\//, '') : '';
  return slugify(host) || 'elsewhere';
}

/** What a save wrote (candidates as stored), and whether it updated an article already there. */
export interface SavedArticle extends PreparedArticle {
  updated: boolean;
}

/**
 * Writes a saved article, its mentions and its candidates in one transaction: all of it, or nothing.
 *
 * The duplicate check ({@link findSameArticle}) runs again inside that transaction, and `prepare` builds the
 * records against the copy found there. It must be synchronous (an IndexedDB transaction ends at the first wait
 * on anything else), and may be handed a copy its caller did not find earlier: so two saves of one story whose
 * earlier checks both found nothing still make one record, the second updating the first. An article saved again
 * keeps the reader's decisions: what they accepted or discarded is not proposed again (see {@link keepDecisions}).
 */
export async function writeSavedArticle(
  db: DealLensDatabase,
  keys: SameArticleKeys,
  prepare: (existing: Article | undefined, idSuffix?: string) => PreparedArticle,
): Promise<SavedArticle> {
  return db.transaction('rw', [db.articles, db.mentions, db.candidates, db.facts], async () => {
    const existing = await findSameArticle(db, keys);
    let prepared = prepare(existing);
    // Its id (title and text) is held by another site's article, which this page must not replace: the page gets
    // an id of its own, named after its site.
    if (!existing && (await db.articles.get(prepared.article.id))) prepared = prepare(undefined, siteSuffix(keys.url));
    const { article, mentions, candidates: proposed } = prepared;
    const [previous, facts] = await Promise.all([
      db.candidates.get(article.id),
      db.facts.where('articleId').equals(article.id).toArray(),
    ]);
    const candidates = keepDecisions(proposed, previous, facts);
    await db.articles.put(article);
    await db.mentions.where('articleId').equals(article.id).delete();
    await db.mentions.bulkPut(mentions);
    await db.candidates.put(candidates);
    return { article, mentions, candidates, updated: existing !== undefined };
  });
}

/** The article stored for a page URL (as read or canonical), if any. */
export async function savedArticleFor(db: DealLensDatabase, url: string): Promise<Article | undefined> {
  return (
    (await db.articles.where('url').equals(url).first()) ??
    (await db.articles.where('canonicalUrl').equals(url).first())
  );
}

/** Reads an article's candidates for a change; called inside the caller's transaction. */
async function candidatesOf(db: DealLensDatabase, articleId: string): Promise<ArticleCandidates> {
  const current = await db.candidates.get(articleId);
  if (!current) throw new Error(`articleId: no candidates for ${articleId}`);
  return current;
}

/**
 * The reader accepts a proposed fact: it joins the store (origin "user") with the subject the reader confirmed,
 * and leaves the candidates for good (saving the article again does not propose it again). From then on every
 * card of its subject shows it. One transaction; accepting the same candidate twice (a double click, two open
 * pages) stores one fact.
 */
export async function acceptCandidateFact(
  db: DealLensDatabase,
  articleId: string,
  factId: string,
  subject: FactSubject,
): Promise<void> {
  await db.transaction('rw', [db.candidates, db.facts], async () => {
    const current = await candidatesOf(db, articleId);
    const candidate = current.facts.find((f) => f.id === factId);
    if (!candidate) {
      // Already accepted by a request that got here first: the fact it made is the one the reader wants.
      if ((await db.facts.get(factId))?.articleId === articleId) return;
      throw new Error(`factId: no candidate fact ${factId} for ${articleId}`);
    }
    const { quoteStart: _s, quoteEnd: _e, figure: _f, ...fields } = candidate;
    const id = (await db.facts.get(candidate.id)) ? `${candidate.id}-${Date.now().toString(36)}` : candidate.id;
    await db.facts.put(FactSchema.parse({ ...fields, id, subject, origin: 'user' }));
    await db.candidates.put(decide(current, 'fact', candidateFactKey(candidate)));
  });
}

/**
 * The reader discards a proposed fact (by id) or name: it leaves the candidates, and saving the article again
 * does not bring it back. One transaction; discarding what is already gone changes nothing.
 */
export async function discardCandidate(
  db: DealLensDatabase,
  articleId: string,
  kind: 'fact' | 'entity',
  key: string,
): Promise<void> {
  await db.transaction('rw', [db.candidates], async () => {
    const current = await candidatesOf(db, articleId);
    const fact = kind === 'fact' ? current.facts.find((f) => f.id === key) : undefined;
    if (kind === 'fact' && !fact) return;
    await db.candidates.put(decide(current, kind, fact ? candidateFactKey(fact) : key));
  });
}

/**
 * The reader adds a proposed name as an entity of the given kind: it is matched on every page from the next scan
 * on (the catalog version changes in the same transaction, so the background recompiles its matcher). The other
 * ways the article wrote it join as aliases: its ticker, its abbreviation, its spelling without a legal form
 * (issue 21); short all-caps ones match only as written ("EC", "ISA" are not "ec", "isa").
 */
export async function addCandidateEntity(
  db: DealLensDatabase,
  articleId: string,
  name: string,
  kind: EntityKind,
  lang: Entity['aliases'][number]['lang'],
): Promise<Entity> {
  return writeCatalog(db, [db.candidates, db.entities], async () => {
    let id = slugify(name) || 'entity';
    while (await db.entities.get(id)) id = `${id}-user`;
    const proposed = (await db.candidates.get(articleId))?.entities.find((c) => c.name === name);
    const texts = new Map<string, string>();
    for (const text of [name, ...(proposed?.aliases ?? [])]) {
      const key = text.toLowerCase();
      if (!texts.has(key)) texts.set(key, text);
    }
    const entity = EntitySchema.parse({
      id,
      name,
      kind,
      description: '',
      aliases: [...texts.values()].map((text) => ({
        text,
        lang,
        case: /^[\p{Lu}\d][\p{Lu}\d.&-]{1,9}$/u.test(text) ? 'sensitive' : 'insensitive',
      })),
      origin: 'user',
    });
    await db.entities.add(entity);
    await db.candidates.put(decide(await candidatesOf(db, articleId), 'entity', candidateEntityKey({ name })));
    return { result: entity, changes: { entitiesChanged: true } };
  });
}
