import type { FigureLanguage } from '@/lib/schema';
import { fold } from '@/lib/text/fold';

const LOCALES: Record<Exclude<FigureLanguage, 'und'>, string> = { fr: 'fr', en: 'en', es: 'es' };

/** Folded (lib/extract/fold) without an abbreviation's final dot, so "Août", "août", "aout" and "Aout." are one key. */
export function foldName(name: string): string {
  return fold(name).replace(/\.$/, '');
}

function part(locale: string, options: Intl.DateTimeFormatOptions, date: Date, type: 'month' | 'weekday'): string {
  const found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    .formatToParts(date)
    .find((p) => p.type === type);
  return found?.value ?? '';
}

const monthCache = new Map<FigureLanguage, Map<string, number>>();

/**
 * Month names of a language from the platform's locale data (`Intl.DateTimeFormat#formatToParts`), long and
 * short ("août", "janv."), folded (see {@link foldName}) → month number 1–12. "und" merges the three languages.
 * Built once per language.
 */
export function monthNames(lang: FigureLanguage): Map<string, number> {
  const cached = monthCache.get(lang);
  if (cached) return cached;
  const locales = lang === 'und' ? Object.values(LOCALES) : [LOCALES[lang]];
  const names = new Map<string, number>();
  for (const locale of locales) {
    for (let month = 0; month < 12; month++) {
      // Mid-month at noon UTC: no time zone can move it into the neighbouring month.
      const date = new Date(Date.UTC(2000, month, 15, 12));
      for (const width of ['long', 'short'] as const) {
        const name = foldName(part(locale, { month: width }, date, 'month'));
        // A short name of one or two letters would be a common word; none exists in fr/en/es, but guard anyway.
        if (name.length >= 3 && !names.has(name)) names.set(name, month + 1);
      }
    }
  }
  monthCache.set(lang, names);
  return names;
}

/**
 * A regular-expression alternation matching any month name of the language, in any case, with or without its
 * accents, short names with an optional final dot ("sept.", "Aug"). Longest first, so "juillet" beats "juil".
 */
export function monthPattern(lang: FigureLanguage): string {
  const alternatives = [...monthNames(lang).keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => `${[...name].map(accentClass).join('')}\\.?`);
  return `(?:${alternatives.join('|')})`;
}

/** A character class letting a folded letter match its accented forms as well ("aout" ↔ "août"). */
function accentClass(letter: string): string {
  const variants: Record<string, string> = { a: 'aàâáä', e: 'eéèêë', i: 'iíîï', o: 'oóôö', u: 'uúûüù', c: 'cç' };
  const set = variants[letter];
  return set ? `[${set}]` : letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The month number of a matched month name, or undefined. */
export function monthNumber(name: string, lang: FigureLanguage): number | undefined {
  return monthNames(lang).get(foldName(name));
}

const dayCache = new Map<FigureLanguage, Set<string>>();

/** Weekday names of a language (long and short), folded: words that are never an entity's name. */
export function weekdayNames(lang: FigureLanguage): Set<string> {
  const cached = dayCache.get(lang);
  if (cached) return cached;
  const locales = lang === 'und' ? Object.values(LOCALES) : [LOCALES[lang]];
  const names = new Set<string>();
  for (const locale of locales) {
    for (let day = 0; day < 7; day++) {
      const date = new Date(Date.UTC(2000, 0, 2 + day, 12));
      for (const width of ['long', 'short'] as const)
        names.add(foldName(part(locale, { weekday: width }, date, 'weekday')));
    }
  }
  dayCache.set(lang, names);
  return names;
}
