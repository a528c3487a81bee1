import type { Figure, FigureLanguage } from '@/lib/schema';
import { AGE_MARKERS, alternation, DURATION_ADJECTIVES, DURATION_UNITS, entriesFor } from './lexicon';
import { amountPattern, GAP, OPT_GAP, readAmount } from './numbers';
import { qualifierBefore } from './qualifier';

type DurationUnit = 'years' | 'months' | 'days';

interface DurationTables {
  pattern: RegExp;
  yearAndHalf: RegExp;
  decades: RegExp;
  units: Map<string, DurationUnit>;
}

const cache = new Map<FigureLanguage, DurationTables>();
const key = (word: string) => word.toLowerCase();

/** "… and a half" after a duration: "dos años y medio" is 2.5 years, "un an et demi" 1.5. */
const HALF: Record<FigureLanguage, string> = {
  fr: 'et[ \\u00A0]demie?',
  en: 'and[ \\u00A0]a[ \\u00A0]half',
  es: 'y[ \\u00A0]medi[oa]',
  und: '(?:et[ \\u00A0]demie?|and[ \\u00A0]a[ \\u00A0]half|y[ \\u00A0]medi[oa])',
};

/** A year and a half with no number: "año y medio", "un an et demi", "a year and a half". */
const YEAR_AND_A_HALF: Record<FigureLanguage, string> = {
  fr: '(?:un[ \\u00A0]+)?an[ \\u00A0]+et[ \\u00A0]+demi',
  en: '(?:an?[ \\u00A0]+|one[ \\u00A0]+)?year[ \\u00A0]+and[ \\u00A0]+a[ \\u00A0]+half',
  es: '(?:un[ \\u00A0]+)?año[ \\u00A0]+y[ \\u00A0]+medio',
  und: '(?:(?:un[ \\u00A0]+)?an[ \\u00A0]+et[ \\u00A0]+demi|(?:an?[ \\u00A0]+|one[ \\u00A0]+)?year[ \\u00A0]+and[ \\u00A0]+a[ \\u00A0]+half|(?:un[ \\u00A0]+)?año[ \\u00A0]+y[ \\u00A0]+medio)',
};

/** Decades, ten years each: "une décennie", "a decade", "dos décadas". */
const DECADE: Record<FigureLanguage, string> = {
  fr: 'd[ée]cennies?',
  en: 'decades?',
  es: 'd[ée]cadas?',
  und: '(?:d[ée]cennies?|decades?|d[ée]cadas?)',
};

/** "A/one" before a decade: the number one in words, which {@link readAmount} leaves out alone. */
const ONE = /^(?:une?|una|a|an|one)$/iu;

/** English compounds: "a 7-year partnership", "a ten-month pilot". */
const COMPOUND: Record<string, DurationUnit> = { year: 'years', month: 'months', day: 'days' };

function tables(lang: FigureLanguage): DurationTables {
  const cached = cache.get(lang);
  if (cached) return cached;
  const units = entriesFor(DURATION_UNITS, lang);
  const adjectives = entriesFor(DURATION_ADJECTIVES, lang);
  const ages = entriesFor(AGE_MARKERS, lang);
  const amount = `(${amountPattern(lang)})`;
  const adjective = adjectives.length > 0 ? `(?:${GAP}(?:${alternation(adjectives)}))?` : '';
  const notAge = `(?!${OPT_GAP}(?:${alternation(ages)})(?![\\p{L}]))`;
  // "7 ans", "15 prochaines années", "10 años", "15 years"; or the English compound "7-year" (not "7-year-old").
  const source = `${amount}(?:${adjective}${GAP}(${alternation(units.map((u) => u.word))})(${GAP}${HALF[lang]})?|-(year|month|day)(?!-old))(?![\\p{L}\\p{N}])${notAge}`;
  const built: DurationTables = {
    pattern: new RegExp(source, 'giu'),
    yearAndHalf: new RegExp(`(?<![\\p{L}\\p{N}])${YEAR_AND_A_HALF[lang]}(?![\\p{L}])`, 'giu'),
    decades: new RegExp(
      `(?<![\\p{L}\\p{N}])(${amountPattern(lang)}|une?|una|an?|one)${GAP}${DECADE[lang]}(?![\\p{L}])`,
      'giu',
    ),
    units: new Map(units.map((u) => [key(u.word), u.unit])),
  };
  cache.set(lang, built);
  return built;
}

/**
 * Durations in years, months or days: "7 ans", "15 years", "durante 10 años", "15 prochaines années",
 * "a 7-year partnership", "sept ans", "cuatro años", "a two-year pilot", "veinticinco años". Ages ("15 years old", "15 años de edad") are left out.
 */
export function findDurations(text: string, lang: FigureLanguage): Figure[] {
  const t = tables(lang);
  const out: Figure[] = [];
  for (const m of text.matchAll(t.pattern)) {
    const [whole, amountText = '', unitWord, half, compound] = m;
    const read = readAmount(amountText, lang, false);
    const amount = read && half ? { ...read, value: read.value + 0.5 } : read;
    const unit = unitWord ? t.units.get(key(unitWord)) : compound ? COMPOUND[key(compound)] : undefined;
    if (amount === undefined || amount.value <= 0 || !unit) continue;
    const start = m.index + amount.offset;
    out.push({
      kind: 'duration',
      value: amount.value,
      unit,
      start,
      end: m.index + whole.length,
      text: text.slice(start, m.index + whole.length),
      qualifier: qualifierBefore(text, start, lang, false),
    });
  }
  for (const m of text.matchAll(t.yearAndHalf)) {
    out.push(spanned(text, m.index, m[0].length, 1.5, 'years', lang));
  }
  for (const m of text.matchAll(t.decades)) {
    const [whole, amountText = ''] = m;
    const count = ONE.test(amountText.trim()) ? 1 : readAmount(amountText, lang, false)?.value;
    if (count === undefined || count <= 0) continue;
    out.push(spanned(text, m.index, whole.length, count * 10, 'years', lang));
  }
  return out;
}

/** A duration over `length` characters from `start`. */
function spanned(
  text: string,
  start: number,
  length: number,
  value: number,
  unit: DurationUnit,
  lang: FigureLanguage,
): Figure {
  return {
    kind: 'duration',
    value,
    unit,
    start,
    end: start + length,
    text: text.slice(start, start + length),
    qualifier: qualifierBefore(text, start, lang, false),
  };
}
