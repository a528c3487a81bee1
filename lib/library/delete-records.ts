import { writeCatalog } from '@/lib/store/catalog-write';
import type { DealLensDatabase } from '@/lib/store/db';
import { candidatesAfterDeletion } from './candidate-references';
import { type DeletionPlan, planDeletion } from './delete-plan';
import { loadLibrary, mentionKey, type RecordKind } from './records';

/**
 * Deletes a record and what depends on it (see {@link planDeletion}) in one transaction, planned again from the
 * store as it is inside that transaction, so a change made meanwhile in another tab cannot leave a dangling
 * reference. The candidates of a deleted article, and proposed figures about a deleted entity or deal, go in the
 * same transaction (see {@link candidatesAfterDeletion}). Returns what was done, or undefined if the record was
 * already gone.
 */
export async function deleteRecord(
  db: DealLensDatabase,
  kind: RecordKind,
  id: string,
  now = Date.now(),
): Promise<DeletionPlan | undefined> {
  const tables = [db.entities, db.deals, db.facts, db.articles, db.mentions, db.candidates];
  return writeCatalog(db, tables, async () => {
    const plan = planDeletion(await loadLibrary(db), kind, id, now);
    if (!plan) return { result: undefined, changes: {} };
    const { deleted, updated } = plan;
    const candidates = candidatesAfterDeletion(await db.candidates.toArray(), deleted);
    await db.candidates.bulkDelete(candidates.remove);
    await db.candidates.bulkPut(candidates.put);
    await db.entities.bulkDelete(deleted.entities.map((r) => r.id));
    await db.deals.bulkDelete(deleted.deals.map((r) => r.id));
    await db.facts.bulkDelete(deleted.facts.map((r) => r.id));
    await db.articles.bulkDelete(deleted.articles.map((r) => r.id));
    await db.mentions.bulkDelete(plan.mentions.map(mentionKey));
    await db.entities.bulkPut(updated.entities);
    await db.deals.bulkPut(updated.deals);
    return { result: plan, changes: { deleted, entitiesChanged: updated.entities.length > 0 } };
  });
}
