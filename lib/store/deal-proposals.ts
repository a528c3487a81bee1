import type { DealProposalChoice, DealProposalResult, Entity } from '@/lib/schema';
import { writeCatalog } from './catalog-write';
import type { DealLensDatabase } from './db';
import { buildDealRecords, DealChoiceError } from './deal-records';

/**
 * The reader creates the deal a saved article proposes, or attaches the article's figures to the store's deal
 * (issue 15) — in one transaction: the deal, the entities it needs, the facts filed under it, the new entities'
 * mentions and what is left of the article's candidates, all of it or nothing. When entities are added the
 * catalog version changes in the same transaction, so the background recompiles its matcher and pages highlight
 * the new names from their next scan; cards and the popup read the deal from the store on their next request.
 * Throws a `DealChoiceError` naming the field when the choice does not fit the store (an unknown party, fact or
 * deal); nothing is written then.
 */
export async function createDealFromProposal(
  db: DealLensDatabase,
  choice: DealProposalChoice,
  now: number = Date.now(),
): Promise<DealProposalResult> {
  const tables = [db.articles, db.candidates, db.entities, db.deals, db.facts, db.mentions];
  return writeCatalog(db, tables, async () => {
    const article = await db.articles.get(choice.articleId);
    if (!article) throw new DealChoiceError('articleId', `no article ${choice.articleId}`);
    const candidates = (await db.candidates.get(article.id)) ?? { articleId: article.id, facts: [], entities: [] };
    const referenced =
      choice.mode === 'create'
        ? [
            ...choice.parties.flatMap((p) =>
              p.type === 'entity' ? [p.id] : [p.governs, p.locatedIn].filter((id) => id !== undefined),
            ),
            ...(choice.announcedBy ?? []).flatMap((p) => (p.type === 'entity' ? [p.id] : [])),
          ]
        : [];
    const found = await db.entities.bulkGet(referenced);
    const entities = new Map(found.filter((e): e is Entity => e !== undefined).map((e) => [e.id, e]));
    const [entityIds, dealIds, factIds] = await Promise.all([
      db.entities.toCollection().primaryKeys(),
      db.deals.toCollection().primaryKeys(),
      db.facts.toCollection().primaryKeys(),
    ]);
    const deal = choice.mode === 'attach' ? await db.deals.get(choice.dealId) : undefined;
    const records = buildDealRecords({
      choice,
      article,
      candidates,
      entities,
      deal,
      dealFacts: deal ? await db.facts.where('subject.id').equals(deal.id).toArray() : [],
      taken: { entities: new Set(entityIds), deals: new Set(dealIds), facts: new Set(factIds) },
      now,
    });
    await db.entities.bulkAdd(records.newEntities);
    await db.deals.put(records.deal);
    await db.facts.bulkAdd(records.facts);
    await db.facts.bulkPut(records.confirmed);
    await db.mentions.bulkPut(records.mentions);
    await db.candidates.put(records.candidates);
    const created = choice.mode === 'create' ? [records.deal] : [];
    return {
      result: {
        dealId: records.deal.id,
        entityIds: records.newEntities.map((e) => e.id),
        factIds: records.facts.map((f) => f.id),
        confirmedFactIds: records.confirmed.map((f) => f.id),
      },
      changes: { written: { entities: records.newEntities, deals: created, facts: records.facts } },
    };
  });
}
