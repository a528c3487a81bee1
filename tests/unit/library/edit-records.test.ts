import { describe, expect, it } from 'vitest';
import { saveRecord } from '@/lib/library/edit-records';
import { RecordValidationError } from '@/lib/library/validation';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { readCatalogVersion } from '@/lib/store/catalog-version';
import { applySeedRecords } from '@/lib/store/seed-store';
import { readSeedBundle, snapshot } from '../store/helpers';
import { alias, conflictingFact, secondAwsArticle, seededDatabase, userAws } from './library-fixtures';

describe('saving a record from the library', () => {
  it('adds an alias to a seed entity, stamps editedAt and bumps the catalog version in the same write', async () => {
    const { db } = await seededDatabase();
    const before = await readCatalogVersion(db);
    const huawei = (await db.entities.get('huawei'))!;
    const saved = await saveRecord(
      db,
      'entities',
      { ...huawei, aliases: [...huawei.aliases, alias('Pengyou Tech')] },
      {
        isNew: false,
        now: 42,
      },
    );
    expect(saved).toMatchObject({ origin: 'seed', editedAt: 42 });
    expect((await db.entities.get('huawei'))?.aliases.map((a) => a.text)).toContain('Pengyou Tech');
    expect(await readCatalogVersion(db)).not.toBe(before);
  });

  it('keeps an edited seed record when a newer seed catalog is applied (an extension update)', async () => {
    const { db, seed } = await seededDatabase();
    const huawei = (await db.entities.get('huawei'))!;
    await saveRecord(db, 'entities', { ...huawei, description: 'Edited by the reader' }, { isNew: false });
    const next = await buildSeedRecords(readSeedBundle(), 2);
    const report = await applySeedRecords(db, { ...next, version: seed.version + 1 });
    expect(report.keptUserEdits).toBeGreaterThan(0);
    expect((await db.entities.get('huawei'))?.description).toBe('Edited by the reader');
  });

  it('creates a reader record with origin "user", and refuses a second one with the same id', async () => {
    const { db } = await seededDatabase();
    const created = await saveRecord(db, 'entities', userAws(), { isNew: true, now: 7 });
    expect(created).toMatchObject({ origin: 'user', editedAt: 7 });
    await expect(saveRecord(db, 'entities', userAws(), { isNew: true })).rejects.toThrow(/id: already taken/);
  });

  it.each([
    ['an empty alias', { aliases: [alias('')] }, 'aliases.0.text'],
    ['an unknown kind', { kind: 'spaceship' }, 'kind'],
    ['a relation to no entity', { relations: [{ kind: 'subsidiary-of', target: 'nowhere' }] }, 'relations.0.target'],
    ['no alias at all', { aliases: [] }, 'aliases'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, path) => {
    const { db } = await seededDatabase();
    const before = await snapshot(db);
    const error = await saveRecord(db, 'entities', { ...userAws(), ...change }, { isNew: true }).catch((e) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues.map((i) => i.path)).toContain(path);
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses a fact whose quote is not in its article's text", async () => {
    const { db } = await seededDatabase();
    await saveRecord(db, 'articles', secondAwsArticle(), { isNew: true });
    await saveRecord(db, 'facts', conflictingFact(), { isNew: true });
    await expect(
      saveRecord(db, 'facts', { ...conflictingFact(), id: 'other', quote: 'words nobody wrote' }, { isNew: true }),
    ).rejects.toThrow(/quote: not found/);
  });

  it('does not bump the catalog version for a deal edit (the matcher only reads entities)', async () => {
    const { db } = await seededDatabase();
    const before = await readCatalogVersion(db);
    const deal = (await db.deals.get('huawei-peru'))!;
    await saveRecord(db, 'deals', { ...deal, title: 'Huawei trains Peru' }, { isNew: false });
    expect(await readCatalogVersion(db)).toBe(before);
    await expect(
      saveRecord(db, 'deals', { ...deal, parties: ['huawei', 'atlantis'] }, { isNew: false }),
    ).rejects.toThrow(/parties\.1: no entity with id "atlantis"/);
  });
});
