import type { Fact } from '@/lib/schema';

/** The part of a fact or figure that states a value. */
export type Stated = Pick<Fact, 'value' | 'unit' | 'date'> & { qualifier?: string };

/** How far apart two restatements of one amount may be: rounding ("$1.25bn" is "$1.2bn"), or "about". */
const ROUNDING = 0.05;
const APPROXIMATE = 0.1;

/**
 * Whether two statements give the same figure (issue 20): the same date as far as the less precise one goes
 * ("2025-03" and "2025-03-04"), or the same number in the same unit within rounding (lengths of time in any unit: "18 mois" is "año y medio") — "US$1.2bn", "1 200
 * millions de dollars" and "1,2 Md$" all state 1.2e9 USD. `undefined` when they cannot be compared (different
 * units or currencies, a vague amount): such figures neither confirm nor contradict each other.
 */
export function sameFigure(a: Stated, b: Stated): boolean | undefined {
  if (a.date !== undefined || b.date !== undefined) {
    if (a.date === undefined || b.date === undefined) return undefined;
    return a.date.startsWith(b.date) || b.date.startsWith(a.date);
  }
  if (a.value === undefined || b.value === undefined) return undefined;
  // Lengths of time compare across units; anything else only in one unit.
  const months = inMonths(a, b);
  if (!months && a.unit !== b.unit) return undefined;
  const [x, y] = months ?? [a.value, b.value];
  return withinRounding(x, y, Boolean(a.qualifier || b.qualifier));
}

/** Lengths of time in months, to compare "18 mois" with "año y medio" (1.5 years); undefined for other units. */
const MONTHS: Record<string, number> = { years: 12, months: 1, days: 12 / 365 };

function inMonths(a: Stated, b: Stated): [number, number] | undefined {
  const ka = a.unit ? MONTHS[a.unit] : undefined;
  const kb = b.unit ? MONTHS[b.unit] : undefined;
  if (ka === undefined || kb === undefined || a.value === undefined || b.value === undefined) return undefined;
  return [a.value * ka, b.value * kb];
}

/** Whether two numbers are one figure within rounding (wider when either is approximate). */
function withinRounding(x: number, y: number, approximate: boolean): boolean {
  if (x === y) return true;
  const largest = Math.max(Math.abs(x), Math.abs(y));
  if (largest === 0) return true;
  const tolerance = approximate ? APPROXIMATE : ROUNDING;
  return Math.abs(x - y) / largest <= tolerance;
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
  const [x, y] = inMonths(a, b) ?? [a.value, b.value];
  const [low, high] = [Math.abs(x), Math.abs(y)].sort((x, y) => x - y) as [number, number];
  return low > 0 && high / low <= PLAUSIBLE_RESTATEMENT;
}

/**
 * Whether some values of one measure are a whole and its parts: one is the sum of the others (within rounding), as
 * "100 MW" is its phases "60 MW" and "40 MW". Such values describe one quantity in pieces, not sources that
 * disagree (issue 21 let a second outlet reach the deal its phases were filed under).
 */
export function wholeAndParts(values: readonly number[]): boolean {
  const distinct = [...new Set(values.map((v) => Math.abs(v)))].sort((a, b) => b - a);
  if (distinct.length < 3) return false;
  const [whole = 0, ...parts] = distinct;
  const sum = parts.reduce((n, v) => n + v, 0);
  return whole > 0 && Math.abs(whole - sum) / whole <= ROUNDING;
}
