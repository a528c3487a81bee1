import type { Figure, FigureLanguage } from '@/lib/schema';
import { COUNT_NOUNS, entriesFor } from './lexicon';
import { round } from './money';
import { amountPattern, GAP, readAmount } from './numbers';
import { qualifierBefore } from './qualifier';

/**
 * Words after a number that are no counted thing: units of time, measure and rate, and words that make the
 * number something else ("5 fois", "10 heures", "3 points", "2 km"). Folded to lower case; plural forms.
 */
const NOT_COUNTED = new Set(
  (
    'ans années années jours mois semaines heures minutes secondes fois points pourcents pour fois reprises ' +
    'years months weeks days hours minutes seconds times points percent ' +
    'años meses semanas días dias horas minutos segundos veces puntos por ' +
    'km kms mètres metres meters metros kilomètres kilometres kilometers kilómetros hectares hectáreas acres ' +
    'tonnes tons toneladas litres liters litros kilos kg grammes grams gramos degrés degrees grados ' +
    'euros dollars dólares dolares pesos francs francos soles reais reales yuans yens livres libras roupies ' +
    'millions milliards billions millones billones mil mille thousand thousands hundred hundreds cents ' +
    'étages floors pisos ' +
    'h m s mw gw kw mwh gwh twh'
  ).split(' '),
);

/** Words that may stand between the number and what it counts: "300 nouvelles startups", "45 new centres". */
const ADJECTIVE = '(?:\\p{Ll}[\\p{Ll}\\p{M}-]{1,20}[ \\u00A0\\u202F]){0,2}';

/** A plural noun: a lower-case word ending as plurals do in French, English or Spanish (or "GPUs"). */
const PLURAL = '(\\p{Ll}[\\p{Ll}\\p{M}-]{2,}(?:s|x)|\\p{Lu}{2,6}s)(?![\\p{L}])';

const cache = new Map<FigureLanguage, RegExp>();
const nounUnits = new Map<FigureLanguage, Map<string, 'people' | 'jobs' | 'objects'>>();

/** What a plural noun counts when the count finder knows it ("800 high-skilled jobs" are jobs, not objects). */
function unitOf(noun: string, lang: FigureLanguage): 'people' | 'jobs' | 'objects' {
  let units = nounUnits.get(lang);
  if (!units) {
    units = new Map(entriesFor(COUNT_NOUNS, lang).map((n) => [n.word.toLowerCase(), n.unit]));
    nounUnits.set(lang, units);
  }
  return units.get(noun.toLowerCase()) ?? 'objects';
}

function pattern(lang: FigureLanguage): RegExp {
  let found = cache.get(lang);
  if (!found) {
    found = new RegExp(`(${amountPattern(lang)})${GAP}(${ADJECTIVE})${PLURAL}`, 'gu');
    cache.set(lang, found);
  }
  return found;
}

/**
 * Counts of anything a deal is made of that the specific finders do not know by name: "45 centros de
 * formación", "300 empresas emergentes", "512 GPUs", "quatre stations terrestres", "12 public institutions" —
 * a number (at least 2; in digits or words), maybe one or two adjectives, and a plural noun that is not a unit,
 * a length of time or a rate. Unit `objects`; the measure comes later from the noun (lib/facts/fact-labels).
 * Lowest priority in `findFigures`: any other reading of the same words wins.
 */
export function findNounCounts(text: string, lang: FigureLanguage): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(pattern(lang))) {
    const [whole, amountText = '', between = '', noun = ''] = m;
    if (NOT_COUNTED.has(noun.toLowerCase()) || between.split(/\s+/u).some((w) => NOT_COUNTED.has(w.toLowerCase()))) {
      continue;
    }
    const amount = readAmount(amountText, lang, false);
    if (!amount || amount.value < 2 || !Number.isInteger(amount.value)) continue;
    // A year is no count: "en 2026 centros" is rare, "2026 elections" is a date's business.
    if (/^(?:19|20)\d\d$/u.test(amountText.trim())) continue;
    const start = m.index + amount.offset;
    const end = m.index + whole.length;
    out.push({
      kind: 'count',
      value: round(amount.value),
      unit: unitOf(noun, lang),
      start,
      end,
      text: text.slice(start, end),
      qualifier: qualifierBefore(text, start, lang, false),
    });
  }
  return out;
}
