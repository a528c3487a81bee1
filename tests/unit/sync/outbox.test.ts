import { describe, expect, it } from 'vitest';
import { deleteRecord } from '@/lib/library/delete-records';
import { saveRecord } from '@/lib/library/edit-records';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { writeCatalog } from '@/lib/store/catalog-write';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle } from '../store/helpers';

async function seeded() {
  const db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
  await db.outbox.clear();
  return db;
}

const queued = async (db: Awaited<ReturnType<typeof seeded>>) => (await db.outbox.toArray()).map((e) => e.docId);

describe('team outbox (issue 24)', () => {
  it('an edit queues its document id in the same write', async () => {
    const db = await seeded();
    const entity = (await db.entities.get('binance'))!;
    await saveRecord(db, 'entities', { ...entity, description: 'Exchange' }, { isNew: false });
    expect(await queued(db)).toEqual(['entity:binance']);
  });

  it('a deletion queues every record it removes or rewrites', async () => {
    const db = await seeded();
    const fact = (await db.facts.toArray())[0]!;
    await deleteRecord(db, 'facts', fact.id);
    expect(await queued(db)).toContain(`fact:${fact.id}`);
  });

  it('a write that fails queues nothing', async () => {
    const db = await seeded();
    await expect(
      writeCatalog(db, [db.entities], async () => {
        await db.entities.update('binance', { description: 'half' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await queued(db)).toEqual([]);
    expect((await db.entities.get('binance'))!.description).not.toBe('half');
  });

  it('a write applied from the team is not queued back', async () => {
    const db = await seeded();
    await writeCatalog(
      db,
      [db.entities],
      async () => {
        await db.entities.update('binance', { description: 'From a teammate' });
        return { result: undefined, changes: { entitiesChanged: true } };
      },
      { fromTeam: true },
    );
    expect(await queued(db)).toEqual([]);
  });
});
