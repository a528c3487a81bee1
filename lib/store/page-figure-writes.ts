import type { FactSubject } from '@/lib/schema';
import { candidateFactKey } from './candidate-decisions';
import { acceptCandidateFacts } from './candidate-review';
import { writeCatalog } from './catalog-write';
import type { DealLensDatabase } from './db';

/** What filing a figure of the popup's "On this page" did (issue 23, one click from a row). */
export interface PageFigureFiled {
  /** The fact that now holds the page's figure: a new one, or the stored one this article confirms. */
  factId: string;
  /** The stored fact the new one replaced as the current value (kept, with its source, as history). */
  superseded?: string;
}

/** Why a figure of the page could not be filed; nothing was written. */
export class PageFigureFileError extends Error {
  constructor(readonly reason: 'figure-gone' | 'not-newer') {
    super(reason);
  }
}

/**
 * Files one figure of a saved article from the popup (issue 23): the proposed figure `key` (see
 * candidateFactKey) joins the store under `subject`, with the article as its source — the review page's own road
 * (acceptCandidateFacts), so the popup and the review page file alike. With `supersedes`, the new fact becomes
 * the current value of that measure: the stored fact gets `supersededBy` and stays, with its quote and source, as
 * history (conflicts and cards then show the newer value as current). One transaction: all of it or nothing.
 * A figure already filed from this article (a double click, the review page first) is not filed twice.
 */
export async function filePageFigure(
  db: DealLensDatabase,
  articleId: string,
  key: string,
  subject: FactSubject,
  supersedes?: string,
): Promise<PageFigureFiled> {
  return writeCatalog(db, [db.candidates, db.facts], async () => {
    const candidates = await db.candidates.get(articleId);
    const candidate = candidates?.facts.find((f) => candidateFactKey(f) === key);
    let factId: string | undefined;
    if (candidate) {
      const filed = await acceptCandidateFacts(db, articleId, [{ factId: candidate.id, subject }]);
      factId = filed.factIds[0] ?? filed.confirmedFactIds[0];
    } else {
      factId = await alreadyFiled(db, articleId, key, subject);
    }
    if (!factId) throw new PageFigureFileError('figure-gone');
    let superseded: string | undefined;
    if (supersedes && supersedes !== factId) {
      const old = await db.facts.get(supersedes);
      const current = await db.facts.get(factId);
      // Only a current value of the same subject is replaced; a newer figure that merely confirms the old one
      // (the same value after all) replaces nothing.
      if (!old || !current || old.subject.id !== subject.id || old.subject.type !== subject.type) {
        throw new PageFigureFileError('not-newer');
      }
      if (old.supersededBy !== factId) await db.facts.put({ ...old, supersededBy: factId });
      superseded = old.id;
    }
    return {
      result: { factId, ...(superseded ? { superseded } : {}) },
      changes: { written: { facts: [{ id: factId }, ...(superseded ? [{ id: superseded }] : [])] } },
    };
  });
}

/** The fact of this article, under this subject, that an earlier click filed from the figure `key`. */
async function alreadyFiled(
  db: DealLensDatabase,
  articleId: string,
  key: string,
  subject: FactSubject,
): Promise<string | undefined> {
  let quote: unknown;
  try {
    [quote] = JSON.parse(key) as unknown[];
  } catch {
    return undefined;
  }
  if (typeof quote !== 'string') return undefined;
  const facts = await db.facts.where('articleId').equals(articleId).toArray();
  const own = facts.find((f) => f.quote === quote && f.subject.id === subject.id);
  if (own) return own.id;
  const confirmed = await db.facts
    .filter(
      (f) =>
        f.subject.id === subject.id &&
        (f.confirmations ?? []).some((c) => c.articleId === articleId && c.quote === quote),
    )
    .first();
  return confirmed?.id;
}
