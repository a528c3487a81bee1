import type { Figure, FigureLanguage } from '@/lib/schema';
import { alternation, entriesFor, type Lexicon } from './lexicon';
import { amountPattern, GAP, OPT_GAP, readAmount } from './numbers';
import { qualifierBefore } from './qualifier';

/** How each language writes "per cent" after a number, besides the sign. */
const PERCENT_WORDS: Lexicon<string[]> = {
  fr: ['pour cent', 'pourcent', 'pour-cent'],
  en: ['percent', 'per cent', 'pct'],
  es: ['por ciento'],
};

/** How each language writes "percentage points" after a number. */
const POINT_WORDS: Lexicon<string[]> = {
  fr: ['points de pourcentage', 'point de pourcentage'],
  en: ['percentage points', 'percentage point'],
  es: ['puntos porcentuales', 'punto porcentual'],
};

const cache = new Map<FigureLanguage, RegExp>();

function pattern(lang: FigureLanguage): RegExp {
  const cached = cache.get(lang);
  if (cached) return cached;
  const words = alternation(entriesFor(PERCENT_WORDS, lang));
  const points = alternation(entriesFor(POINT_WORDS, lang));
  // "25 %", "25%", "12,5 pour cent", "25 percent", "veinte por ciento"; "3 points de pourcentage".
  const built = new RegExp(
    `(${amountPattern(lang)})(?:${OPT_GAP}(%)|${GAP}(${words})(?![\\p{L}])|${GAP}(${points})(?![\\p{L}]))`,
    'giu',
  );
  cache.set(lang, built);
  return built;
}

/**
 * Percentages ("25 %", "25%", "12,5 pour cent", "30 percent", "veinte por ciento", unit `percent`) and
 * percentage points ("3 points de pourcentage", "2 percentage points", "1,5 puntos porcentuales", unit
 * `percentage-points`), with the bound or approximation written before them.
 */
export function findPercentages(text: string, lang: FigureLanguage): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(pattern(lang))) {
    const [whole, amountText = '', , , points] = m;
    const amount = readAmount(amountText, lang, false);
    if (amount === undefined) continue;
    const start = m.index + amount.offset;
    const end = m.index + whole.length;
    out.push({
      kind: 'percentage',
      value: amount.value,
      unit: points ? 'percentage-points' : 'percent',
      start,
      end,
      text: text.slice(start, end),
      qualifier: qualifierBefore(text, start, lang, false),
    });
  }
  return out;
}
