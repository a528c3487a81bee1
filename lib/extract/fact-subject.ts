import type { MatchSpan } from '@/lib/match/types';
import type { FactSubject } from '@/lib/schema';
import type { TextRange } from './sentences';

/** A deal as the subject guess needs it: its id and the entity ids of its parties. */
export interface DealParties {
  id: string;
  parties: readonly string[];
}

/** Distinct parties of `deal` among the spans that lie inside `range` (all spans when no range). */
function partiesIn(deal: DealParties, spans: readonly MatchSpan[], range?: TextRange): number {
  const seen = new Set<string>();
  for (const span of spans) {
    if (range && (span.start < range.start || span.end > range.end)) continue;
    if (deal.parties.includes(span.entityId)) seen.add(span.entityId);
  }
  return seen.size;
}

/** Characters between two ranges (0 when they touch or overlap). */
function gap(a: TextRange, b: TextRange): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/**
 * Who a figure is about, in this order:
 * 1. the deal with the most parties named in the figure's sentence, then in the whole article (at least one
 *    party must be named somewhere) — when one deal is ahead; a tie names no deal, since guessing between two
 *    deals of the same company would be worse than asking;
 * 2. else the entity named nearest to the figure in its sentence (ties go to the one before it, where the
 *    grammatical subject usually is), among `eligible` ones when given;
 * 3. else none: the caller asks the reader.
 */
export function guessSubject(
  figure: TextRange,
  sentence: TextRange,
  spans: readonly MatchSpan[],
  deals: readonly DealParties[],
  eligible?: ReadonlySet<string>,
): FactSubject | undefined {
  const scored = deals
    .map((deal) => ({ deal, inSentence: partiesIn(deal, spans, sentence), inArticle: partiesIn(deal, spans) }))
    .filter((s) => s.inArticle > 0)
    .sort((a, b) => b.inSentence - a.inSentence || b.inArticle - a.inArticle);
  const [best, second] = scored;
  if (best && !(second && second.inSentence === best.inSentence && second.inArticle === best.inArticle)) {
    return { type: 'deal', id: best.deal.id };
  }
  let nearest: { span: MatchSpan; distance: number } | undefined;
  for (const span of spans) {
    if (span.start < sentence.start || span.end > sentence.end) continue;
    if (eligible && !eligible.has(span.entityId)) continue;
    // A name inside the figure ("400 000 Mexicains") is what is counted, not who the fact is about.
    if (span.start < figure.end && figure.start < span.end) continue;
    const distance = gap(span, figure) + (span.start >= figure.end ? 0.5 : 0);
    if (!nearest || distance < nearest.distance) nearest = { span, distance };
  }
  return nearest ? { type: 'entity', id: nearest.span.entityId } : undefined;
}
