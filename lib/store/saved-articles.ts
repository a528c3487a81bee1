import { slugify } from '@/lib/catalog/slug';
import type { ArticleCandidates } from '@/lib/save/candidates-schema';
import type { PreparedArticle } from '@/lib/save/prepare-article';
import { type Article, type Entity, type EntityKind, EntitySchema, FactSchema, type FactSubject } from '@/lib/schema';
import { bumpCatalogVersion } from './catalog-version';
import type { DealLensDatabase } from './db';

/** The stored article that is the same as this one: same canonical URL, same URL, or same text from elsewhere. */
export async function findSameArticle(
  db: DealLensDatabase,
  keys: { canonicalUrl?: string; url?: string; contentHash: string },
): Promise<Article | undefined> {
  for (const url of [keys.canonicalUrl, keys.url]) {
    if (!url) continue;
    const byCanonical = await db.articles.where('canonicalUrl').equals(url).first();
    if (byCanonical) return byCanonical;
    const byUrl = await db.articles.where('url').equals(url).first();
    if (byUrl) return byUrl;
  }
  return db.articles.where('contentHash').equals(keys.contentHash).first();
}

/** Writes a saved article, its mentions and its candidates in one transaction: all of it, or nothing. */
export async function writePreparedArticle(db: DealLensDatabase, prepared: PreparedArticle): Promise<void> {
  const { article, mentions, candidates } = prepared;
  await db.transaction('rw', [db.articles, db.mentions, db.candidates], async () => {
    await db.articles.put(article);
    await db.mentions.where('articleId').equals(article.id).delete();
    await db.mentions.bulkPut(mentions);
    await db.candidates.put(candidates);
  });
}

/** The article stored for a page URL (as read or canonical), if any. */
export async function savedArticleFor(db: DealLensDatabase, url: string): Promise<Article | undefined> {
  return (
    (await db.articles.where('url').equals(url).first()) ??
    (await db.articles.where('canonicalUrl').equals(url).first())
  );
}

async function updateCandidates(
  db: DealLensDatabase,
  articleId: string,
  change: (candidates: ArticleCandidates) => ArticleCandidates,
): Promise<void> {
  const current = await db.candidates.get(articleId);
  if (!current) throw new Error(`articleId: no candidates for ${articleId}`);
  await db.candidates.put(change(current));
}

/**
 * The reader accepts a proposed fact: it joins the store (origin "user") with the subject the reader confirmed,
 * and leaves the candidates. From then on every card of its subject shows it.
 */
export async function acceptCandidateFact(
  db: DealLensDatabase,
  articleId: string,
  factId: string,
  subject: FactSubject,
): Promise<void> {
  await db.transaction('rw', [db.candidates, db.facts], async () => {
    const current = await db.candidates.get(articleId);
    const candidate = current?.facts.find((f) => f.id === factId);
    if (!candidate) throw new Error(`factId: no candidate fact ${factId} for ${articleId}`);
    const { quoteStart: _s, quoteEnd: _e, figure: _f, ...fields } = candidate;
    const id = (await db.facts.get(candidate.id)) ? `${candidate.id}-${Date.now().toString(36)}` : candidate.id;
    await db.facts.put(FactSchema.parse({ ...fields, id, subject, origin: 'user' }));
    await updateCandidates(db, articleId, (c) => ({ ...c, facts: c.facts.filter((f) => f.id !== factId) }));
  });
}

export async function discardCandidate(
  db: DealLensDatabase,
  articleId: string,
  kind: 'fact' | 'entity',
  key: string,
): Promise<void> {
  await updateCandidates(db, articleId, (c) =>
    kind === 'fact'
      ? { ...c, facts: c.facts.filter((f) => f.id !== key) }
      : { ...c, entities: c.entities.filter((e) => e.name !== key) },
  );
}

/**
 * The reader adds a proposed name as an entity of the given kind: it is matched on every page from the next scan
 * on (the catalog version changes in the same transaction, so the background recompiles its matcher).
 */
export async function addCandidateEntity(
  db: DealLensDatabase,
  articleId: string,
  name: string,
  kind: EntityKind,
  lang: Entity['aliases'][number]['lang'],
): Promise<Entity> {
  return db.transaction('rw', [db.candidates, db.entities, db.meta], async () => {
    let id = slugify(name) || 'entity';
    while (await db.entities.get(id)) id = `${id}-user`;
    const entity = EntitySchema.parse({
      id,
      name,
      kind,
      description: '',
      aliases: [{ text: name, lang, case: /^[\p{Lu}\d]{2,5}$/u.test(name) ? 'sensitive' : 'insensitive' }],
      origin: 'user',
    });
    await db.entities.add(entity);
    await bumpCatalogVersion(db);
    await updateCandidates(db, articleId, (c) => ({ ...c, entities: c.entities.filter((e) => e.name !== name) }));
    return entity;
  });
}
