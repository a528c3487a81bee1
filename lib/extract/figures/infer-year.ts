const DAY_MS = 86_400_000;

/**
 * Completes a month and day without a year ("--08-29", from "le 29 août") with the year that puts it nearest to
 * a reference date — usually the article's publication date, or failing that another full date of the same
 * text. Nearest, not "latest before": news reports past events mostly, but also announces near-future ones
 * ("le 1er décembre" in a text of 20 November is this year's). Half a year away either way is the limit, so a
 * day and month in January in a text dated in December go to the next year.
 *
 * `reference` is YYYY, YYYY-MM or YYYY-MM-DD (a full ISO timestamp is cut to its date); with a bare year the
 * year is taken as it is. Returns YYYY-MM-DD, or undefined if either input is malformed.
 */
export function inferYear(monthDay: MonthDay, reference: string): string | undefined {
  const md = /^--(\d{2})-(\d{2})$/.exec(monthDay);
  const ref = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(reference);
  if (!md || !ref) return undefined;
  const month = Number(md[1]);
  const day = Number(md[2]);
  const refYear = Number(ref[1]);
  if (ref[2] === undefined) return `${ref[1]}-${md[1]}-${md[2]}`;
  const refTime = Date.UTC(refYear, Number(ref[2]) - 1, Number(ref[3] ?? '15'));
  let best: { year: number; distance: number } | undefined;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const time = Date.UTC(year, month - 1, day);
    // 29 February only exists in leap years: Date.UTC would roll it over to 1 March.
    if (new Date(time).getUTCDate() !== day) continue;
    const distance = Math.abs(time - refTime) / DAY_MS;
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best ? `${String(best.year).padStart(4, '0')}-${md[1]}-${md[2]}` : undefined;
}

import type { MonthDay } from '@/lib/schema';
