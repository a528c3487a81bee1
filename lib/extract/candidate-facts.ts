import { slugify } from '@/lib/catalog/slug';
import { guessLabel } from '@/lib/facts/fact-labels';
import type { MatchSpan } from '@/lib/match/types';
import { type CandidateFact, CandidateFactSchema, type Figure, type Language } from '@/lib/schema';
import { type DealParties, guessSubject } from './fact-subject';
import { findFigures, inferYear } from './figures';
import { inChrome, pageChrome } from './page-chrome';
import { clauseAround, sentenceAt, splitSentences, type TextRange } from './sentences';

/** What {@link candidateFacts} reads. */
export interface CandidateFactsInput {
  text: string;
  lang: Language;
  articleId: string;
  /** The article's date (YYYY, YYYY-MM, YYYY-MM-DD or ISO timestamp): completes "le 29 août". */
  publishedDate?: string;
  /**
   * The known entities the text mentions. Only these may become a fact's subject by proximity (a caller may
   * leave out, say, places); an empty list lets every matched entity qualify.
   */
  entities: readonly { id: string; name: string }[];
  /** Where the text mentions them, as the matcher returns it (`matchText`). */
  spans: readonly MatchSpan[];
  /** Deals of the store, with the entity ids of their parties. */
  deals: readonly DealParties[];
  /**
   * ISO 3166 codes of the countries the article names, most named first: "pesos" in an article about Chile are
   * Chilean pesos.
   */
  countries?: readonly string[];
}

/** A quote longer than this is narrowed from the sentence to the figure's clause. */
const MAX_QUOTE = 240;

const NOTES: Partial<Record<NonNullable<Figure['qualifier']>, string>> = {
  'at-least': 'Lower bound as printed.',
  'at-most': 'Upper bound as printed.',
  about: 'Approximate as printed.',
};

/**
 * The year of a day and month printed without one: the same day and month printed WITH a year elsewhere in the
 * text (a quoted post's dateline), else the article's date, else the nearest full date of the text.
 */
function completeDate(figure: Figure, figures: readonly Figure[], publishedDate?: string) {
  const monthDay = figure.monthDay;
  if (!monthDay) return undefined;
  const same = figures.find((f) => f.date?.length === 10 && f.date.endsWith(monthDay.slice(1)));
  if (same?.date) return { date: same.date, note: `Year taken from “${same.text}” in the same text.` };
  if (publishedDate) {
    const date = inferYear(monthDay, publishedDate);
    if (date) return { date, note: 'Year inferred from the article’s date.' };
  }
  const dated = figures
    .filter((f) => f.date && f.date.length >= 7)
    .sort((a, b) => Math.abs(a.start - figure.start) - Math.abs(b.start - figure.start))[0];
  const date = dated?.date ? inferYear(monthDay, dated.date) : undefined;
  return date ? { date, note: `Year inferred from “${dated?.text}”, the nearest full date in the text.` } : undefined;
}

/**
 * Proposes a fact for every figure of an article (see `findFigures`) outside its page chrome (bylines, date
 * lines, datelines: lib/extract/page-chrome): its quote is the sentence holding the
 * figure — or, for a sentence over 240 characters, the figure's clause — trimmed and always an exact substring
 * of `text`; its label comes from keyword rules on the words around it; its subject is the deal whose parties
 * the sentence (or the article) names, else the entity named nearest in the sentence, else none.
 * Vague amounts ("des milliers de citoyens") yield a fact without a value; a day and month without a year get
 * their year from the text or the article's date, or no date at all.
 */
export function candidateFacts(input: CandidateFactsInput): CandidateFact[] {
  const { text, lang, articleId, spans, deals } = input;
  // A byline's date or a dateline's day is not one of the story's figures (issue 20).
  const chrome = pageChrome(text);
  const figures = findFigures(text, lang, { countries: input.countries }).filter((f) => !inChrome(chrome, f));
  const sentences = splitSentences(text, lang);
  const usedIds = new Set<string>();
  const eligible = input.entities.length > 0 ? new Set(input.entities.map((e) => e.id)) : undefined;
  return figures.map((figure) => {
    const sentence: TextRange = sentenceAt(sentences, figure.start) ?? { start: figure.start, end: figure.end };
    const clause = clauseAround(text, sentence, figure);
    const quoteRange = sentence.end - sentence.start > MAX_QUOTE ? clause : sentence;
    // The figure's own clause first ("la obra comenzará en marzo de 2026"), then a wider one, then the sentence.
    const tight = clauseAround(text, sentence, figure, 0);
    const { label, labelFr, measure } = guessLabel(
      figure,
      text.slice(tight.start, tight.end),
      text.slice(clause.start, clause.end),
      text.slice(sentence.start, sentence.end),
    );
    const completed = completeDate(figure, figures, input.publishedDate);
    const notes = [
      figure.qualifier ? NOTES[figure.qualifier] : undefined,
      figure.magnitude ? `No exact number: “${figure.text}”.` : undefined,
      completed?.note,
      figure.monthDay && !completed ? `The text gives no year for “${figure.text}”.` : undefined,
      figure.currencyGuessed
        ? `“${figure.text}” names a currency several countries use: read as ${figure.unit} from the countries the article names.`
        : undefined,
    ].filter((n): n is string => n !== undefined);
    const subject = guessSubject(figure, sentence, spans, deals, eligible);
    return CandidateFactSchema.parse({
      id: uniqueId(`${articleId}-${slugify(label)}`, usedIds),
      subject,
      label,
      labelFr,
      measure,
      value: figure.value,
      unit: figure.unit,
      date: completed?.date ?? figure.date,
      quote: text.slice(quoteRange.start, quoteRange.end),
      quoteStart: quoteRange.start,
      quoteEnd: quoteRange.end,
      articleId,
      note: notes.length > 0 ? notes.join(' ') : undefined,
      figure,
    });
  });
}

function uniqueId(base: string, used: Set<string>): string {
  const root = slugify(base) || 'fact';
  let id = root;
  for (let n = 2; used.has(id); n++) id = `${root}-${n}`;
  used.add(id);
  return id;
}
