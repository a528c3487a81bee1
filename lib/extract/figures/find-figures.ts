import type { Figure, FigureKind, FigureLanguage } from '@/lib/schema';
import { findCapacities } from './capacities';
import { findCounts } from './counts';
import { findDates } from './dates';
import { findDurations } from './durations';
import { findElidedMoney } from './elided-money';
import { findMoney } from './money';
import { findNounCounts } from './noun-counts';
import { findPercentages } from './percentages';
import { findRanks } from './ranks';

/** When two readings of the same words are as long as each other, the more specific one wins. */
const PRIORITY: Record<FigureKind, number> = {
  money: 0,
  capacity: 1,
  percentage: 2,
  // A number before a unit of time is a duration, whatever a count reader made of it ("30 meses").
  duration: 3,
  count: 4,
  date: 5,
  rank: 6,
};

/** What else {@link findFigures} may know about the text. */
export interface FigureOptions {
  /**
   * ISO 3166 codes of the countries the text names, most named first: a currency word several currencies share
   * ("pesos", "francs", "rupees") is read as the first such country's.
   */
  countries?: readonly string[];
}

/**
 * Every figure of a text, in text order, without overlaps: amounts of money in any currency, power and energy
 * capacities, percentages, counts of people, jobs and objects, durations, dates and rankings, in digits or in
 * words (see `FigureSchema` for what each field holds).
 *
 * Each finder reads the whole text on its own; where readings overlap the longest wins ("7 000 emplois par an"
 * over "7 000", "29 août 2023" over "2023"), ties going to money, then capacities, percentages, durations,
 * counts, dates, ranks.
 * Written in French, English or Spanish conventions per `lang` (number separators, month names, scale words);
 * "und" accepts all three. Pure and synchronous; cost is linear in the text for each finder.
 */
export function findFigures(text: string, lang: FigureLanguage, options: FigureOptions = {}): Figure[] {
  const all = [
    ...findMoney(text, lang, options.countries),
    ...findCapacities(text, lang),
    ...findPercentages(text, lang),
    ...findCounts(text, lang),
    ...findDurations(text, lang),
    ...findDates(text, lang),
    ...findRanks(text, lang),
  ];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
  const kept: Figure[] = [];
  const overlaps = (figure: Figure) => kept.some((k) => figure.start < k.end && k.start < figure.end);
  for (const figure of all) {
    if (!overlaps(figure)) kept.push(withoutUndefined(figure));
  }
  // An amount whose currency is the amount's before it ("dont 3 millions"): only where nothing else read it.
  for (const figure of findElidedMoney(text, lang, kept)) {
    if (!overlaps(figure)) kept.push(withoutUndefined(figure));
  }
  // Counts of things no finder knows by name come last: any other reading of the same words wins.
  for (const figure of findNounCounts(text, lang)) {
    if (!overlaps(figure)) kept.push(withoutUndefined(figure));
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Drops absent optional fields, so figures compare and serialise cleanly. */
function withoutUndefined(figure: Figure): Figure {
  return Object.fromEntries(Object.entries(figure).filter(([, v]) => v !== undefined)) as Figure;
}
