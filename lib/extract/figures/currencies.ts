import type { FigureLanguage } from '@/lib/schema';
import type { Lexicon } from './lexicon';

/**
 * One way of writing a currency, and the ISO 4217 code it stands for. Figures are stored in that currency as
 * printed: nothing here converts anything.
 */
export interface CurrencyWord {
  word: string;
  /** The ISO 4217 code; for a word several currencies share, the most common reading. */
  unit: string;
  /** The amount the word implies on its own (Mexican "mdd" is millions of dollars). */
  factor?: number;
  /** A word several currencies share ("pesos", "francs"): country code → the currency it means there. */
  byCountry?: Readonly<Record<string, string>>;
  /** The bare "$": any dollar or peso. A more specific currency written after the number wins over it. */
  generic?: boolean;
}

/**
 * Codes that are also everyday words or names in capitals ("TOP 10", "WORLD CUP 2026", "AMD 7000", "PHP 8",
 * "ALL 3", "COP26", "SDG 7"): they are currencies only in their currency's other spellings.
 */
const NOT_BARE_CODES = new Set(['ALL', 'AMD', 'COP', 'CUP', 'PHP', 'SDG', 'TOP']);

/** Locales whose currency symbols are taken from the platform: the three languages and the two the seeds need. */
const SYMBOL_LOCALES = ['en', 'fr', 'es', 'pt-BR', 'es-PE'];

