import { isSpecific, measureOf } from '@/lib/facts/fact-measure';
import { contradicts, sameFigure } from '@/lib/facts/same-figure';
import type { CandidateFact, Deal, Fact, FactSubject } from '@/lib/schema';
import { type ReadArticleInput, readArticle } from './read-article';

/** How a figure of the page stands against the store (issue 23). */
export type PageFigureStatus = 'known' | 'new' | 'differs';

/** One figure a page states about a deal or an entity of the store, and how it stands against what it holds. */
export interface PageFigure {
  /** The page's own figure, as a candidate fact: its words (`figure.text`), quote, measure, value. */
  fact: CandidateFact;
  subject: FactSubject;
  status: PageFigureStatus;
  /** For `known` and `differs`: the store's fact it restates or contradicts. */
  stored?: Fact;
}

/** What {@link comparePageFigures} reads: the page as {@link readArticle} does, and the store's facts. */
export interface PageFiguresInput extends ReadArticleInput {
  /** The store's facts (at least those of the deals and entities the page names). */
  storeFacts: readonly Fact[];
  /**
   * The figures the store's saved articles state but the reader has not filed yet, by article id: a figure a
   * saved source of the deal already gives is known too (its source is in the store), just not filed.
   */
  savedFigures?: ReadonlyMap<string, readonly CandidateFact[]>;
}

const ORDER: Record<PageFigureStatus, number> = { differs: 0, new: 1, known: 2 };

/**
 * Whether a stored fact of the same subject states the same figure as the page: the same value in the same unit,
 * within rounding. The measure is not asked to agree: two outlets word one figure differently ("2028" as the
 * end of the works or the start of operations), and one deal rarely has two figures of one value and unit.
 */
function restates(stored: Fact, figure: CandidateFact): boolean {
  return sameFigure(stored, figure) === true;
}

/** The deal's headline as a fact, when no stored fact holds it (an amount printed only in a title). */
function headlineFact(deal: Deal): Fact | undefined {
  const headline = deal.headline;
  if (!headline || headline.factId) return undefined;
  return {
    id: `${deal.id}-headline`,
    subject: { type: 'deal', id: deal.id },
    label: 'Investment',
    measure: 'investment',
    value: headline.value,
    unit: headline.unit,
    quote: deal.title,
    articleId: deal.sourceArticles[0] ?? deal.id,
    origin: deal.origin,
  };
}

/**
 * What a page adds to what the reader knows (issue 23): each figure the page states about a deal or an entity
 * of the store — the store's deal the page reports (same investor and host, lib/capture/deal-match), or a store
 * entity named next to a figure about it — marked `known` (the store holds the same figure, within rounding, in
 * any wording), `differs` (it holds another value of the same specific measure of that subject) or `new`.
 * Figures about anything else, vague amounts and page chrome are left out. Differs first, then new, then known;
 * each figure once. Pure: the same reading as deal capture, so what the popup calls known is what a save files.
 */
export function comparePageFigures(input: PageFiguresInput): PageFigure[] {
  const { scopes, match } = readArticle(input);
  // A page about a second deal of the same parties is not about the store's one.
  const deal =
    match && !match.doubts.includes('another-deal') && !match.doubts.includes('date') ? match.deal : undefined;
  const stored = new Map<string, Fact[]>();
  for (const fact of input.storeFacts) {
    if (fact.supersededBy) continue;
    stored.set(fact.subject.id, [...(stored.get(fact.subject.id) ?? []), fact]);
  }
  const extra = deal ? headlineFact(deal) : undefined;
  if (deal && extra) stored.set(deal.id, [...(stored.get(deal.id) ?? []), extra]);
  // What the deal's saved sources state and the reader left unfiled: known, from that source.
  const unfiled = (deal?.sourceArticles ?? []).flatMap((id) =>
    (input.savedFigures?.get(id) ?? []).map(
      (c): Fact => ({ ...c, subject: { type: 'deal', id: deal?.id ?? '' }, origin: 'user' }),
    ),
  );

  const out: PageFigure[] = [];
  input.facts.forEach((fact, i) => {
    const scope = scopes[i];
    if (!scope || (fact.value === undefined && fact.date === undefined)) return;
    const subject: FactSubject | undefined =
      deal && (scope.scope === 'deal' || scope.scope === 'unsure')
        ? { type: 'deal', id: deal.id }
        : scope.scope === 'other' && scope.about
          ? { type: 'entity', id: scope.about }
          : undefined;
    if (!subject) return;
    // The page says it twice ("$1.2bn … the 1.2 billion dollars"): once is enough.
    if (out.some((o) => o.subject.id === subject.id && o.fact.measure === fact.measure && sameFigure(o.fact, fact))) {
      return;
    }
    const facts = stored.get(subject.id) ?? [];
    const same =
      facts.find((s) => restates(s, fact)) ??
      (subject.type === 'deal' ? unfiled.find((s) => restates(s, fact)) : undefined);
    const other = same
      ? undefined
      : facts.find((s) => isSpecific(measureOf(s)) && measureOf(s) === fact.measure && contradicts(s, fact));
    out.push({
      fact,
      subject,
      status: same ? 'known' : other ? 'differs' : 'new',
      ...(same ? { stored: same } : other ? { stored: other } : {}),
    });
  });
  return out.sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.fact.figure.start - b.fact.figure.start);
}
