import type { Figure, FigureLanguage } from '@/lib/schema';
import { monthNumber, monthPattern } from './calendar-names';
import { GAP } from './numbers';
import { qualifierBefore } from './qualifier';

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether day/month(/year) is a real calendar day; without a year, 29 February is allowed. */
function isRealDay(day: number, month: number, year = 2000): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateFigure(
  text: string,
  lang: FigureLanguage,
  start: number,
  end: number,
  year: number | undefined,
  month: number,
  day: number | undefined,
): Figure | undefined {
  if (day !== undefined && !isRealDay(day, month, year)) return undefined;
  const base = {
    kind: 'date' as const,
    unit: 'date' as const,
    start,
    end,
    text: text.slice(start, end),
    qualifier: qualifierBefore(text, start, lang, true),
  };
  if (year === undefined) {
    return day === undefined ? undefined : { ...base, monthDay: `--${pad(month)}-${pad(day)}` };
  }
  const date = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { ...base, date };
}

interface DatePatterns {
  dayFirst: RegExp;
  monthFirst?: RegExp;
  monthYear: RegExp;
}

const patternCache = new Map<FigureLanguage, DatePatterns>();

function patterns(lang: FigureLanguage): DatePatterns {
  const cached = patternCache.get(lang);
  if (cached) return cached;
  const month = monthPattern(lang);
  const day = '(\\d{1,2})(?:er|re|º|°|st|nd|rd|th)?';
  const year = '(\\d{4})(?!\\p{N})';
  const list: DatePatterns = {
    // "29 août 2023", "le 29 août", "1er août", "8 de agosto de 2023", "8 August 2023"
    dayFirst: new RegExp(
      `(?<![\\p{L}\\p{N}])${day}${GAP}(?:de${GAP})?(${month})(?:,?${GAP}(?:(?:de|del)${GAP})?${year})?(?!\\p{L})`,
      'giu',
    ),
    // "August 8", "August 8th, 2023" (English order; also tried for "und")
    monthFirst:
      lang === 'en' || lang === 'und'
        ? new RegExp(`(?<![\\p{L}])(${month})${GAP}${day}(?![\\p{N}\\p{L}])(?:,?${GAP}${year})?`, 'giu')
        : undefined,
    // "août 2023", "agosto de 2023", "August 2023"
    monthYear: new RegExp(`(?<![\\p{L}])(${month})${GAP}(?:(?:de|del)${GAP})?${year}`, 'giu'),
  };
  patternCache.set(lang, list);
  return list;
}

/** English capitalises month names: a lower-case "may" or "march" next to a number is a verb, not a month. */
function properMonth(name: string | undefined, lang: FigureLanguage): boolean {
  return lang !== 'en' || /^\p{Lu}/u.test(name ?? '');
}

/** Dates written with a month name, with or without the day or the year. */
function namedDates(text: string, lang: FigureLanguage): Figure[] {
  const { dayFirst, monthFirst, monthYear } = patterns(lang);
  const out: Figure[] = [];
  const push = (figure: Figure | undefined) => {
    if (figure) out.push(figure);
  };
  for (const m of text.matchAll(dayFirst)) {
    if (!properMonth(m[2], lang)) continue;
    const month = monthNumber(m[2] ?? '', lang);
    if (month === undefined) continue;
    const year = m[3] ? Number(m[3]) : undefined;
    push(dateFigure(text, lang, m.index, m.index + m[0].length, year, month, Number(m[1])));
  }
  if (monthFirst) {
    for (const m of text.matchAll(monthFirst)) {
      if (!properMonth(m[1], lang)) continue;
      const month = monthNumber(m[1] ?? '', lang);
      if (month === undefined) continue;
      const year = m[3] ? Number(m[3]) : undefined;
      push(dateFigure(text, lang, m.index, m.index + m[0].length, year, month, Number(m[2])));
    }
  }
  for (const m of text.matchAll(monthYear)) {
    if (!properMonth(m[1], lang)) continue;
    const month = monthNumber(m[1] ?? '', lang);
    if (month === undefined) continue;
    push(dateFigure(text, lang, m.index, m.index + m[0].length, Number(m[2]), month, undefined));
  }
  return out;
}

const NUMERIC = /(?<![\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}]|[/.-]\d)/gu;
const ISO = /(?<![\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu;

/**
 * Dates written in digits. ISO "2025-01-14" is unambiguous. "14/01/2025" (also with dots or dashes) is read day
 * first in French, Spanish and undetermined text, month first in English (the US order) — unless that reading
 * is impossible and the other is not: "01/14/2025" in French is 14 January, "14/01/2025" in English too. When
 * both readings are valid in English ("01/02/2025") the US reading wins; a British page is misread there.
 */
function numericDates(text: string, lang: FigureLanguage): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    const preferMonthFirst = lang === 'en';
    const [day, month] = preferMonthFirst ? [b, a] : [a, b];
    const ok = isRealDay(day, month, year);
    const [d, mo] = ok ? [day, month] : [month, day];
    const figure = dateFigure(text, lang, m.index, m.index + m[0].length, year, mo, d);
    if (figure) out.push(figure);
  }
  for (const m of text.matchAll(ISO)) {
    const figure = dateFigure(text, lang, m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
    if (figure) out.push(figure);
  }
  return out;
}

const YEAR = /(?<![\p{L}\p{N}$€£.,/'’-])(1[89]\d{2}|20\d{2}|2100)(?![\p{N}\p{L}]|[.,]\d|[ \u00A0\u202F]?%)/gu;

/**
 * A year with a hyphenated part before it ("mid-2027", "mi-2027", "early-2026", "late-2025"): the year is the
 * date as far as the text gives it; the plain YEAR pattern leaves it out because a hyphen usually glues a year to
 * a name ("Vision-2030") or a range.
 */
const PART_OF_YEAR =
  /(?<![\p{L}\p{N}-])(?:mid|mi|early|late|end|fin|debut|début)-(1[89]\d{2}|20\d{2})(?![\p{N}\p{L}]|[.,]\d)/giu;

/**
 * A bare year ("en 2021", "depuis 2021", "d'ici 2030", "in 2021"). Any four-digit number from 1800 to 2100 not
 * glued to other digits or to a currency is taken; a longer figure over the same words (a count, an amount, a
 * full date) wins when figures are merged.
 */
function years(text: string, lang: FigureLanguage): Figure[] {
  return [...text.matchAll(YEAR), ...text.matchAll(PART_OF_YEAR)].map((m) => ({
    kind: 'date' as const,
    unit: 'year' as const,
    date: m[1] ?? '',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    qualifier: qualifierBefore(text, m.index, lang, true),
  }));
}

/** Every date-like figure of the text: full and partial dates, numeric dates, bare years. Overlaps are left in. */
export function findDates(text: string, lang: FigureLanguage): Figure[] {
  return [...namedDates(text, lang), ...numericDates(text, lang), ...years(text, lang)];
}
