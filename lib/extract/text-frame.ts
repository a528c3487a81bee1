import { fold } from '@/lib/text/fold';
import { stopwords } from './entity-lexicon';
import type { TextRange } from './sentences';

/**
 * What surrounds an article's prose: its dateline ("LIMA (Reuters) –", "GUADALAJARA, JALISCO.-"), its bylines and
 * credit lines ("(Reporting by …; Editing by …)", "Media contact: …"), and hard line wraps inside sentences. Names
 * are read from a copy of the text of the SAME LENGTH (so offsets still point into the original) where soft line
 * breaks are spaces and an all-caps dateline is written as a name is ("LIMA" → "Lima").
 */
export interface TextFrame {
  /** The text to read names from: same length as the original. */
  text: string;
  /** Where names are not proposed unless the text names them elsewhere: agencies, dates, bylines, credits. */
  credits: TextRange[];
  /** The places datelines name (one range per place). */
  datelines: TextRange[];
  /**
   * Lines written in title case without a sentence's end (a heading, a related link, a table row): every word is
   * capitalised there, so a name seen only in such lines needs support elsewhere.
   */
  headings: TextRange[];
}

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]*`;
const CAPS_PARTICLE = '(?:DE|DEL|DU|DES|LA|LAS|LOS|EL|OF|THE|DA|DO)';
/** An all-caps place, one to four words: "LIMA", "MEXICO CITY", "SANTIAGO DE CHILE", "SÃO PAULO". */
const CAPS_PLACE = String.raw`${CAPS_WORD}(?:[ \u00A0]+(?:${CAPS_PARTICLE}[ \u00A0]+)?${CAPS_WORD}){0,3}`;
/** A place as written in running text: "Santiago de Chile", "Lima". */
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \u00A0]+(?:(?:de|del|la|las|los|el|do|da)[ \u00A0]+)?\p{Lu}[\p{Ll}\p{M}'’-]+){0,3}`;
/** What follows the place: a region or a date (", Calif.", ", 4 jun", ", March 4"), maybe an agency, then a dash. */
const DATELINE_TAIL = String.raw`((?:,[ \u00A0]*[^,()\n/]{1,30}?){0,3})[ \u00A0]*(\([^()\n]{2,40}\)|/[^/\n]{2,40}/)?[ \u00A0]*(?:[-–—]{1,2}|\.[-–—])`;

