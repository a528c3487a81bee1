import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DealLensDatabase } from '@/lib/store/db';

describe('store schema upgrade', () => {
  it('opens a v1 database, upgrades it through every version and finds every record', async () => {
    const name = `deal-lens-upgrade-${Math.random().toString(36).slice(2)}`;
    // The v1 schema exactly as it was declared, with v1-shaped records (aliases were plain strings).
    const v1 = new Dexie(name);
    v1.version(1).stores({
      entities: 'id, kind, name',
      deals: 'id, *parties, kind',
      facts: 'id, subject.id, articleId',
      articles: 'id, url, origin, savedAt',
      mentions: '[articleId+entityId], articleId, entityId',
      meta: 'key',
    });
    await v1.open();
    await v1.table('entities').bulkAdd([
      {
        id: 'aws',
        name: 'AWS',
        kind: 'company',
        description: '',
        aliases: ['AWS', 'Amazon Web Services'],
        origin: 'seed',
      },
      { id: 'peru', name: 'Peru', kind: 'country', description: '', aliases: ['Pérou'], origin: 'user' },
    ]);
    await v1.table('deals').add({
      id: 'd1',
      title: 'D',
      parties: ['aws', 'peru'],
      kind: 'investment',
      summary: 's',
      sourceArticles: ['a1'],
      origin: 'user',
    });
    await v1
      .table('facts')
      .add({ id: 'f1', subject: { type: 'deal', id: 'd1' }, label: 'L', quote: 'q', articleId: 'a1', origin: 'user' });
    await v1.table('articles').add({
      id: 'a1',
      title: 'T',
      language: 'fr',
      text: 'q',
      contentHash: 'a'.repeat(64),
      savedAt: 1,
      origin: 'user',
      canonicalUrl: 'https://example.org/a',
    });
    await v1.table('articles').add({
      id: 'a2',
      url: 'javascript:alert(document.cookie)',
      title: 'T2',
      language: 'fr',
      text: 'q2',
      contentHash: 'b'.repeat(64),
      savedAt: 1,
      origin: 'user',
    });
    await v1.table('mentions').add({ articleId: 'a1', entityId: 'aws', count: 2 });
    v1.close();

    const db = new DealLensDatabase(name);
    await db.open();
    // v5 (issue 24) adds the team tables on top.
    expect(db.verno).toBe(5);
    expect(await db.candidates.count()).toBe(0);
    expect(await db.entities.count()).toBe(2);
    expect(await db.deals.get('d1')).toMatchObject({ parties: ['aws', 'peru'] });
    expect(await db.facts.get('f1')).toMatchObject({ quote: 'q' });
    expect(await db.mentions.get(['a1', 'aws'])).toMatchObject({ count: 2 });
    const aws = await db.entities.get('aws');
    expect(aws?.aliases).toEqual([
      expect.objectContaining({ text: 'AWS', case: 'sensitive', lang: 'und' }),
      expect.objectContaining({ text: 'Amazon Web Services', case: 'insensitive' }),
    ]);
    expect(aws?.excludes).toEqual([]);
    // v2's new indexes work on upgraded rows.
    expect(await db.articles.where('canonicalUrl').equals('https://example.org/a').count()).toBe(1);
    expect(await db.entities.where('origin').equals('user').count()).toBe(1);
    // v4 keeps web addresses only.
    expect(await db.articles.get('a2')).toMatchObject({ title: 'T2' });
    expect(await db.articles.get('a2')).not.toHaveProperty('url');
    db.close();
  });

  it('v4 drops the URLs that are not web addresses and the candidates of articles that are gone', async () => {
    const name = `deal-lens-upgrade-${Math.random().toString(36).slice(2)}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({
      entities: 'id, kind, name, origin',
      deals: 'id, *parties, kind, announcedDate, origin',
      facts: 'id, subject.id, articleId, origin',
      articles: 'id, url, canonicalUrl, contentHash, origin, savedAt',
      mentions: '[articleId+entityId], articleId, entityId',
      meta: 'key',
      candidates: 'articleId',
    });
    await v3.open();
    const article = { language: 'en', text: 't', contentHash: 'a'.repeat(64), savedAt: 1, origin: 'user' };
    await v3.table('articles').bulkAdd([
      { ...article, id: 'kept', title: 'Kept', url: 'https://news.example/k', canonicalUrl: 'https://news.example/c' },
      { ...article, id: 'scripted', title: 'S', url: 'JavaScript:alert(1)', canonicalUrl: 'data:text/html,hi' },
    ]);
    await v3.table('candidates').bulkAdd([
      { articleId: 'kept', facts: [], entities: [] },
      { articleId: 'deleted-by-an-older-build', facts: [], entities: [] },
    ]);
    v3.close();

    const db = new DealLensDatabase(name);
    await db.open();
    expect(await db.articles.get('kept')).toMatchObject({
      url: 'https://news.example/k',
      canonicalUrl: 'https://news.example/c',
    });
    const scripted = await db.articles.get('scripted');
    expect(scripted).toMatchObject({ title: 'S' });
    expect(scripted).not.toHaveProperty('url');
    expect(scripted).not.toHaveProperty('canonicalUrl');
    expect(await db.candidates.toCollection().primaryKeys()).toEqual(['kept']);
    db.close();
  });
});
