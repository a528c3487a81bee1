import type { Figure, FigureLanguage } from '@/lib/schema';
import { AGE_MARKERS, alternation, DURATION_ADJECTIVES, DURATION_UNITS, entriesFor } from './lexicon';
import { amountPattern, GAP, OPT_GAP, readAmount } from './numbers';
import { qualifierBefore } from './qualifier';

type DurationUnit = 'years' | 'months' | 'days';

interface DurationTables {
  pattern: RegExp;
  units: Map<string, DurationUnit>;
}

const cache = new Map<FigureLanguage, DurationTables>();
const key = (word: string) => word.toLowerCase();

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
  const source = `${amount}(?:${adjective}${GAP}(${alternation(units.map((u) => u.word))})|-(year|month|day)(?!-old))(?![\\p{L}\\p{N}])${notAge}`;
  const built: DurationTables = {
    pattern: new RegExp(source, 'giu'),
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
    const [whole, amountText = '', unitWord, compound] = m;
    const amount = readAmount(amountText, lang, false);
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
  return out;
}
