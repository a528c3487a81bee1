import type { TextRange } from './sentences';

/**
 * What a parenthesis right after a name says about it: its ticker ("(NASDAQ: NXDC)", "(BMV: AMXL; NYSE: AMX)",
 * "(AMXL.MX)"), its abbreviation ("Banco de Crédito del Perú (BCP)", "(ProInversión)"), or, after an acronym, the
 * words it stands for ("MOSACAT (Movimiento Socioambiental …)"). Tickers and abbreviations are aliases of the
 * name before them, never names of their own; the exchange is no name at all.
 */
export interface Parenthetical extends TextRange {
  kind: 'ticker' | 'abbreviation' | 'expansion';
  /** The symbols or the abbreviation, as written (for an expansion: the acronym before it). */
  aliases: string[];
  /** For an expansion: where the words it stands for are. */
  expansion?: TextRange;
}

const EXCHANGE = String.raw`\p{Lu}[\p{L}\d.&]*(?:[ \u00A0]\p{Lu}[\p{L}\d.&]*){0,2}`;
const SYMBOL = String.raw`[\p{Lu}\d][\p{Lu}\d.\-]{0,11}`;
const LISTING = String.raw`(${EXCHANGE})[ \u00A0]*:[ \u00A0]*(${SYMBOL})`;
const TICKERS = new RegExp(
  String.raw`^[ \u00A0]*${LISTING}(?:[ \u00A0]*(?:[;,/]|and|y|et)[ \u00A0]*${LISTING})*[ \u00A0]*$`,
  'u',
);
const LISTING_GLOBAL = new RegExp(LISTING, 'gu');
/** A Reuters instrument code: "(AMXL.MX)", "(7203.T)". */
const RIC = /^[ \u00A0]*([\p{Lu}\d]{1,6}\.[\p{Lu}]{1,3})[ \u00A0]*$/u;
/** One word with at least two capitals (or a capital and a digit): "BCP", "ProInversión", "T-MEC", "G42". */
const ABBREVIATION = /^[ \u00A0]*(\p{Lu}[\p{L}\p{M}\d&.’'-]{1,14})[ \u00A0]*$/u;
const ACRONYM_BEFORE = /(\p{Lu}[\p{Lu}\d&-]{1,11})[ \u00A0]*$/u;

function capitals(word: string): number {
  return [...word].filter((c) => /[\p{Lu}\d]/u.test(c)).length;
}

/** Whether `acronym`'s letters follow the initials of `words` in order ("MOSACAT" ⊇ M, S, C, A, T). */
function spells(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]?.toLowerCase() ?? '');
  if (initials.length < 2 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const initial of initials) {
    at = letters.indexOf(initial, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Every ticker, abbreviation and expansion parenthesis of a text, in order. */
export function findParentheticals(text: string): Parenthetical[] {
  const out: Parenthetical[] = [];
  for (const m of text.matchAll(/\(([^()\n]{1,120})\)/gu)) {
    const inside = m[1] ?? '';
    const range = { start: m.index, end: m.index + m[0].length };
    if (TICKERS.test(inside)) {
      const symbols = [...inside.matchAll(LISTING_GLOBAL)].map((l) => l[2] ?? '').filter(Boolean);
      out.push({ ...range, kind: 'ticker', aliases: symbols });
      continue;
    }
    const ric = RIC.exec(inside);
    if (ric?.[1]) {
      out.push({ ...range, kind: 'ticker', aliases: [ric[1]] });
      continue;
    }
    const abbreviation = ABBREVIATION.exec(inside)?.[1];
    // "BCP", "ProInversión", "T-MEC", or a short name in one word: "(Sonatel)", "(Pemex)".
    if (
      abbreviation &&
      !/^\d+$/u.test(abbreviation) &&
      (capitals(abbreviation) >= 2 || /^\p{Lu}\p{Ll}{2,}$/u.test(abbreviation))
    ) {
      out.push({ ...range, kind: 'abbreviation', aliases: [abbreviation.replace(/[.’']+$/u, '')] });
      continue;
    }
    const acronym = ACRONYM_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[1];
    const words = inside.trim().split(/\s+/u);
    if (acronym && words.length >= 2 && /^\p{Lu}/u.test(inside.trim()) && spells(acronym, words)) {
      const lead = inside.length - inside.trimStart().length;
      const start = m.index + 1 + lead;
      out.push({
        ...range,
        kind: 'expansion',
        aliases: [acronym],
        expansion: { start, end: start + inside.trim().length },
      });
    }
  }
  return out;
}
