import { en, type MessageKey } from './en';
import { fr } from './fr';
import { frenchTypography } from './french-typography';

export type UiLanguage = 'en' | 'fr';
export type { MessageKey };

/** French strings with French spacing applied once (no-break spaces before : ; ? ! and inside « »). */
const frTypeset = Object.fromEntries(Object.entries(fr).map(([key, text]) => [key, frenchTypography(text)])) as Record<
  MessageKey,
  string
>;

const catalogs: Record<UiLanguage, Record<MessageKey, string>> = { en, fr: frTypeset };

/** The UI language: French when the browser's language is French, English otherwise. */
export function detectLanguage(browserLanguage: string | undefined = globalThis.navigator?.language): UiLanguage {
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const pluralRules: Record<UiLanguage, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  fr: new Intl.PluralRules('fr'),
};

/**
 * Fills `{name}` placeholders, and `{name|one|other}` with the word the count in `name` takes in the language
 * ("1 figure", "2 figures"; in French 0 and 1 take the singular).
 */
export function translate(lang: UiLanguage, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogs[lang][key]
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) => {
      const count = params[name];
      if (typeof count !== 'number') return whole;
      return pluralRules[lang].select(count) === 'one' ? one : other;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language, plus the Intl formatters that go with it. */
export function createI18n(lang: UiLanguage = detectLanguage()) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const numbers = new Intl.NumberFormat(locale);
  return {
    lang,
    locale,
    t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    number: (value: number) => numbers.format(value),
    /** What goes between a label and what it labels: ": " in English, a no-break space before it in French. */
    colon: lang === 'fr' ? '\u00a0: ' : ': ',
    /** A quotation as the language marks one: “…” in English, « … » (no-break spaces inside) in French. */
    quote: (text: string) => (lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`),
    /** "25 %" in French, "25%" in English: the platform knows where each language puts the sign. */
    percent: (value: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }).format(value),
    money: (value: number, currency: string) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        notation: value >= 1e6 ? 'compact' : 'standard',
        maximumFractionDigits: 1,
      }).format(value),
    /** A YYYY, YYYY-MM or YYYY-MM-DD date as the reader's language writes it. */
    date: (date: string) => {
      const [y, m, d] = date.split('-').map(Number);
      const value = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
      const options: Intl.DateTimeFormatOptions =
        d !== undefined
          ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
          : m !== undefined
            ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
            : { year: 'numeric', timeZone: 'UTC' };
      return new Intl.DateTimeFormat(locale, options).format(value);
    },
  };
}

export type I18n = ReturnType<typeof createI18n>;
