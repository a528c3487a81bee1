import type { Figure, FigureLanguage } from '@/lib/schema';
import { alternation, entriesFor, type Lexicon } from './lexicon';

const ORDINAL_WORDS: Lexicon<[string, number][]> = {
  fr: [
    ...ranked(1, 'premier première'),
    ...ranked(2, 'deuxième second seconde'),
    ...ranked(3, 'troisième'),
    ...ranked(4, 'quatrième'),
    ...ranked(5, 'cinquième'),
    ...ranked(6, 'sixième'),
    ...ranked(7, 'septième'),
    ...ranked(8, 'huitième'),
    ...ranked(9, 'neuvième'),
    ...ranked(10, 'dixième'),
  ],
  en: [
    ...ranked(1, 'first'),
    ...ranked(2, 'second'),
    ...ranked(3, 'third'),
    ...ranked(4, 'fourth'),
    ...ranked(5, 'fifth'),
    ...ranked(6, 'sixth'),
    ...ranked(7, 'seventh'),
    ...ranked(8, 'eighth'),
    ...ranked(9, 'ninth'),
    ...ranked(10, 'tenth'),
  ],
  es: [
    ...ranked(1, 'primer primero primera'),
    ...ranked(2, 'segundo segunda'),
    ...ranked(3, 'tercer tercero tercera'),
    ...ranked(4, 'cuarto cuarta'),
    ...ranked(5, 'quinto quinta'),
    ...ranked(6, 'sexto sexta'),
    ...ranked(7, 'séptimo séptima'),
    ...ranked(8, 'octavo octava'),
    ...ranked(9, 'noveno novena'),
    ...ranked(10, 'décimo décima'),
  ],
};

function ranked(rank: number, list: string): [string, number][] {
  return list.split(' ').map((word) => [word, rank]);
}

/** Ordinals in digits: "1er", "3e", "3ème", "3rd", "2nd", "3º", "3.ª". */
const NUMERIC_ORDINAL = '\\d{1,2}(?:er|re|e|ème|eme|st|nd|rd|th|º|ª|\\.º|\\.ª)';

/**
 * Nouns after which an ordinal is a title or a time, not a ranking ("Premier ministre", "first lady",
 * "la première fois", "first quarter").
 */
const NOT_A_RANK =
  'ministre|minister|ministro|ministra|lady|dame|fois|time|times|vez|trimestre|quarter|semestre|semester|half|jour|day|día|étape|step|paso|tour|round|vuelta|phase|fase|partie|part|parte';

/**
 * What makes an ordinal a rank: a superlative in the words that follow ("le troisième investissement le plus
 * important", "the third-largest", "el tercer mayor"), or "the first … to do" ("le premier gouvernement
 * latino-américain à utiliser", "the first country to adopt", "el primer país en adoptar").
 */
const RANK_CUES: Lexicon<string> = {
  fr: "^(?:[\\p{L}'’-]+\\s+){0,4}?(?:(?:le|la|les)\\s+)?plus\\s+\\p{L}|^(?:[\\p{L}'’-]+\\s+){1,3}?à\\s+\\p{L}+(?:er|ir|re|oir)\\b|^(?:plus\\s+)?(?:grand|grande|grands|grandes|important|importante|meilleur|meilleure)\\b",
  en: '^-?(?:largest|biggest|highest|greatest|most|best|fastest|leading|richest|busiest|[\\p{L}]+iest)\\b|^(?:[\\p{L}-]+\\s+){0,4}?most\\s|^(?:[\\p{L}-]+\\s+){1,3}?to\\s+\\p{L}+',
  es: '^(?:[\\p{L}-]+\\s+){0,4}?(?:más|mayor|mayores|mejor|mejores)\\b|^(?:[\\p{L}-]+\\s+){1,3}?en\\s+\\p{L}+(?:ar|er|ir)\\b',
};

/**
 * A rank within a continent or the world, in any language of the three ("la troisième d'AWS en Amérique latine",
 * "del tercero que Nuvia obtiene en África", "the second in Africa"), and "the first such deal": the clause
 * compares the thing with others of its kind. A country is no such place: "su primera región en el país" ranks
 * nothing.
 */
const WIDE_RANK_CUE =
  "^such\\s|^(?:[\\p{L}'’-]+\\s+){0,4}?(?:en|in|dans|across|of|del|du|de)\\s+(?:(?:le|la|l['’]|el|the)\\s*)?(?:monde|mundo|world|afrique|africa|áfrica|amérique|america|américa|asie|asia|europe|europa|moyen-orient|middle east|oriente medio|medio oriente)\\b";

interface RankTables {
  pattern: RegExp;
  cue: RegExp;
  ranks: Map<string, number>;
}

const cache = new Map<FigureLanguage, RankTables>();

function tables(lang: FigureLanguage): RankTables {
  const cached = cache.get(lang);
  if (cached) return cached;
  const words = entriesFor(ORDINAL_WORDS, lang);
  const cues = lang === 'und' ? Object.values(RANK_CUES) : [RANK_CUES[lang]];
  const built: RankTables = {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(${alternation(words.map(([w]) => w))}|${NUMERIC_ORDINAL})(?![\\p{L}\\p{N}])(?![\\s-]+(?:${NOT_A_RANK})\\b)`,
      'giu',
    ),
    cue: new RegExp([...cues, WIDE_RANK_CUE].join('|'), 'iu'),
    ranks: new Map(words.map(([w, n]) => [w.toLowerCase(), n])),
  };
  cache.set(lang, built);
  return built;
}

/**
 * Rankings: an ordinal followed, in the same clause, by a superlative or by "to do" ("le premier gouvernement
 * latino-américain à utiliser la technologie cloud" → 1; "le troisième investissement le plus important" → 3).
 * Only the ordinal is the figure's text.
 */
export function findRanks(text: string, lang: FigureLanguage): Figure[] {
  const t = tables(lang);
  const out: Figure[] = [];
  for (const m of text.matchAll(t.pattern)) {
    const word = m[1] ?? '';
    const value = t.ranks.get(word.toLowerCase()) ?? Number.parseInt(word, 10);
    if (!Number.isFinite(value) || value < 1) continue;
    const end = m.index + word.length;
    // The rest of the clause: up to the next strong punctuation, at most 80 characters.
    const after = text.slice(end, end + 80).split(/[,.;:!?()«»"“”\n]/u)[0] ?? '';
    if (!t.cue.test(after.replace(/^\s+/u, ''))) continue;
    out.push({ kind: 'rank', value, unit: 'rank', start: m.index, end, text: word });
  }
  return out;
}
