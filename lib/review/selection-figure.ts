import { slugify } from '@/lib/catalog/slug';
import { findFigures, parseNumber } from '@/lib/extract/figures';
import { sentenceAt, splitSentences } from '@/lib/extract/sentences';
import { guessLabel } from '@/lib/facts/fact-labels';
import { type CandidateFact, CandidateFactSchema, type Figure, type Language } from '@/lib/schema';

/** What {@link figureFromSelection} reads: the saved article's text and the stretch the reader selected. */
export interface SelectionFigureInput {
  text: string;
  lang: Language;
  articleId: string;
  start: number;
  end: number;
  /** Candidate ids already taken in this article (the new one gets a free one). */
  takenIds: ReadonlySet<string>;
}

/** Words for a half, the one fraction a reader selects that the figure parser leaves ("half a percentage point"). */
const HALF = /^(?:half(?:\s+an?)?|a\s+half|un\s+demi|une\s+demie|demi|medio|media)\b/iu;
const POINTS = /(?:percentage[-\s]points?|points?\s+de\s+pourcentage|puntos?\s+porcentual(?:es)?)/iu;
const PERCENT = /^(?:%|percent|per\s+cent|pour\s*cent|por\s+ciento)/iu;
const NUMBER = /^[+-]?\d[\d\s\u00A0\u202F.,']*/u;

/**
 * A figure the parser does not read by itself, from the selected words alone: a number or a half, then what it
 * counts ("40 hectares", "half a percentage point", "12,5 %"). Nothing when the selection starts with no number.
 */
function lenientFigure(selected: string, lang: Language, offset: number): Figure | undefined {
  const trimmed = selected.trim();
  const lead = selected.indexOf(trimmed);
  const half = HALF.exec(trimmed);
  const digits = half ? undefined : NUMBER.exec(trimmed);
  const value = half ? 0.5 : digits ? parseNumber(digits[0].trim(), lang, false) : undefined;
  if (value === undefined || Number.isNaN(value)) return undefined;
  const rest = trimmed.slice((half ?? digits)?.[0].length ?? 0).trim();
  const unit = POINTS.test(rest) ? 'percentage-points' : PERCENT.test(rest) ? 'percent' : 'objects';
  return {
    kind: unit === 'objects' ? 'count' : 'percentage',
    value,
    unit,
    start: offset + lead,
    end: offset + lead + trimmed.length,
    text: trimmed,
  };
}

/**
 * The figure a reader selected on the saved-article page (issue 21: add what was missed), as a candidate fact
 * like those extraction proposes: parsed in its sentence (so the words around it name its measure), the figure
 * inside or across the selection, else read from the selected words alone; its quote is the sentence, an exact
 * substring of the text. Undefined when the selection holds no figure (the page says so).
 */
export function figureFromSelection(input: SelectionFigureInput): CandidateFact | undefined {
  const { text, lang, articleId } = input;
  const start = Math.max(0, Math.min(input.start, input.end));
  const end = Math.min(text.length, Math.max(input.start, input.end));
  if (end <= start || text.slice(start, end).trim() === '') return undefined;
  const sentence = sentenceAt(splitSentences(text, lang), start) ?? { start, end };
  const quote = { start: Math.min(sentence.start, start), end: Math.max(sentence.end, end) };
  const inSentence = findFigures(text.slice(quote.start, quote.end), lang)
    .map((f) => ({ ...f, start: f.start + quote.start, end: f.end + quote.start }))
    .filter((f) => f.start < end && f.end > start);
  const figure = inSentence[0] ?? lenientFigure(text.slice(start, end), lang, start);
  if (!figure) return undefined;
  const context = text.slice(quote.start, quote.end);
  const { label, labelFr, measure } = guessLabel(figure, context, context);
  const root = slugify(`${articleId}-${label}-added`) || 'fact';
  let id = root;
  for (let n = 2; input.takenIds.has(id); n++) id = `${root}-${n}`;
  return CandidateFactSchema.parse({
    id,
    label,
    labelFr,
    measure,
    value: figure.value,
    unit: figure.unit,
    date: figure.date,
    quote: text.slice(quote.start, quote.end),
    quoteStart: quote.start,
    quoteEnd: quote.end,
    articleId,
    note: 'Added by the reader from a selection.',
    figure,
  });
}

/**
 * Where a live page's selection lies in the saved article's text: the first place the text writes it, spaces
 * compared loosely (a selection across paragraphs has other line breaks than the extracted text). Undefined when
 * the article does not contain it (the selection was in the page's chrome, or the page changed since).
 */
export function locateSelection(text: string, selection: string): { start: number; end: number } | undefined {
  const words = selection.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(escaped.join('\\s+'), 'u').exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}
