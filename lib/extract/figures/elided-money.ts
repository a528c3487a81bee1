import type { Figure, FigureLanguage } from '@/lib/schema';
import { round } from './money';
import { NUMBER_BODY, parseNumber } from './numbers';

/** Scale words an elided amount ends with, and their factors. */
const SCALE_FACTORS: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  millon: 1e6,
  millón: 1e6,
  millones: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  'mil millones': 1e9,
};

/** "dont 3 millions", "of which 3 million", "de los cuales 3 millones": a part of the amount just before. */
const ELIDED = new RegExp(
  `(?<![\\p{L}])(?:dont|of which|de los cuales|de las cuales|de ellos|de ellas)[ \\u00A0]+(?:(?:environ|about|around|some|unos|unas|près de|cerca de)[ \\u00A0]+)?(${NUMBER_BODY})[ \\u00A0\\u202F]+(mil millones|millions?|milliards?|millones|millón|millon|billion)(?![\\p{L}])(?![ \\u00A0]+(?:de|d['’]|of)[ \\u00A0])`,
  'giu',
);

/**
 * Amounts whose currency the text leaves to the amount before them, in the same sentence: "un programme de 11
 * millions de dollars, dont 3 millions apportés par Corfo" (issue 20's `currency-elided`). Only after "of which"
 * and its French and Spanish twins, and only where no other figure reads the same words.
 */
export function findElidedMoney(text: string, lang: FigureLanguage, found: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(ELIDED)) {
    const numberText = m[1] ?? '';
    const scale = SCALE_FACTORS[(m[2] ?? '').toLowerCase()];
    const start = m.index + m[0].indexOf(numberText);
    const value = parseNumber(numberText, lang, true);
    if (value === undefined || scale === undefined) continue;
    const whole = found
      .filter((f) => f.kind === 'money' && f.end <= m.index && m.index - f.end <= 80)
      .filter((f) => !/[.!?;\n]/u.test(text.slice(f.end, m.index)))
      .at(-1);
    if (!whole?.unit) continue;
    out.push({
      kind: 'money',
      value: round(value * scale),
      unit: whole.unit,
      ...(whole.currencyGuessed ? { currencyGuessed: true } : {}),
      start,
      end: m.index + m[0].length,
      text: text.slice(start, m.index + m[0].length),
    });
  }
  return out;
}
