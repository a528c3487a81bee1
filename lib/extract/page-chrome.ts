import type { TextRange } from './sentences';

/** Lines longer than this are prose, whatever words they hold. */
const MAX_CHROME_LINE = 160;

/** A line that is a byline, a date line, a credit or a sharing widget rather than prose. */
const CHROME_LINE = [
  // Bylines: "Par Marie Dupont", "By Jane Doe | Andes Wire", "Por Ana Ruiz – EFE".
  /^(?:[Pp]ar|[Bb]y|B[Yy]|[Pp]or|PAR|POR)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|da|van|von|y|and|et))*\s*(?:$|[|,·•–—-])/u,
  // Publication and update stamps.
  /(?:^|[\s|·•(])(?:publi[ée]e?s?|mis à jour|mise à jour|updated|published|posted|last modified|modifi[ée]|publicado|actualizado|actualización)(?![\p{L}])/iu,
  // Photo and image credits.
  /^(?:photo|foto|crédit|credit|credits|image|imagen|illustration|ilustración)(?![\p{L}])|©/iu,
  // Reading time and sharing widgets.
  /(?:^|[^\p{L}])(?:min(?:utes?)?\s+(?:de\s+)?(?:read|lecture|lectura)|temps de lecture|tiempo de lectura|reading time)(?![\p{L}])/iu,
  /^(?:partager|share|compartir|imprimer|print|imprimir)(?:\s|$)/iu,
  // A line that is only a date, maybe with a time: "4 mars 2025 à 10h32", "March 3, 2025 6:30 PM".
  /^[\s(]*(?:le\s+|el\s+|on\s+)?(?:\p{L}+\.?\s+)?\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}(?:[\s,]+(?:à|a las|at)?\s*\d{1,2}[h:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?)?[\s)]*$/iu,
  /^[\s(]*\p{L}+\.?\s+\d{1,2},?\s+\d{4}(?:[\s,]+(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+\p{Lu}{2,4})?)?[\s)]*$/iu,
  /^[\s(]*\d{4}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2})?)?[\s)]*$/u,
];

/**
 * A dateline at the start of a line: the city in capitals, maybe a date, maybe the agency, then a dash —
 * "LIMA (Reuters) –", "MADRID, 4 mars (AFP) -", "SANTIAGO, 3 de marzo (EFE).-", "BOGOTÁ —".
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+(?:DE|DEL|LA|EL|\p{Lu}[\p{Lu}\p{M}'’.-]*))*)(?:,\s*[^\n()–—]{1,40}?)?\s*(?:\([^()\n]{2,40}\))?\s*\.?\s*[–—-]{1,2}\s*/u;

/** Lines of a text: offsets of each, without its line break. */
function lines(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The parts of an article's text that are page furniture, not reporting (issue 20): byline and date lines,
 * credits, reading times, sharing widgets, and the dateline that opens a wire story. Figures found there — the
 * byline's date, a dateline's day — are not the story's figures. Pure; offsets into `text`, in order.
 */
export function pageChrome(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const line of lines(text)) {
    const body = text.slice(line.start, line.end).trim();
    if (body.length === 0) continue;
    if (body.length <= MAX_CHROME_LINE && CHROME_LINE.some((pattern) => pattern.test(body))) {
      out.push(line);
      continue;
    }
    const lead = text.slice(line.start, line.end);
    const dateline = DATELINE.exec(lead);
    // A dateline's city is in capitals (three in a row at least) or an agency follows it in parentheses, and
    // the story starts after the dash with a capital or a quote ("AWS – the cloud arm –" is prose).
    const opensStory = dateline && /^["«“\p{Lu}]/u.test(lead.slice(dateline[0].length));
    const cityOrAgency = dateline && (/^\p{Lu}{3}/u.test(dateline[0]) || /\([^)]+\)/u.test(dateline[0]));
    if (dateline && opensStory && cityOrAgency && dateline[0].length < 70) {
      out.push({ start: line.start, end: line.start + dateline[0].length });
    }
  }
  return out;
}

/** Whether a range lies in page chrome, from a list made by {@link pageChrome}. */
export function inChrome(chrome: readonly TextRange[], range: TextRange): boolean {
  return chrome.some((c) => range.start >= c.start && range.end <= c.end);
}
