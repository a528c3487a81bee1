import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticleFromTab } from '@/lib/background/save-article';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { readCatalogVersion } from '@/lib/store/catalog-version';
import type { DealLensDatabase } from '@/lib/store/db';
import { getEntityCard } from '@/lib/store/queries';
import { acceptCandidateFact, addCandidateEntity } from '@/lib/store/saved-articles';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle, snapshot } from '../store/helpers';
import { page, peruSeedText, saveDeps } from './save-fixtures';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

const deps = (result: Parameters<typeof saveDeps>[1], urls?: string[]) => saveDeps(db, result, urls);

describe('saving an article', () => {
  it('stores the article, its mentions and its candidates; saving again updates the same copy', async () => {
    const first = await saveArticleFromTab(deps({ ok: true, article: page() }), 7);
    expect(first).toMatchObject({ ok: true, updated: false });
    expect(await db.articles.count()).toBe(4);
    const again = await saveArticleFromTab(
      deps({ ok: true, article: page({ url: 'https://news.example/peru?utm=2' }) }),
      7,
    );
    expect(again).toMatchObject({ ok: true, updated: true });
    // The same text at another address of the same site, with no canonical link, is the same article too.
    const moved = page({ url: 'https://www.news.example/peru-copy', canonicalUrl: undefined });
    const third = await saveArticleFromTab(
      deps({ ok: true, article: moved }, ['https://www.news.example/peru-copy']),
      7,
    );
    expect(third).toMatchObject({ ok: true, updated: true });
    expect(await db.articles.count()).toBe(4);
    if (!first.ok) throw new Error('saved');
    expect((await db.mentions.where('articleId').equals(first.articleId).toArray()).length).toBeGreaterThan(5);
    expect((await db.candidates.get(first.articleId))?.facts.length).toBeGreaterThan(3);
  });

  it('cross-references at once: the new article counts under "also mentioned in", accepted facts join cards', async () => {
    const saved = await saveArticleFromTab(deps({ ok: true, article: page() }), 7);
    if (!saved.ok) throw new Error('saved');
    const card = await getEntityCard(db, 'huawei');
    expect(card?.mentionedIn.map((m) => m.article.id)).toContain(saved.articleId);
    const candidate = (await db.candidates.get(saved.articleId))?.facts.find((f) => f.value === 20000);
    if (!candidate) throw new Error('the 20 000 figure is proposed');
    await acceptCandidateFact(db, saved.articleId, candidate.id, { type: 'entity', id: 'huawei' });
    const after = await getEntityCard(db, 'huawei');
    expect(after?.facts.map((f) => f.fact.quote)).toContain(candidate.quote);
    expect((await db.candidates.get(saved.articleId))?.facts.some((f) => f.id === candidate.id)).toBe(false);
  });

  it('adding a proposed name creates an entity and changes the catalog version', async () => {
    const saved = await saveArticleFromTab(deps({ ok: true, article: page() }), 7);
    if (!saved.ok) throw new Error('saved');
    const before = await readCatalogVersion(db);
    const entity = await addCandidateEntity(db, saved.articleId, 'Ministère de la Production', 'government', 'fr');
    expect((await db.entities.get(entity.id))?.origin).toBe('user');
    expect(await readCatalogVersion(db)).not.toBe(before);
  });

  it.each([
    ['no article', { ok: false, reason: 'no-article' } as const, 'no-article'],
    ['a 5 MB text', { ok: true, article: page({ text: 'x '.repeat(2_500_000) }) } as const, 'too-large'],
    [
      'a German page',
      {
        ok: true,
        article: page({
          lang: 'und',
          langTag: 'de',
          text: 'Die Regierung hat am Montag ein neues Gesetz beschlossen, das die Digitalisierung beschleunigen soll. '.repeat(
            10,
          ),
        }),
      } as const,
      'unsupported-language',
    ],
    ['a malformed result', { ok: true, article: { title: 42 } } as const, 'extraction-failed'],
  ])('%s gets a clear reason and stores nothing', async (_name, result, reason) => {
    const before = await snapshot(db);
    expect(await saveArticleFromTab(deps(result), 7)).toMatchObject({ ok: false, reason });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a page that navigates during the save stores nothing', async () => {
    const before = await snapshot(db);
    const outcome = await saveArticleFromTab(
      deps({ ok: true, article: page() }, ['https://news.example/peru?utm=1', 'https://news.example/other']),
      7,
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'page-changed' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('another site never replaces an article saved earlier: same text, copied title, forged canonical', async () => {
    const first = await saveArticleFromTab(deps({ ok: true, article: page() }), 7);
    if (!first.ok) throw new Error('saved');
    const original = await db.articles.get(first.articleId);
    // A mirror on another site: same title, same text, and a canonical link naming the original.
    const mirrorUrl = 'https://mirror.example/copy';
    const mirrored = page({ url: mirrorUrl, canonicalUrl: original?.url });
    const copy = await saveArticleFromTab(deps({ ok: true, article: mirrored }, [mirrorUrl]), 7);
    expect(copy).toMatchObject({ ok: true, updated: false });
    if (!copy.ok) throw new Error('saved');
    expect(copy.articleId).not.toBe(first.articleId);
    expect(await db.articles.get(first.articleId)).toEqual(original);
    expect(await db.articles.get(copy.articleId)).toMatchObject({ url: mirrorUrl });
    expect((await db.articles.get(copy.articleId))?.canonicalUrl).toBeUndefined();
  });

  it('the text of a seed article (which has no address) is that article: saving it updates the seed copy', async () => {
    const outcome = await saveArticleFromTab(deps({ ok: true, article: page({ text: peruSeedText }) }), 7);
    expect(outcome).toMatchObject({ ok: true, updated: true, articleId: 'seed-huawei-peru' });
    expect(await db.articles.count()).toBe(3);
    expect(await db.articles.get('seed-huawei-peru')).toMatchObject({
      url: 'https://news.example/peru?utm=1',
      origin: 'seed',
      editedAt: 1000,
    });
  });

  it('a page process that lies about its address is saved under the tab’s', async () => {
    const outcome = await saveArticleFromTab(
      deps({ ok: true, article: page({ url: 'https://victim.example/a', canonicalUrl: 'https://victim.example/a' }) }),
      7,
    );
    if (!outcome.ok) throw new Error('saved');
    const saved = await db.articles.get(outcome.articleId);
    expect(saved?.url).toBe('https://news.example/peru?utm=1');
    expect(saved?.canonicalUrl).toBeUndefined();
  });

  it('refuses browser pages', async () => {
    expect(await saveArticleFromTab(deps({ ok: true, article: page() }, ['chrome://settings']), 7)).toMatchObject({
      ok: false,
      reason: 'not-a-web-page',
    });
  });
});
