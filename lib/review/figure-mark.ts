import { isSpecific, measureOf } from '@/lib/facts/fact-measure';
import { contradicts, sameFigure } from '@/lib/facts/same-figure';
import type { CandidateFact, Fact, FactSubject, Measure } from '@/lib/schema';

/**
 * How a proposed figure stands against the store (issue 21): `new` (nothing stored says it), `confirms` (a stored
 * fact of its subject, from another article, states the same value: accepting adds this article as a source),
 * `differs` (a stored fact of the same specific measure of its subject says another value). Figures already
 * filed from this article are `in-store` (see the review page's filed rows).
 */
export type FigureMarkStatus = 'new' | 'confirms' | 'differs';

export interface FigureMark {
  status: FigureMarkStatus;
  /** For `confirms` and `differs`: the stored fact it restates or contradicts. */
  stored?: Fact;
}

/**
 * The mark of one proposed figure, read against the stored facts of the subject the reader chose (or the one
 * proposed), with the measure the reader chose. Without a subject, nothing can confirm or differ: `new`. Pure, so
 * the page recomputes it as the reader changes the subject or the measure.
 */
export function markFigure(
  candidate: Pick<CandidateFact, 'value' | 'unit' | 'date' | 'measure' | 'label' | 'quote' | 'articleId'>,
  subject: FactSubject | undefined,
  storeFacts: readonly Fact[],
  measure: Measure | undefined = candidate.measure,
): FigureMark {
  if (!subject || (candidate.value === undefined && candidate.date === undefined)) return { status: 'new' };
  const stated = { ...candidate, measure: measure ?? measureOf(candidate) };
  const about = storeFacts.filter(
    (f) =>
      !f.supersededBy &&
      f.articleId !== candidate.articleId &&
      f.subject.type === subject.type &&
      f.subject.id === subject.id,
  );
  const mine = stated.measure;
  const same = about.find((f) => {
    if (sameFigure(f, stated) !== true) return false;
    const theirs = measureOf(f);
    return theirs === mine || !isSpecific(theirs) || !isSpecific(mine);
  });
  if (same) return { status: 'confirms', stored: same };
  const other = isSpecific(mine) ? about.find((f) => measureOf(f) === mine && contradicts(f, stated)) : undefined;
  return other ? { status: 'differs', stored: other } : { status: 'new' };
}
