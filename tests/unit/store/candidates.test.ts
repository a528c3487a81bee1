import { beforeEach, describe, expect, it } from 'vitest';
import { deleteRecord } from '@/lib/library/delete-records';
import { saveRecord } from '@/lib/library/edit-records';
import { mergeEntities } from '@/lib/library/merge-entities';
import { wipeStore } from '@/lib/library/wipe-store';
import type { FactSubject } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { applySeedRecords } from '@/lib/store/seed-store';
import { userAws } from '../library/library-fixtures';
import { savePeruStory } from '../save/save-fixtures';
import { freshDatabase, readSeedBundle } from './helpers';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

/** The subjects of the figures an article still proposes, as "type:id" ("none" when it has none). */
async function proposedSubjects(articleId: string): Promise<string[] | undefined> {
  const record = await db.candidates.get(articleId);
  return record?.facts.map((f) => (f.subject ? `${f.subject.type}:${f.subject.id}` : 'none'));
}

/** Gives the first proposed figures of an article these subjects. */
async function setSubjects(articleId: string, subjects: (FactSubject | undefined)[]): Promise<void> {
  const record = await db.candidates.get(articleId);
  if (!record) throw new Error('the story has candidates');
  subjects.forEach((subject, i) => {
    const fact = record.facts[i];
    if (fact) record.facts[i] = { ...fact, subject };
  });
  await db.candidates.put(record);
}

describe('candidates follow the records they depend on', () => {
  it('deleting an article deletes its candidates, and only its own', async () => {
    const story = await savePeruStory(db);
    const other = await savePeruStory(db, {
      url: 'https://other.example/peru',
      canonicalUrl: 'https://other.example/peru',
      title: 'Another story',
      text: `Selon un autre journal, le 3 juillet.\n${(await db.articles.get(story))?.text}`,
    });
    expect(other).not.toBe(story);
    expect((await db.candidates.get(story))?.facts.length).toBeGreaterThan(3);

    await deleteRecord(db, 'articles', story);

    expect(await db.articles.get(story)).toBeUndefined();
    expect(await db.candidates.get(story)).toBeUndefined();
    expect((await db.candidates.get(other))?.facts.length).toBeGreaterThan(3);
  });

  it('deleting an entity deletes the figures proposed about it and about the deals that go with it', async () => {
    const story = await savePeruStory(db);
    await setSubjects(story, [{ type: 'entity', id: 'huawei' }, { type: 'entity', id: 'peru' }, undefined]);
    const before = await proposedSubjects(story);
    expect(before).toEqual(expect.arrayContaining(['entity:huawei', 'entity:peru', 'none', 'deal:huawei-peru']));

    // Huawei × Peru has two parties: without Huawei the deal goes too, and so do the figures proposed about it.
    const plan = await deleteRecord(db, 'entities', 'huawei');
    expect(plan?.deleted.deals.map((d) => d.id)).toEqual(['huawei-peru']);

    expect(await proposedSubjects(story)).toEqual(['entity:peru', 'none']);
  });

  it('deleting a deal deletes the figures proposed about it', async () => {
    const story = await savePeruStory(db);
    await setSubjects(story, [{ type: 'entity', id: 'huawei' }]);
    await deleteRecord(db, 'deals', 'huawei-peru');
    expect(await proposedSubjects(story)).toEqual(['entity:huawei']);
  });

  it('wiping the store deletes every candidate', async () => {
    await savePeruStory(db);
    expect(await db.candidates.count()).toBe(1);
    await wipeStore(db);
    expect(await db.candidates.count()).toBe(0);
  });

  it('merging an entity into another moves the figures proposed about it', async () => {
    const story = await savePeruStory(db);
    await saveRecord(db, 'entities', userAws(), { isNew: true });
    await setSubjects(story, [{ type: 'entity', id: userAws().id }]);
    await mergeEntities(db, 'aws', userAws().id);
    expect((await proposedSubjects(story))?.[0]).toBe('entity:aws');
    expect(await proposedSubjects(story)).not.toContain(`entity:${userAws().id}`);
  });
});
