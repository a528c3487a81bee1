import type { ArticleCandidates, FactSubject } from '@/lib/schema';

/** What a deletion removed, by id (see `DeletionPlan.deleted`). */
export interface DeletedIds {
  articles: readonly { id: string }[];
  entities: readonly { id: string }[];
  deals: readonly { id: string }[];
}

/** How the candidates table changes: records to delete (by article id) and records to write back. */
export interface CandidateChanges {
  remove: string[];
  put: ArticleCandidates[];
}

/** Applies `change` to each record's proposed facts; only the records it changed are written back. */
function changeFacts(
  records: readonly ArticleCandidates[],
  change: (facts: ArticleCandidates['facts']) => ArticleCandidates['facts'],
): ArticleCandidates[] {
  return records.flatMap((record) => {
    const facts = change(record.facts);
    const same = facts.length === record.facts.length && facts.every((f, i) => f === record.facts[i]);
    return same ? [] : [{ ...record, facts }];
  });
}

/**
 * What a deletion does to the candidates: a deleted article's go with it (they quote its text and name what it
 * proposed; nothing may outlive the article the reader deleted), and a proposed figure about a deleted entity or
 * deal goes like that record's accepted facts do, so accepting it later cannot point at nothing.
 */
export function candidatesAfterDeletion(records: readonly ArticleCandidates[], deleted: DeletedIds): CandidateChanges {
  const articles = new Set(deleted.articles.map((a) => a.id));
  const gone = new Set([...deleted.entities.map((e) => `entity:${e.id}`), ...deleted.deals.map((d) => `deal:${d.id}`)]);
  const about = (subject: FactSubject | undefined) =>
    subject !== undefined && gone.has(`${subject.type}:${subject.id}`);
  const kept = records.filter((r) => !articles.has(r.articleId));
  return {
    remove: records.filter((r) => articles.has(r.articleId)).map((r) => r.articleId),
    put: gone.size === 0 ? [] : changeFacts(kept, (facts) => facts.filter((f) => !about(f.subject))),
  };
}

/** What merging entity `dropId` into `keepId` does to the candidates: figures proposed about it move with it. */
export function candidatesAfterMerge(
  records: readonly ArticleCandidates[],
  keepId: string,
  dropId: string,
): ArticleCandidates[] {
  return changeFacts(records, (facts) =>
    facts.map((f) =>
      f.subject?.type === 'entity' && f.subject.id === dropId ? { ...f, subject: { type: 'entity', id: keepId } } : f,
    ),
  );
}
