import type { Figure, FigureLanguage } from '@/lib/schema';
import { alternation, entriesFor, type Lexicon } from './lexicon';
import { amountPattern, GAP, OPT_GAP, readAmount } from './numbers';
import { qualifierBefore } from './qualifier';

type CapacityUnit = 'kW' | 'MW' | 'GW' | 'kWh' | 'MWh' | 'GWh' | 'TWh';

/** Symbols, matched as written: "MW" is a megawatt, "mW" a milliwatt and "mw" nothing. */
const SYMBOLS: [string, CapacityUnit][] = [
  ['kW', 'kW'],
  ['KW', 'kW'],
  ['MW', 'MW'],
  ['GW', 'GW'],
  ['kWh', 'kWh'],
  ['KWh', 'kWh'],
  ['MWh', 'MWh'],
  ['GWh', 'GWh'],
  ['TWh', 'TWh'],
];

const words = (unit: CapacityUnit, list: string): [string, CapacityUnit][] =>
  list.split(',').map((w) => [w.trim(), unit]);

/** Unit names, in any case. */
const NAMES: Lexicon<[string, CapacityUnit][]> = {
  fr: [
    ...words('kW', 'kilowatts, kilowatt'),
    ...words('MW', 'mégawatts, megawatts, mégawatt, megawatt'),
    ...words('GW', 'gigawatts, gigawatt'),
    ...words('kWh', 'kilowattheures, kilowattheure, kilowatts-heures, kilowatt-heure'),
    ...words('MWh', 'mégawattheures, mégawattheure, mégawatts-heures, mégawatt-heure'),
    ...words('GWh', 'gigawattheures, gigawattheure, gigawatts-heures, gigawatt-heure'),
    ...words('TWh', 'térawattheures, térawattheure, térawatts-heures, térawatt-heure'),
  ],
  en: [
    ...words('kW', 'kilowatts, kilowatt'),
    ...words('MW', 'megawatts, megawatt'),
    ...words('GW', 'gigawatts, gigawatt'),
    ...words('kWh', 'kilowatt-hours, kilowatt hours, kilowatt-hour'),
    ...words('MWh', 'megawatt-hours, megawatt hours, megawatt-hour'),
    ...words('GWh', 'gigawatt-hours, gigawatt hours, gigawatt-hour'),
    ...words('TWh', 'terawatt-hours, terawatt hours, terawatt-hour'),
  ],
  es: [
    ...words('kW', 'kilovatios, kilovatio, kilowatts'),
    ...words('MW', 'megavatios, megavatio, megawatts'),
    ...words('GW', 'gigavatios, gigavatio, gigawatts'),
    ...words('kWh', 'kilovatios hora, kilovatios-hora, kilovatio hora'),
    ...words('MWh', 'megavatios hora, megavatios-hora, megavatio hora'),
    ...words('GWh', 'gigavatios hora, gigavatios-hora, gigavatio hora'),
    ...words('TWh', 'teravatios hora, teravatios-hora, teravatio hora'),
  ],
};

interface Tables {
  pattern: RegExp;
  units: Map<string, CapacityUnit>;
}

const cache = new Map<FigureLanguage, Tables>();

function capitalized(word: string): string[] {
  return [word, word.charAt(0).toUpperCase() + word.slice(1)];
}

function tables(lang: FigureLanguage): Tables {
  const cached = cache.get(lang);
  if (cached) return cached;
  const names = entriesFor(NAMES, lang);
  const units = new Map<string, CapacityUnit>([...SYMBOLS, ...names.map(([w, u]) => [w.toLowerCase(), u] as const)]);
  // "100MW", "1 GW", "1,5 GW", "100 mégawatts", "500 megavatios", "deux gigawatts", and the English compound
  // "a 100-megawatt campus". Case-sensitive: symbols must keep their capitals; names may start with one.
  const source = `(${amountPattern(lang, true)})(?:${OPT_GAP}(${alternation(SYMBOLS.map(([s]) => s))})|(?:${GAP}|-)(${alternation(
    names.flatMap(([w]) => capitalized(w)),
  )}))(?![\\p{L}\\p{N}])`;
  const built = { pattern: new RegExp(source, 'gu'), units };
  cache.set(lang, built);
  return built;
}

/**
 * Power and energy capacities, kept in the unit the text prints (never rescaled): "100MW", "1 GW", "100 mégawatts",
 * "500 megavatios", "2 gigawatts", "200 MWh", "1,2 TWh". A data centre, a plant or a battery is sized this way.
 */
export function findCapacities(text: string, lang: FigureLanguage): Figure[] {
  const t = tables(lang);
  const out: Figure[] = [];
  for (const m of text.matchAll(t.pattern)) {
    const [whole, amountText = '', symbol, name] = m;
    const unit = symbol ? t.units.get(symbol) : name ? t.units.get(name.toLowerCase()) : undefined;
    const amount = readAmount(amountText, lang, false);
    if (!unit || amount === undefined) continue;
    const start = m.index + amount.offset;
    out.push({
      kind: 'capacity',
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
