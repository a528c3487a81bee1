import { isSpecific, measureOf } from '@/lib/facts/fact-measure';
import { contradicts, sameFigure, wholeAndParts } from '@/lib/facts/same-figure';
import type { CandidateFact, Deal, Fact, FactSubject } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
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

/** Words that make a stored figure a part of the deal's whole: its first phase, an initial tranche. */
const PART =
  /(?:^|[^a-z])(?:phases?|initial|initiale|inicial|premiere phase|primera fase|tranche|of which|dont|de los cuales)(?![a-z])/u;

const ORDER: Record<PageFigureStatus, number> = { differs: 0, new: 1, known: 2 };

/** Units of counted things: one outlet's "2,000 jobs" is another's "2 000 postes" or "2,000 people". */
const COUNT_UNITS = new Set(['people', 'jobs', 'jobs-per-year', 'objects']);

function isHeadcount(f: Pick<Fact, 'unit' | 'value'>): boolean {
  return f.value !== undefined && COUNT_UNITS.has(f.unit ?? '');
}

/** Below this, a count is too common a number to be the same figure in other nouns ("two phases", "two clouds"). */
const SMALL_COUNT = 10;

/**
 * Whether a stored fact of the same subject states the same figure as the page: the same value in the same unit,
 * within rounding (lengths of time in any unit), or the same headcount counted in other nouns. The measure is not
 * asked to agree: two outlets word one figure differently ("2028" as the end of the works or the start of
 * operations), and one deal rarely has two figures of one value and unit. A page's full date is not known from a
 * year alone: the day is what it adds.
 */
export function restates(stored: Fact, figure: CandidateFact): boolean {
  if (stored.date !== undefined && figure.date !== undefined && stored.date.length === 4 && figure.date.length === 10) {
    return false;
  }
  const same = sameFigure(stored, figure);
  if (same !== undefined) return same;
  if (!isHeadcount(stored) || !isHeadcount(figure) || stored.value === undefined || figure.value === undefined) {
    return false;
  }
  if (Math.abs(figure.value) < SMALL_COUNT && measureOf(stored) !== figure.measure) return false;
  return sameFigure({ ...stored, unit: 'objects' }, { ...figure, unit: 'objects' }) === true;
}

/**
 * Two dates contradict only when given to the same precision: a stored "2027" against the page's "2 June 2025"
 * is more often a misread year than two sources that disagree, and a false "differs" costs the reader's trust.
 */
function datesAsPrecise(stored: Fact, figure: CandidateFact): boolean {
  return stored.date === undefined || figure.date === undefined || stored.date.length === figure.date.length;
}

/**
 * A saved source's unfiled bare year may date anything its article tells (the economy's growth, a founding): it
 * is the page's year only when both give it the same specific measure ("2025" of the economy is no signing).
 */
function bareYearOfAnother(saved: Fact, figure: CandidateFact): boolean {
  if (saved.date?.length !== 4) return false;
  const measure = measureOf(saved);
  return !(isSpecific(measure) && measure === figure.measure);
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
    // A figure read as about something else that restates, in the same measure, a figure the reader filed under
    // the deal is the deal's after all: the reader said so when filing it ("300 MW" in a sentence about the
    // province's grid is still the campus's 300 MW).
    const filedForDeal =
      deal && scope.scope === 'other'
        ? (stored.get(deal.id) ?? []).some(
            (s) =>
              (measureOf(s) === fact.measure || (isHeadcount(s) && isHeadcount(fact) && (fact.value ?? 0) >= 100)) &&
              restates(s, fact),
          )
        : false;
    const subject: FactSubject | undefined =
      deal && (scope.scope === 'deal' || scope.scope === 'unsure' || filedForDeal)
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
      (subject.type === 'deal' ? unfiled.find((s) => restates(s, fact) && !bareYearOfAnother(s, fact)) : undefined);
    const sameMeasure = facts.filter((s) => isSpecific(measureOf(s)) && measureOf(s) === fact.measure);
    // The page's whole of the store's parts ("100 MW" of "60 MW" and "40 MW" phases) disagrees with none of them.
    const pieces = wholeAndParts([
      fact.value ?? 0,
      ...sameMeasure.flatMap((s) => (s.value === undefined ? [] : [s.value])),
    ]);
    // A part ("an initial 40 MW", "la première phase", "a second phase would add 90 MW"), stored or on the page,
    // is no other value of the whole.
    const other =
      same || pieces
        ? undefined
        : PART.test(fold(fact.quote))
          ? undefined
          : sameMeasure.find((s) => !PART.test(fold(s.quote)) && datesAsPrecise(s, fact) && contradicts(s, fact));
    out.push({
      fact,
      subject,
      status: same ? 'known' : other ? 'differs' : 'new',
      ...(same ? { stored: same } : other ? { stored: other } : {}),
    });
  });
  return out.sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.fact.figure.start - b.fact.figure.start);
}
