import { listPlatformCountries } from '@/lib/catalog/countries';
import { fold } from '@/lib/text/fold';

/**
 * The country a nationality adjective names ("chileno" → Chile, "sénégalais" → Senegal, "Kenyan" → Kenya): the
 * platform country one of whose names shares the longest start with the adjective (five letters at least, four
 * for short names), after a short table of adjectives that do not look like their country.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  estadounidense: 'US',
  american: 'US',
  americain: 'US',
  americano: 'US',
  norteamericano: 'US',
  british: 'GB',
  britannique: 'GB',
  britanico: 'GB',
  ivoirien: 'CI',
  ivorian: 'CI',
  marfileno: 'CI',
  saudi: 'SA',
  saoudien: 'SA',
  saudita: 'SA',
  emirati: 'AE',
  emirien: 'AE',
  dutch: 'NL',
  neerlandais: 'NL',
  neerlandes: 'NL',
  holandes: 'NL',
  swiss: 'CH',
  suisse: 'CH',
  suizo: 'CH',
  german: 'DE',
  allemand: 'DE',
  aleman: 'DE',
  greek: 'GR',
  grec: 'GR',
  griego: 'GR',
  filipino: 'PH',
  philippin: 'PH',
  philippine: 'PH',
  indian: 'IN',
  indien: 'IN',
  indio: 'IN',
  korean: 'KR',
  coreen: 'KR',
  coreano: 'KR',
  salvadoran: 'SV',
  salvadorien: 'SV',
  salvadoreno: 'SV',
  welsh: 'GB',
  scottish: 'GB',
  english: 'GB',
  anglais: 'GB',
  ingles: 'GB',
  french: 'FR',
  chinese: 'CN',
  thai: 'TH',
  danish: 'DK',
  dane: 'DK',
  polish: 'PL',
  spanish: 'ES',
  turkish: 'TR',
  turc: 'TR',
  turco: 'TR',
  swedish: 'SE',
  finnish: 'FI',
  irish: 'IE',
  czech: 'CZ',
  chinois: 'CN',
  chino: 'CN',
  ecuatoriano: 'EC',
  equatorien: 'EC',
  ecuadorian: 'EC',
  francais: 'FR',
  frances: 'FR',
  cubano: 'CU',
  cubain: 'CU',
  cuban: 'CU',
  russe: 'RU',
  ruso: 'RU',
  russian: 'RU',
  belge: 'BE',
  belga: 'BE',
  belgian: 'BE',
  danois: 'DK',
  danes: 'DK',
  'sud-africain': 'ZA',
  sudafricano: 'ZA',
  'south african': 'ZA',
};

let names: { code: string; words: string[] }[] | undefined;

function countryWords(): { code: string; words: string[] }[] {
  names ??= listPlatformCountries().map((c) => ({
    code: c.code,
    words: [...new Set(c.aliases.flatMap((a) => fold(a.text).split(/[\s’'-]+/u)).filter((w) => w.length >= 4))],
  }));
  return names;
}

const commonStart = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** The ISO code of the country a nationality adjective names, or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  const folded = fold(word).replace(/['’]s$/u, '');
  const base = folded.replace(/s$/u, '');
  const irregular = IRREGULAR[folded] ?? IRREGULAR[base] ?? IRREGULAR[base.replace(/(?:e|a|o)$/u, '')];
  if (irregular) return irregular;
  let best: { code: string; score: number } | undefined;
  for (const { code, words } of countryWords()) {
    for (const w of words) {
      const score = commonStart(folded, w);
      const needed = Math.min(5, Math.max(4, w.length - 1));
      if (score >= needed && (!best || score > best.score)) best = { code, score };
    }
  }
  return best?.code;
}

/** The platform's English name of a country ("Kenya", "Côte d’Ivoire"). */
export function countryName(code: string): string | undefined {
  return listPlatformCountries().find((c) => c.code === code)?.name;
}

let byName: Map<string, string> | undefined;

/** The ISO code of the country a name is ("Chile", "Pérou", "Côte d’Ivoire"), or undefined. */
export function countryOfName(name: string): string | undefined {
  byName ??= new Map(listPlatformCountries().flatMap((c) => c.aliases.map((a) => [fold(a.text), c.code] as const)));
  return byName.get(fold(name).replace(/^(?:the|el|la|le|l')\s*/u, ''));
}