/** Symbols the platform's data does not give in those locales, or gives to several currencies. */
const SYMBOLS: readonly CurrencyWord[] = [
  { word: '$', unit: 'USD', generic: true },
  { word: 'US$', unit: 'USD' },
  { word: 'U.S.$', unit: 'USD' },
  { word: 'US $', unit: 'USD' },
  { word: '¥', unit: 'JPY' },
  { word: 'RMB', unit: 'CNY' },
  { word: 'S/.', unit: 'PEN' },
  { word: 'MXN$', unit: 'MXN' },
  { word: 'CLP$', unit: 'CLP' },
  { word: 'COL$', unit: 'COP' },
  { word: 'C$', unit: 'CAD' },
  { word: 'S$', unit: 'SGD' },
  { word: 'Rp', unit: 'IDR' },
  { word: 'RM', unit: 'MYR' },
  { word: '฿', unit: 'THB' },
  { word: '₺', unit: 'TRY' },
  { word: '₦', unit: 'NGN' },
  { word: '₽', unit: 'RUB' },
  { word: '₴', unit: 'UAH' },
  { word: 'zł', unit: 'PLN' },
  { word: 'Kč', unit: 'CZK' },
  { word: 'Ft', unit: 'HUF' },
  // East and Central African shillings and francs as their own press prints them ("KSh 129 billion", "Rwf 30
  // billion"), the Swiss "SFr." and the Moroccan "DH" ("10 milliards de DH").
  { word: 'KSh', unit: 'KES' },
  { word: 'Ksh', unit: 'KES' },
  { word: 'KShs', unit: 'KES' },
  { word: 'TSh', unit: 'TZS' },
  { word: 'USh', unit: 'UGX' },
  { word: 'Rwf', unit: 'RWF' },
  { word: 'FRw', unit: 'RWF' },
  { word: 'SFr.', unit: 'CHF' },
  { word: 'SFr', unit: 'CHF' },
  { word: 'Sfr.', unit: 'CHF' },
  { word: 'Sfr', unit: 'CHF' },
  { word: 'DH', unit: 'MAD' },
  { word: 'Dhs', unit: 'MAD' },
  { word: 'GH₵', unit: 'GHS' },
  { word: 'E£', unit: 'EGP' },
  { word: 'Rs', unit: 'INR', byCountry: { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' } },
  { word: 'Rs.', unit: 'INR', byCountry: { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' } },
];

const PESO = { MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP', PH: 'PHP', UY: 'UYU', DO: 'DOP', CU: 'CUP' };
const RUPEE = { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' };
const FRANC = { CH: 'CHF', LI: 'CHF', CD: 'CDF', GN: 'GNF', RW: 'RWF', BI: 'BIF', DJ: 'DJF', KM: 'KMF', ...cfa() };
const CFA = cfa();
const DINAR = { DZ: 'DZD', TN: 'TND', IQ: 'IQD', JO: 'JOD', KW: 'KWD', BH: 'BHD', LY: 'LYD', RS: 'RSD' };
const DIRHAM = { AE: 'AED', MA: 'MAD' };
const CROWN = { SE: 'SEK', NO: 'NOK', DK: 'DKK', CZ: 'CZK', IS: 'ISK' };
const RIYAL = { SA: 'SAR', QA: 'QAR', OM: 'OMR', YE: 'YER', IR: 'IRR' };
const COLON = { CR: 'CRC', SV: 'SVC' };

/** The two CFA francs: West African (XOF) and Central African (XAF). */
function cfa(): Record<string, string> {
  const west = ['SN', 'CI', 'ML', 'BF', 'NE', 'TG', 'BJ', 'GW'].map((c) => [c, 'XOF']);
  const central = ['CM', 'GA', 'CG', 'TD', 'CF', 'GQ'].map((c) => [c, 'XAF']);
  return Object.fromEntries([...west, ...central]);
}

/** A word for a currency family: its default reading and its reading per country. */
const family = (word: string, byCountry: Record<string, string>, unit: string): CurrencyWord => ({
  word,
  unit,
  byCountry,
});
const one = (unit: string, words: string) => words.split(',').map((word) => ({ word: word.trim(), unit }));

/**
 * The words news writes after an amount, beyond the platform's full names ("Brazilian reals", "pesos
 * mexicains"): the bare currency nouns. A bare "dollars" is taken for US dollars, as a news text about deals
 * almost always means; "pesos", "francs", "rupees"… are read from the countries the article names.
 */
const WORDS: Lexicon<CurrencyWord[]> = {
  fr: [
    ...one('USD', 'dollars américains, dollars US, dollars des États-Unis, dollars, dollar'),
    ...one('EUR', 'euros, euro'),
    ...one('BRL', 'réals, reais, réaux, réal'),
    // Not "sols": in French it is also the plural of "sol", soil.
    ...one('PEN', 'soles'),
    ...one('JPY', 'yens, yen'),
    ...one('CNY', 'yuans, yuan, renminbis, renminbi'),
    ...one('IDR', 'rupiahs, rupiah'),
    ...one('MYR', 'ringgits, ringgit'),
    ...one('THB', 'bahts, baht'),
    ...one('KRW', 'wons'),
    ...one('ZAR', 'rands'),
    ...one('NGN', 'nairas, naira'),
    ...one('RUB', 'roubles, rouble'),
    ...one('PLN', 'zlotys, zloty'),
    ...one('ILS', 'shekels, shekel'),
    ...one('TRY', 'livres turques, lires turques'),
    ...one('GBP', 'livres sterling, livre sterling'),
    ...one('VND', 'dongs'),
    family('pesos', PESO, 'MXN'),
    family('peso', PESO, 'MXN'),
    family('roupies', RUPEE, 'INR'),
    family('francs CFA', CFA, 'XOF'),
    family('francs', FRANC, 'CHF'),
    family('dinars', DINAR, 'DZD'),
    family('dirhams', DIRHAM, 'AED'),
    family('couronnes', CROWN, 'SEK'),
    family('riyals', RIYAL, 'SAR'),
  ],
  en: [
    ...one('USD', 'US dollars, U.S. dollars, dollars, dollar'),
    ...one('EUR', 'euros, euro'),
    ...one('BRL', 'reais, reals'),
    ...one('PEN', 'soles'),
    ...one('JPY', 'yen'),
    ...one('CNY', 'yuan, renminbi'),
    ...one('IDR', 'rupiah'),
    ...one('MYR', 'ringgit'),
    ...one('THB', 'baht'),
    ...one('ZAR', 'rand'),
    ...one('NGN', 'naira'),
    ...one('RUB', 'rubles, roubles'),
    ...one('PLN', 'zlotys, zloty'),
    ...one('ILS', 'shekels'),
    ...one('TRY', 'lira, liras'),
    // Not a bare "won", "sterling" or "pounds": "the two won", "two sterling results", "300 pounds".
    ...one('GBP', 'pounds sterling'),
    family('pesos', PESO, 'MXN'),
    family('rupees', RUPEE, 'INR'),
    family('CFA francs', CFA, 'XOF'),
    family('francs', FRANC, 'CHF'),
    family('dinars', DINAR, 'DZD'),
    family('dirhams', DIRHAM, 'AED'),
    family('kronor', CROWN, 'SEK'),
    family('kroner', CROWN, 'NOK'),
    family('crowns', CROWN, 'SEK'),
    family('riyals', RIYAL, 'SAR'),
  ],
  es: [
    ...one('USD', 'dólares estadounidenses, dólares, dolares, dólar'),
    ...one('EUR', 'euros, euro'),
    { word: 'mdd', unit: 'USD', factor: 1e6 },
    { word: 'mmdd', unit: 'USD', factor: 1e9 },
    ...one('BRL', 'reales'),
    ...one('PEN', 'soles'),
    ...one('JPY', 'yenes, yen'),
    ...one('CNY', 'yuanes, yuan, renminbis, renminbi'),
    ...one('IDR', 'rupias indonesias'),
    ...one('MYR', 'ringgits, ringgit'),
    ...one('THB', 'bahts'),
    ...one('KRW', 'wones'),
    ...one('ZAR', 'rands'),
    ...one('NGN', 'nairas'),
    ...one('RUB', 'rublos'),
    ...one('PLN', 'zlotis, zlotys'),
    ...one('ILS', 'séqueles, shekels'),
    ...one('TRY', 'liras turcas, liras'),
    ...one('GBP', 'libras esterlinas'),
    ...one('GTQ', 'quetzales'),
    ...one('HNL', 'lempiras'),
    ...one('NIO', 'córdobas'),
    ...one('VES', 'bolívares'),
    ...one('PYG', 'guaraníes'),
    ...one('PAB', 'balboas'),
    family('pesos', PESO, 'MXN'),
    family('rupias', RUPEE, 'INR'),
    family('francos CFA', CFA, 'XOF'),
    family('francos', FRANC, 'CHF'),
    family('dinares', DINAR, 'DZD'),
    family('dírhams', DIRHAM, 'AED'),
    family('coronas', CROWN, 'SEK'),
    family('riales', RIYAL, 'SAR'),
    family('colones', COLON, 'CRC'),
  ],
};

/** The currency part of a formatted amount, as the platform writes it. */
function currencyPart(format: Intl.NumberFormat, value: number): string | undefined {
  return format.formatToParts(value).find((part) => part.type === 'currency')?.value;
}

/** A word claimed by one currency only; a word two currencies claim is dropped (it is in `SYMBOLS` if wanted). */
function addUnique(claims: Map<string, Set<string>>, word: string | undefined, code: string): void {
  if (!word) return;
  const set = claims.get(word) ?? new Set<string>();
  set.add(code);
  claims.set(word, set);
}

const uniqueWords = (claims: Map<string, Set<string>>): CurrencyWord[] =>
  [...claims].flatMap(([word, codes]) => (codes.size === 1 ? [{ word, unit: [...codes][0] ?? '' }] : []));

let platform: { symbols: CurrencyWord[]; names: Map<FigureLanguage, CurrencyWord[]>; codes: string[] } | undefined;

/**
 * What the platform knows of currencies (`Intl.supportedValuesOf('currency')`): their codes, their symbols in a
 * few locales ("R$", "MX$", "S/", "₹", "CN¥") and their names in French, English and Spanish, singular and plural
 * ("Brazilian real", "réals brésiliens", "reales brasileños"). Built once, on first use (about 0.2 s).
 */
function platformCurrencies() {
  if (platform) return platform;
  const codes = Intl.supportedValuesOf('currency');
  const symbolClaims = new Map<string, Set<string>>();
  for (const locale of SYMBOL_LOCALES) {
    for (const code of codes) {
      const symbol = currencyPart(new Intl.NumberFormat(locale, { style: 'currency', currency: code }), 1);
      // A symbol with no sign of its own ("Cg", "UM") would be a word: only the manual table may add those.
      if (symbol && symbol !== code && /[^\p{L}]/u.test(symbol)) addUnique(symbolClaims, symbol, code);
    }
  }
  const names = new Map<FigureLanguage, CurrencyWord[]>();
  for (const lang of ['fr', 'en', 'es'] as const) {
    const claims = new Map<string, Set<string>>();
    const display = new Intl.DisplayNames([lang], { type: 'currency', fallback: 'none' });
    for (const code of codes) {
      const format = new Intl.NumberFormat(lang, { style: 'currency', currency: code, currencyDisplay: 'name' });
      for (const name of [display.of(code), currencyPart(format, 1), currencyPart(format, 2)]) {
        // "franc CFA (BCEAO)": the parenthesis is not written in running text.
        addUnique(claims, name?.replace(/\s*\(.*\)\s*$/u, '').trim(), code);
      }
    }
    names.set(lang, uniqueWords(claims));
  }
  platform = { symbols: uniqueWords(symbolClaims), names, codes };
  return platform;
}

/** Joins lists of words, the first list's spelling of a word winning (manual tables before the platform's). */
function merge(...lists: (readonly CurrencyWord[])[]): CurrencyWord[] {
  const seen = new Set<string>();
  const out: CurrencyWord[] = [];
  for (const word of lists.flat()) {
    const key = word.word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}

function bareCodes(): CurrencyWord[] {
  return platformCurrencies()
    .codes.filter((code) => !NOT_BARE_CODES.has(code))
    .map((code) => ({ word: code, unit: code }));
}

/** Written before the number: symbols and ISO codes ("R$14.7 billion", "US$ 5.000 millones", "BRL 14,7 bi"). */
export function currencyPrefixes(_lang: FigureLanguage): CurrencyWord[] {
  return merge(SYMBOLS, platformCurrencies().symbols, bareCodes());
}

/**
 * Written after the number or its scale, maybe after "de"/"d'"/"of": symbols, ISO codes, the usual nouns and
 * the platform's full names ("10 M USD", "2,9 milliards de dollars", "14.700 millones de reales",
 * "5 milliards de pesos mexicains").
 */
export function currencySuffixes(lang: FigureLanguage): CurrencyWord[] {
  const langs = lang === 'und' ? (['fr', 'en', 'es'] as const) : [lang];
  const { names } = platformCurrencies();
  return merge(
    SYMBOLS,
    ...langs.map((l) => WORDS[l]),
    ...langs.map((l) => names.get(l) ?? []),
    platformCurrencies().symbols,
    bareCodes(),
  );
}

/**
 * The currency a word means in an article naming these countries (ISO 3166 codes, most named first): its
 * only currency, else the first named country's, else the word's most common reading — then `guessed`.
 */
export function resolveCurrency(
  word: CurrencyWord,
  countries: readonly string[] = [],
): { unit: string; guessed: boolean } {
  if (!word.byCountry) return { unit: word.unit, guessed: false };
  for (const country of countries) {
    const unit = word.byCountry[country];
    if (unit) return { unit, guessed: true };
  }
  return { unit: word.unit, guessed: true };
}
