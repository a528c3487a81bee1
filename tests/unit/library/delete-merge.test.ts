import { describe, expect, it } from 'vitest';
import { hasDependents, planDeletion } from '@/lib/library/delete-plan';
import { deleteRecord } from '@/lib/library/delete-records';
import { saveRecord } from '@/lib/library/edit-records';
import { mergeEntities } from '@/lib/library/merge-entities';
import { loadLibrary } from '@/lib/library/records';
import { readCatalogVersion } from '@/lib/store/catalog-version';
import { readTombstones } from '@/lib/store/seed-tombstones';
import { snapshot } from '../store/helpers';
import { seededDatabase, userAws } from './library-fixtures';

describe('deleting records', () => {
  it('plans what depends on an entity before anything is deleted', async () => {
    const { db } = await seededDatabase();
    const plan = planDeletion(await loadLibrary(db), 'entities', 'huawei', 1)!;
    expect(hasDependents(plan)).toBe(true);
    // The Huawei × Peru deal has two parties: without Huawei it cannot stand, so it goes with its facts.
    expect(plan.deleted.deals.map((d) => d.id)).toEqual(['huawei-peru']);
    expect(plan.deleted.facts.map((f) => f.id)).toEqual(
      expect.arrayContaining(['huawei-peru-young-people-trained', 'huawei-peru-citizens-trained']),
    );
    expect(plan.mentions.length).toBeGreaterThan(0);
  });

  it('a fact has no dependents', async () => {
    const { db } = await seededDatabase();
    const plan = planDeletion(await loadLibrary(db), 'facts', 'aws-mexico-jobs-per-year', 1)!;
    expect(hasDependents(plan)).toBe(false);
  });

  it('deletes an entity and its dependents in one transaction, leaving no dangling reference', async () => {
    const { db } = await seededDatabase();
    const before = await readCatalogVersion(db);
    await deleteRecord(db, 'entities', 'government-of-peru');
    const data = await loadLibrary(db);
    expect(data.deals.some((d) => d.parties.includes('government-of-peru'))).toBe(false);
    expect(data.entities.some((e) => e.relations.some((r) => r.target === 'government-of-peru'))).toBe(false);
    expect(data.mentions.some((m) => m.entityId === 'government-of-peru')).toBe(false);
    // Relations to it were dropped from other entities, which are now the reader's edits.
    expect(data.entities.find((e) => e.id === 'dina-boluarte')?.editedAt).toBeDefined();
    expect(await readCatalogVersion(db)).not.toBe(before);
    expect((await readTombstones(db)).entities).toContain('government-of-peru');
  });

  it('deleting an article drops the facts quoting it and the deals it was the only source of', async () => {
    const { db } = await seededDatabase();
    await deleteRecord(db, 'articles', 'seed-aws-mexico');
    const data = await loadLibrary(db);
    expect(data.deals.map((d) => d.id)).not.toContain('aws-mexico');
    expect(data.facts.some((f) => f.articleId === 'seed-aws-mexico')).toBe(false);
  });
});

describe('merging entities', () => {
  it('moves aliases, facts, deals and mentions of a reader-added AWS into the seed AWS', async () => {
    const { db } = await seededDatabase();
    await saveRecord(db, 'entities', userAws(), { isNew: true });
    const fact = (await db.facts.get('aws-mexico-jobs-per-year'))!;
    await saveRecord(
      db,
      'facts',
      { ...fact, id: 'user-aws-fact', subject: { type: 'entity', id: userAws().id } },
      { isNew: true },
    );
    const deal = (await db.deals.get('aws-mexico'))!;
    await saveRecord(db, 'deals', { ...deal, id: 'user-aws-deal', parties: [userAws().id, 'mexico'] }, { isNew: true });
    await db.mentions.put({ articleId: 'seed-aws-mexico', entityId: userAws().id, count: 2 });
    const awsMentions = (await db.mentions.get(['seed-aws-mexico', 'aws']))?.count ?? 0;
    const before = await readCatalogVersion(db);

    await mergeEntities(db, 'aws', userAws().id, 99);

    const aws = (await db.entities.get('aws'))!;
    expect(aws.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['AWS', 'Amazon Web Services', 'Amazon Web Services (AWS)', 'AWS Cloud']),
    );
    expect(aws.editedAt).toBe(99);
    expect(await db.entities.get(userAws().id)).toBeUndefined();
    expect((await db.facts.get('user-aws-fact'))?.subject).toEqual({ type: 'entity', id: 'aws' });
    expect((await db.deals.get('user-aws-deal'))?.parties).toEqual(['aws', 'mexico']);
    expect((await db.mentions.get(['seed-aws-mexico', 'aws']))?.count).toBe(awsMentions + 2);
    expect(await db.mentions.where('entityId').equals(userAws().id).count()).toBe(0);
    expect(await readCatalogVersion(db)).not.toBe(before);
  });

  it('refuses a merge that would leave a deal with one party, and changes nothing', async () => {
    const { db } = await seededDatabase();
    const before = await snapshot(db);
    await expect(mergeEntities(db, 'huawei', 'government-of-peru')).rejects.toThrow(/huawei-peru.*single party/);
    await expect(mergeEntities(db, 'huawei', 'huawei')).rejects.toThrow(/itself/);
    expect(await snapshot(db)).toEqual(before);
  });
});
