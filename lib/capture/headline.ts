import { sameFigure } from '@/lib/facts/same-figure';
import type { CandidateFact, DealHeadline, Figure, Measure } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import type { ArticleReading } from './article-reading';
import { stems } from './capture-words';
import type { FigureScope } from './figure-scope';

/** What a deal's headline may measure: what is invested or contracted, not its effect on the economy. */
const HEADLINE_MEASURES: ReadonlyMap<Measure, number> = new Map<Measure, number>([
  ['investment', 3],
  ['contract-value', 3],
  ['amount', 1],
  ['cost', 1],
  ['funds-received', 0],
]);

/** A part of the whole: "la première phase", "of which", "dont", "incluidos". */
const PART_OF = stems(
  'premiere phase',
  'deuxieme phase',
  'first phase',
  'second phase',
  'primera fase',
  'segunda fase',
  'dont',
  'of which',
  'including',
  'incluid',
  'de los cuales',
  'de las cuales',
  'parmi lesquels',
  'tranche',
);

/**
 * The deal's headline amount (issue 20): among the money figures about the deal, the one the title prints, else
 * the investment or contract value the lead gives first — never the economy's, another company's or a part
 * ("la première phase"). A title amount the text does not repeat is the headline without a fact.
 */
export function chooseHeadline(
  reading: ArticleReading,
  facts: readonly CandidateFact[],
  scopes: readonly FigureScope[],
  titleFigures: readonly Figure[],
): DealHeadline | undefined {
  const titleMoney = titleFigures.filter((f) => f.kind === 'money' && f.value !== undefined);
  let best: { fact: CandidateFact; score: number } | undefined;
  facts.forEach((fact, i) => {
    const weight = fact.measure ? HEADLINE_MEASURES.get(fact.measure) : undefined;
    if (scopes[i]?.scope !== 'deal' || weight === undefined || fact.value === undefined || !fact.unit) return;
    if (fact.figure.kind !== 'money') return;
    const index = reading.sentenceIndex(fact.figure.start);
    let score = weight + (index < 2 ? 2 : reading.isDealSentence(index) ? 1 : 0);
    if (titleMoney.some((t) => sameFigure(t, fact))) score += 4;
    if (PART_OF.test(fold(reading.clauseText(fact.figure)))) score -= 3;
    if (!best || score > best.score) best = { fact, score };
  });
  const chosen = best as { fact: CandidateFact; score: number } | undefined;
  const [inTitle] = titleMoney;
  if (inTitle?.value !== undefined && !(chosen && sameFigure(inTitle, chosen.fact))) {
    // The title's amount is the headline the outlet chose; the text may print it in another form.
    const restated = facts.find((f, i) => scopes[i]?.scope === 'deal' && sameFigure(inTitle, f));
    return { value: inTitle.value, unit: inTitle.unit, ...(restated ? { factId: restated.id } : {}) };
  }
  if (!chosen || chosen.fact.value === undefined || !chosen.fact.unit) return undefined;
  return { value: chosen.fact.value, unit: chosen.fact.unit, factId: chosen.fact.id };
}