const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE})${DATELINE_TAIL}`, 'u');
/** A dateline in running case needs an agency or the Spanish ".-": "Lima, 4 jun (EFE).-", "Santiago de Chile.-". */
const TITLE_DATELINE = new RegExp(
  String.raw`^(${TITLE_PLACE})((?:,[ \u00A0]*[^,()\n/]{1,30}?){0,2})[ \u00A0]*(?:(\([^()\n]{2,40}\))[ \u00A0]*(?:[-–—]{1,2}|\.[-–—])|\.[-–—])`,
  'u',
);

/** Lines that credit rather than report: reporting and editing credits, contacts, photo credits. */
const CREDIT_LINE =
  /^[ \t(]*(?:reporting|additional reporting|writing by|editing by|edited by|compiled by|reportage|r[ée]daction|redacci[óo]n|con informaci[óo]n de|media contacts?|press contacts?|contacts? presse|contacto|contact\s*:|photos?\s*:|fotos?\s*:|cr[ée]dits? photo|image credit|lire aussi|read more|related\s*:|voir aussi|ver tambi[ée]n|lea tambi[ée]n|leer m[áa]s)/iu;
/** A byline on its own line: "By Jane Doe, Reuters", "Par Marie Dupont", "Por Redacción La Tercera". */
const BYLINE_LINE = /^[ \t]*(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR)[ \t]+\p{Lu}[^\n.!?;]{1,80}$/u;
/** "Avec AFP", "(With Reuters)", "Con información de EFE". */
const AGENCY_LINE =
  /^[ \t(]*(?:avec|with|con|et|and|y)[ \t]+(?:l'|l’)?(?:afp|ap|reuters|efe|dpa|ansa|europa press|bloomberg|agencias|agences|xinhua|kyodo)[ \t)]*\.?[ \t]*$/iu;
const PARTICLES = new Set([
  'de',
  'del',
  'du',
  'des',
  'la',
  'las',
  'los',
  'el',
  'of',
  'the',
  'da',
  'do',
  'y',
  'et',
  'and',
]);

/** "SANTIAGO DE CHILE" → "Santiago de Chile", letter for letter (same length), or unchanged if it cannot be. */
export function restoreCase(caps: string): string {
  let first = true;
  const out = caps.replace(/[\p{L}\p{M}'’]+/gu, (word) => {
    const lower = word.toLowerCase();
    const recased =
      !first && PARTICLES.has(lower)
        ? lower
        : (lower[0]?.toUpperCase() ?? '') + lower.slice(1).replace(/-(\p{L})/gu, (m) => m.toUpperCase());
    first = false;
    return recased.length === word.length ? recased : word;
  });
  return out.length === caps.length ? out : caps;
}

interface Line extends TextRange {
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const m of text.matchAll(/[^\n]*/gu)) {
    if (m.index === undefined || (m[0] === '' && out.at(-1)?.end === m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether a line is a heading: short, no final punctuation, most of its longer words capitalised. */
function isHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120 || /[.!?;]["”»)]?$/u.test(text) || text.includes(',')) return false;
  const words = text.split(/\s+/u).filter((w) => /^[\p{L}]{3,}/u.test(w));
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/** Words that open a sentence ("Le groupe…", "The company…"): a line starting so starts anew. */
const OPENING_WORDS = stopwords('und');

/** A line ends a sentence or a heading: nothing of a name can run on to the next line. */
const ENDS_SENTENCE = /[.!?:;»"”)\]…]\s*$/u;

/**
 * The single line breaks that only wrap a sentence: the text is hard-wrapped (most of its lines run on without
 * final punctuation), or this long line ends inside a sentence and the next line goes on with its words (lower
 * case, or a name split between the lines: "une Política\nNacional de Data Centers").
 */
function softBreaks(text: string, lines: readonly Line[]): number[] {
  const single = lines.filter((line, i) => {
    const next = lines[i + 1];
    return next !== undefined && next.start === line.end + 1 && next.text.trim() !== '' && line.text.trim() !== '';
  });
  const runOn = single.filter((line) => !ENDS_SENTENCE.test(line.text));
  const long = runOn.filter((line) => line.text.length >= 40);
  const hardWrapped = long.length >= 3 && long.length >= single.length / 3;
  const out: number[] = [];
  for (const line of runOn) {
    const next = text.slice(line.end + 1, line.end + 40);
    // A sentence (three words or more, some in lower case, not a heading) cut inside a name: "El ministro de
    // Economía, Tomás Andrés\nLarraín Ugarte, firmó".
    const sentenceLike =
      line.text.trim().split(/\s+/u).length >= 3 && /\s\p{Ll}/u.test(line.text) && !isHeading(line.text);
    const continues =
      (line.text.length >= 40 && /^\p{Ll}/u.test(next)) ||
      (sentenceLike &&
        /\p{Lu}[\p{L}\p{M}]*\s*$/u.test(line.text) &&
        /^\p{Lu}\p{Ll}/u.test(next) &&
        !OPENING_WORDS.has(fold(/^[\p{L}\p{M}'’]+/u.exec(next)?.[0] ?? '')));
    if ((hardWrapped && line.text.length >= 40) || continues) out.push(line.end);
  }
  return out;
}

function frameDateline(line: Line, chars: string[], frame: TextFrame): void {
  // A dateline opens its line: the first hundred characters are enough, and keep long lines cheap.
  const head = line.text.slice(0, 120);
  const caps = CAPS_DATELINE.exec(head);
  const titled = caps ? null : TITLE_DATELINE.exec(head);
  const match = caps ?? titled;
  if (!match) return;
  const place = match[1] ?? '';
  if (place.replace(/[^\p{L}]/gu, '').length < 3) return;
  const places: TextRange[] = [{ start: line.start, end: line.start + place.length }];
  const tail = match[2] ?? '';
  let at = line.start + place.length;
  for (const part of tail.split(',').slice(1)) {
    at += 1;
    const word = part.trim();
    const start = at + part.indexOf(word);
    // ", JALISCO" names a region; ", Calif." or ", 4 jun" does not.
    if (/^\p{Lu}{3,}(?:[ \u00A0]\p{Lu}{3,})*$/u.test(word)) places.push({ start, end: start + word.length });
    else frame.credits.push({ start, end: start + word.length });
    at += part.length;
  }
  for (const range of places) {
    const recased = caps ? restoreCase(text(chars, range)) : text(chars, range);
    for (let i = 0; i < recased.length; i++) chars[range.start + i] = recased[i] ?? '';
    frame.datelines.push(range);
  }
  // The agency, the wire and the date are credits: "(Reuters)", "/PRNewswire/", "(EFE)".
  const after = Math.max(...places.map((p) => p.end));
  frame.credits.push({ start: after, end: line.start + match[0].length });
}

const text = (chars: readonly string[], range: TextRange) => chars.slice(range.start, range.end).join('');

/** Frames an article's text: see {@link TextFrame}. Pure; the original text is not changed. */
export function frameText(original: string): TextFrame {
  const chars = [...original];
  // Surrogate pairs would shift offsets: such a text keeps its characters and skips re-casing.
  const simple = chars.length === original.length;
  const work = simple ? chars : original.split('');
  const frame: TextFrame = { text: original, credits: [], datelines: [], headings: [] };
  const lines = linesOf(original);
  for (const at of softBreaks(original, lines)) work[at] = ' ';
  for (const line of lines) {
    // Every line may open a paragraph: saved texts separate them by a blank line, the seeds by one line break.
    if (simple) frameDateline(line, work, frame);
    const credit =
      (line.text.length < 200 && CREDIT_LINE.test(line.text)) ||
      BYLINE_LINE.test(line.text) ||
      AGENCY_LINE.test(line.text);
    if (credit) frame.credits.push({ start: line.start, end: line.end });
    if (isHeading(line.text)) frame.headings.push({ start: line.start, end: line.end });
  }
  frame.text = work.join('');
  return frame;
}
