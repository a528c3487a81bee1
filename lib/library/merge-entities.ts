import { EntitySchema } from '@/lib/schema';
import { writeCatalog } from '@/lib/store/catalog-write';
import type { DealLensDatabase } from '@/lib/store/db';
import { candidatesAfterMerge } from './candidate-references';
import { type MergePlan, planMerge } from './merge-plan';
import { loadLibrary, mentionKey } from './records';
import { validateRecord } from './validation';

/**
 * Merges entity `dropId` into `keepId` in one transaction (see {@link planMerge}), bumping the catalog version so
 * pages match the moved aliases to the kept entity from their next scan. Figures proposed about the dropped entity
 * are proposed about the kept one.
 */
export async function mergeEntities(
  db: DealLensDatabase,
  keepId: string,
  dropId: string,
  now = Date.now(),
): Promise<MergePlan> {
  const tables = [db.entities, db.deals, db.facts, db.articles, db.mentions, db.candidates];
  return writeCatalog(db, tables, async () => {
    const plan = planMerge(await loadLibrary(db), keepId, dropId, now);
    const kept = validateRecord(EntitySchema, plan.kept, `entity ${keepId}`);
    await db.mentions.bulkDelete(plan.mentions.remove.map(mentionKey));
    await db.mentions.bulkPut(plan.mentions.put);
    await db.entities.delete(dropId);
    await db.entities.bulkPut([kept, ...plan.updated.entities]);
    await db.deals.bulkPut(plan.updated.deals);
    await db.facts.bulkPut(plan.updated.facts);
    await db.candidates.bulkPut(candidatesAfterMerge(await db.candidates.toArray(), keepId, dropId));
    return { result: { ...plan, kept }, changes: { deleted: { entities: [plan.dropped] } } };
  });
}
