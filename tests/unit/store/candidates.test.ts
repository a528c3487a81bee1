import { beforeEach, describe, expect, it } from 'vitest';
import { deleteRecord } from '@/lib/library/delete-records';
import { saveRecord } from '@/lib/library/edit-records';
import { mergeEntities } from '@/lib/library/merge-entities';
import { wipeStore } from '@/lib/library/wipe-store';
import type { FactSubject } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { acceptCandidateFact, addCandidateEntity, discardCandidate } from '@/lib/store/saved-articles';
import { applySeedRecords } from '@/lib/store/seed-store';
import { userAws } from '../library/library-fixtures';
import { peruText, savePeruStory } from '../save/save-fixtures';
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

// Each test saves whole articles (matching, figures, names): seconds on a busy machine, not the default five.
describe('candidates follow the records they depend on', { timeout: 20_000 }, () => {
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

describe("the reader's decisions on candidates", { timeout: 20_000 }, () => {
  /** The follow-up story with a new company named twice, so it proposes a name as well as figures. */
  const withName = (prefix = '') => ({
    text: `${prefix}La société Pengyou Tech a signé un partenariat avec Huawei. Pengyou Tech formera les enseignants.\n${peruText}`,
  });
  const figure = async (articleId: string, value: number) => {
    const found = (await db.candidates.get(articleId))?.facts.find((f) => f.value === value);
    if (!found) throw new Error(`the ${value} figure is proposed`);
    return found;
  };
  const proposedValues = async (articleId: string) => (await db.candidates.get(articleId))?.facts.map((f) => f.value);
  const proposedNames = async (articleId: string) => (await db.candidates.get(articleId))?.entities.map((e) => e.name);

  it('a discarded figure and a discarded name stay discarded when the article is saved again', async () => {
    const story = await savePeruStory(db, withName());
    const young = await figure(story, 20000);
    expect(await proposedNames(story)).toContain('Pengyou Tech');
    await discardCandidate(db, story, 'fact', young.id);
    await discardCandidate(db, story, 'entity', 'Pengyou Tech');

    // The story was updated meanwhile: a new first line shifts every offset in the text.
    const again = await savePeruStory(db, withName('Mise à jour : ajout de précisions.\n'));
    expect(again).toBe(story);
    expect(await proposedValues(story)).not.toContain(20000);
    expect(await proposedValues(story)).toContain(150);
    expect(await proposedNames(story)).not.toContain('Pengyou Tech');
  });

  it('an accepted figure is not proposed again, and accepting it again stores no second fact', async () => {
    const story = await savePeruStory(db);
    const young = await figure(story, 20000);
    // Filed under Huawei itself: the seed deal's own 20 000 would make it a confirmation (see the next test).
    const subject = { type: 'entity', id: 'huawei' } as const;
    // A double click, or the article open in two tabs: both requests arrive.
    await Promise.all([
      acceptCandidateFact(db, story, young.id, subject),
      acceptCandidateFact(db, story, young.id, subject),
    ]);
    await savePeruStory(db);
    expect(await proposedValues(story)).not.toContain(20000);
    await acceptCandidateFact(db, story, young.id, subject);
    const facts = await db.facts.where('articleId').equals(story).toArray();
    expect(facts.filter((f) => f.value === 20000)).toHaveLength(1);
  });

  it('a figure the store already has from another article confirms it: one fact, two sources, even clicked twice', async () => {
    const story = await savePeruStory(db);
    const young = await figure(story, 20000);
    const subject = { type: 'deal', id: 'huawei-peru' } as const;
    await Promise.all([
      acceptCandidateFact(db, story, young.id, subject),
      acceptCandidateFact(db, story, young.id, subject),
    ]);
    const seedFact = await db.facts.get('huawei-peru-young-people-trained');
    expect(seedFact?.confirmations?.map((c) => c.articleId)).toEqual([story]);
    expect(await db.facts.where('articleId').equals(story).count()).toBe(0);
    expect(await proposedValues(story)).not.toContain(20000);
  });

  it('a figure accepted before decisions were kept is not proposed again either', async () => {
    const story = await savePeruStory(db);
    const young = await figure(story, 20000);
    await acceptCandidateFact(db, story, young.id, { type: 'entity', id: 'huawei' });
    const record = await db.candidates.get(story);
    await db.candidates.put({ articleId: story, facts: record?.facts ?? [], entities: record?.entities ?? [] });
    await savePeruStory(db);
    expect(await proposedValues(story)).not.toContain(20000);
  });

  it('decisions made at the same moment are all kept: accept and discard are transactions', async () => {
    const story = await savePeruStory(db, withName());
    const [young, objects, funds] = await Promise.all([figure(story, 20000), figure(story, 150), figure(story, 2.9e9)]);
    await Promise.all([
      discardCandidate(db, story, 'fact', young.id),
      discardCandidate(db, story, 'fact', objects.id),
      acceptCandidateFact(db, story, funds.id, { type: 'deal', id: 'huawei-peru' }),
      addCandidateEntity(db, story, 'Pengyou Tech', 'company', 'fr'),
    ]);
    const values = await proposedValues(story);
    expect(values).not.toContain(20000);
    expect(values).not.toContain(150);
    expect(values).not.toContain(2.9e9);
    expect(values?.length).toBeGreaterThan(0);
    expect(await proposedNames(story)).toEqual([]);
    expect(await db.entities.get('pengyou-tech')).toBeDefined();
  });
});
