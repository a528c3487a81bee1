import type { Fact } from '@/lib/schema';

/** The part of a fact or figure that states a value. */
export type Stated = Pick<Fact, 'value' | 'unit' | 'date'> & { qualifier?: string };

/** How far apart two restatements of one amount may be: rounding ("$1.25bn" is "$1.2bn"), or "about". */
const ROUNDING = 0.05;
const APPROXIMATE = 0.1;

/**
 * Whether two statements give the same figure (issue 20): the same date as far as the less precise one goes
 * ("2025-03" and "2025-03-04"), or the same number in the same unit within rounding — "US$1.2bn", "1 200
 * millions de dollars" and "1,2 Md$" all state 1.2e9 USD. `undefined` when they cannot be compared (different
 * units or currencies, a vague amount): such figures neither confirm nor contradict each other.
 */
export function sameFigure(a: Stated, b: Stated): boolean | undefined {
  if (a.date !== undefined || b.date !== undefined) {
    if (a.date === undefined || b.date === undefined) return undefined;
    return a.date.startsWith(b.date) || b.date.startsWith(a.date);
  }
  if (a.value === undefined || b.value === undefined || a.unit !== b.unit) return undefined;
  if (a.value === b.value) return true;
  const largest = Math.max(Math.abs(a.value), Math.abs(b.value));
  if (largest === 0) return true;
  const tolerance = a.qualifier || b.qualifier ? APPROXIMATE : ROUNDING;
  return Math.abs(a.value - b.value) / largest <= tolerance;
}

/** Two reports of one quantity differ by less than this factor; more, and they measure different things. */
const PLAUSIBLE_RESTATEMENT = 3;

/**
 * Whether two statements of one measure of one subject contradict each other: they differ beyond rounding, and —
 * for numbers — are within a factor of three, as two reports of one quantity are. "$4.6bn" and "$25m" of one
 * deal's investment, or "250 MW" and "50 MW" of its capacity, are a whole and a part (a fund, a first phase), not
 * sources that disagree.
 */
export function contradicts(a: Stated, b: Stated): boolean {
  if (sameFigure(a, b) !== false) return false;
  if (a.value === undefined || b.value === undefined) return true;
  const [low, high] = [Math.abs(a.value), Math.abs(b.value)].sort((x, y) => x - y) as [number, number];
  return low > 0 && high / low <= PLAUSIBLE_RESTATEMENT;
}
