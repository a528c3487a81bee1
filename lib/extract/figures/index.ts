/** Figures (money, capacities, percentages, counts, durations, dates, ranks) in French, English and Spanish text. */
export { monthNames, monthNumber, weekdayNames } from './calendar-names';
export { type FigureOptions, findFigures } from './find-figures';
export { inferYear } from './infer-year';
export { parseNumber } from './numbers';
