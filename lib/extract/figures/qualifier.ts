import type { FigureLanguage, FigureQualifier } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import { alternation, entriesFor, type Lexicon } from './lexicon';

type Cue = [string, FigureQualifier];

/** Words right before an amount that bound it. Matched case-insensitively at the end of the preceding text. */
const AMOUNT_CUES: Lexicon<Cue[]> = {
  fr: [
    ...cues('at-least', ['plus de', 'au moins', 'au minimum', 'pas moins de', 'dès', 'supérieur à']),
    ...cues('at-most', ['moins de', "jusqu'à", 'jusqu’à', 'au plus', 'au maximum', 'pas plus de']),
    ...cues('about', ['environ', 'près de', 'quelque', 'quelques', 'approximativement', 'autour de', 'presque']),
  ],
  en: [
    ...cues('at-least', ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'no less than']),
    ...cues('at-most', ['less than', 'fewer than', 'up to', 'under', 'at most', 'no more than']),
    ...cues('about', ['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'an estimated']),
  ],
  es: [
    ...cues('at-least', ['más de', 'al menos', 'por lo menos', 'como mínimo', 'no menos de']),
    ...cues('at-most', ['menos de', 'hasta', 'como máximo', 'no más de']),
    ...cues('about', ['alrededor de', 'cerca de', 'casi', 'unos', 'unas', 'aproximadamente', 'en torno a']),
  ],
};

/** Words right before a date or a year that tie it to the event. */
const DATE_CUES: Lexicon<Cue[]> = {
  fr: [
    ...cues('since', ['depuis', 'dès', 'à partir de', 'à compter de']),
    ...cues('by', ["d'ici", 'd’ici', "d'ici à", 'd’ici à', 'à l’horizon', "à l'horizon", 'avant']),
    ...cues('until', ["jusqu'en", 'jusqu’en', "jusqu'à", 'jusqu’à', "jusqu'au", 'jusqu’au']),
  ],
  en: [
    ...cues('since', ['since', 'from', 'starting in', 'as of']),
    ...cues('by', ['by', 'before']),
    ...cues('until', ['until', 'till', 'through']),
  ],
  es: [
    ...cues('since', ['desde', 'a partir de', 'desde el']),
    ...cues('by', ['para', 'antes de', 'de aquí a']),
    ...cues('until', ['hasta', 'hasta el']),
  ],
};

function cues(qualifier: FigureQualifier, list: string[]): Cue[] {
  return list.map((word) => [word, qualifier]);
}

const cache = new Map<string, { pattern: RegExp; byWord: Map<string, FigureQualifier> }>();

function compiled(lang: FigureLanguage, forDate: boolean) {
  const key = `${lang}:${forDate}`;
  let entry = cache.get(key);
  if (!entry) {
    const list = entriesFor(forDate ? DATE_CUES : AMOUNT_CUES, lang);
    const byWord = new Map(list.map(([word, qualifier]) => [cueKey(word), qualifier]));
    // Anchored at the end: the cue must be the last words before the figure (an article may sit between:
    // "depuis le 8 août", "by the end of 2030" is left alone).
    const pattern = new RegExp(
      `(?<![\\p{L}])(${alternation(list.map(([word]) => word))})(?:[ \\u00A0\\u202F](?:le|el|the))?[ \\u00A0\\u202F]*$`,
      'iu',
    );
    entry = { pattern, byWord };
    cache.set(key, entry);
  }
  return entry;
}

/** The key of a cue: folded (lib/extract/fold), with its spaces (plain, no-break, narrow) as one plain space. */
function cueKey(word: string): string {
  return fold(word).replace(/[ \u00A0\u202F]+/g, ' ');
}

/**
 * The qualifier written right before offset `start` of `text`, if any: a bound for amounts and counts
 * ("plus de", "environ", "up to"), a relation for dates ("depuis", "d'ici", "until").
 */
export function qualifierBefore(
  text: string,
  start: number,
  lang: FigureLanguage,
  forDate: boolean,
): FigureQualifier | undefined {
  const { pattern, byWord } = compiled(lang, forDate);
  const found = pattern.exec(text.slice(Math.max(0, start - 30), start));
  return found?.[1] ? byWord.get(cueKey(found[1])) : undefined;
}
