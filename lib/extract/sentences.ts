import type { Language } from '@/lib/schema';

/** A stretch of a text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: Language): Intl.Segmenter {
  const locale = lang === 'und' ? 'en' : lang;
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, found);
  }
  return found;
}

/** Narrows a range to exclude the white space at its ends. */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * The sentences of a text, trimmed, in order. A line break always ends a sentence (a saved article's paragraphs,
 * a quoted post's signature line); within a line the platform's sentence segmenter (`Intl.Segmenter`) decides,
 * which knows "M." and "U.S." better than a regex would.
 */
export function splitSentences(text: string, lang: Language): TextRange[] {
  const out: TextRange[] = [];
  const lines = /[^\n]+/g;
  for (const line of text.matchAll(lines)) {
    let open: TextRange | undefined;
    for (const piece of segmenter(lang).segment(line[0])) {
      const range = trimRange(text, {
        start: line.index + piece.index,
        end: line.index + piece.index + piece.segment.length,
      });
      if (range.end <= range.start) continue;
      // "Oracle Corp. (NYSE: ORCL) will spend…", "Curtis J. Whitfield", "Aug. 5": the segmenter ends a sentence
      // after an abbreviation that does not end one.
      if (open && continues(text.slice(open.start, open.end), text.slice(range.start, range.end))) {
        open = { start: open.start, end: range.end };
        out[out.length - 1] = open;
        continue;
      }
      open = range;
      out.push(range);
    }
  }
  return out;
}

/** An initial, a title or a month: the next words belong to the same sentence ("Curtis J. Whitfield", "Aug. 5"). */
const NAME_ABBREVIATION =
  /(?:^|[\s(])(?:(?<!\p{Lu}\.)\p{Lu}\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|St\.|Gen\.|Gov\.|Sen\.|Rep\.|Sra\.|Sr\.|Mme\.|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/u;
/** A legal form: the sentence goes on only if a ticker or a verb follows ("Oracle Corp. (NYSE: ORCL) will…"). */
const LEGAL_ABBREVIATION = /(?:^|\s)(?:Corp\.|Inc\.|Co\.|Ltd\.|Bros\.|Jr\.|S\.A\.|S\.L\.|N\.V\.|S\.p\.A\.)$/u;

/** Whether the segmenter's `next` sentence continues `previous`, cut after an abbreviation. */
function continues(previous: string, next: string): boolean {
  if (NAME_ABBREVIATION.test(previous)) return /^[\p{Lu}\p{N}(]/u.test(next);
  if (LEGAL_ABBREVIATION.test(previous)) return /^[(\p{Ll}\p{N},]/u.test(next);
  return false;
}

/** The sentence holding offset `at`, from a list made by {@link splitSentences} (binary search). */
export function sentenceAt(sentences: readonly TextRange[], at: number): TextRange | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Where a clause ends: a semicolon, a colon, a dash between spaces, or a comma followed by a space. */
const CLAUSE_BREAK = /[;:]\s|\s[–—]\s|,\s/gu;

/**
 * The clause of `sentence` holding `figure`, widened clause by clause (the preceding one first, where the
 * subject and verb usually are) until it is at least `minLength` characters or is the whole sentence.
 * Decimal commas ("2,9") are not breaks: a break needs a space after it.
 */
export function clauseAround(text: string, sentence: TextRange, figure: TextRange, minLength = 60): TextRange {
  const cuts = [sentence.start];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(CLAUSE_BREAK)) cuts.push(sentence.start + m.index + m[0].length);
  cuts.push(sentence.end);
  let first = 0;
  while (first + 1 < cuts.length - 1 && (cuts[first + 1] ?? 0) <= figure.start) first++;
  let last = first + 1;
  while (last < cuts.length - 1 && (cuts[last] ?? 0) < figure.end) last++;
  const range = () => trimRange(text, { start: cuts[first] ?? sentence.start, end: cuts[last] ?? sentence.end });
  while (range().end - range().start < minLength && (first > 0 || last < cuts.length - 1)) {
    if (first > 0) first--;
    else last++;
  }
  const out = range();
  // A clause cut before a comma keeps it; drop the trailing separator so the quote reads cleanly.
  while (out.end > out.start && /[,;:–—\s]/u.test(text[out.end - 1] ?? '')) out.end--;
  return out;
}
