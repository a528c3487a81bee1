import { slugify } from '@/lib/catalog/slug';
import type { Article, Entity, EntityKind, FactSubject, Measure, PreparedArticle } from '@/lib/schema';
import { isSameSite, siteOf } from '@/lib/url/same-site';
import { keepDecisions } from './candidate-decisions';
import { acceptCandidateFacts, addCandidateEntities, discardCandidates } from './candidate-review';
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

/**
 * The reader accepts a proposed fact: it joins the store (origin "user") with the subject the reader confirmed,
 * or confirms the stored fact that says the same (see {@link acceptCandidateFacts}), and leaves the candidates
 * for good. Accepting the same candidate twice (a double click, two open pages) stores one fact.
 */
export async function acceptCandidateFact(
  db: DealLensDatabase,
  articleId: string,
  factId: string,
  subject: FactSubject,
  measure?: Measure,
): Promise<void> {
  await acceptCandidateFacts(db, articleId, [{ factId, subject, ...(measure ? { measure } : {}) }]);
}

/**
 * The reader discards a proposed fact (by id) or name: it leaves the candidates, and saving the article again
 * does not bring it back. Discarding what is already gone changes nothing.
 */
export async function discardCandidate(
  db: DealLensDatabase,
  articleId: string,
  kind: 'fact' | 'entity',
  key: string,
): Promise<void> {
  await discardCandidates(db, articleId, kind, [key]);
}

/**
 * The reader adds a proposed name as an entity of the given kind: it is matched on every page from the next scan
 * on. The other ways the article wrote it join as aliases (see {@link addCandidateEntities}).
 */
export async function addCandidateEntity(
  db: DealLensDatabase,
  articleId: string,
  name: string,
  kind: EntityKind,
  lang: Entity['aliases'][number]['lang'],
): Promise<Entity> {
  const [entity] = await addCandidateEntities(db, articleId, [{ key: name, name, kind }], lang);
  if (!entity) throw new Error(`name: ${name} was not added`);
  return entity;
}
