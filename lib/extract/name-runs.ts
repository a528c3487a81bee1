import { fold } from '@/lib/text/fold';
import { CONJUNCTIONS, DOTTED_LEGAL_FORM, LEGAL_FORMS, NAME_PARTICLES, PARTICLE_SEQUENCE } from './entity-lexicon';
import type { TextRange } from './sentences';

/** A word of a text, with its offsets and its folded form. */
export interface Token extends TextRange {
  text: string;
  folded: string;
}

// Words, with inner hyphens, apostrophes and ampersands ("Coca-Cola", "McDonald's", "AT&T"), or a dotted legal
// form ("S.A.", "Inc."); a French elided article is split off below ("d’Amazon" → "Amazon").
const TOKEN = new RegExp(
  `(?<![\\p{L}])(?:${DOTTED_LEGAL_FORM})(?![\\p{L}])|[\\p{L}\\p{M}\\p{N}]+(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*`,
  'gu',
);
const ELISION = /^(?:[dlDLjJmMnNsStT]|qu|Qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u;
/** Between two words of a name: spaces, maybe an elided article ("Ministère de l’Économie"), or "&" / "-". */
const NAME_GAP = /^(?:[ \u00A0]+(?:[dlDL]['’])?|[ \u00A0]*[&-][ \u00A0]*)$/u;

/** The words of `range`, French elided articles and English possessives left out. */
function tokens(text: string, range: TextRange): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(range.start, range.end).matchAll(TOKEN)) {
    let start = range.start + m.index;
    let word = m[0];
    const elided = ELISION.exec(word);
    if (elided) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    // An English possessive is not part of the name: "Acme's investment".
    word = word.replace(/['’]s$/u, '');
    out.push({ start, end: start + word.length, text: word, folded: fold(word) });
  }
  return out;
}

const isCapital = (t: Token) => /^\p{Lu}/u.test(t.text);

/** Runs of capitalised words, joined by particles, within one sentence, in text order. */
export function runs(text: string, sentence: TextRange): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  let pending: Token[] = [];
  const flush = () => {
    if (run.length > 0) out.push(run);
    run = [];
    pending = [];
  };
  for (const token of tokens(text, sentence)) {
    const previous = pending[pending.length - 1] ?? run[run.length - 1];
    const joined = previous !== undefined && NAME_GAP.test(text.slice(previous.end, token.start));
    if (isCapital(token)) {
      const particles = pending.map((p) => p.folded).join(' ');
      if (run.length > 0 && joined && (pending.length === 0 || PARTICLE_SEQUENCE.test(particles))) {
        run.push(...pending, token);
        pending = [];
      } else {
        flush();
        run = [token];
      }
    } else if (run.length > 0 && joined && NAME_PARTICLES.has(token.folded)) {
      pending.push(token);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

/** What identifies a name: its folded words without a final legal form ("Telefónica S.A." = "Telefónica"). */
export function nameKey(words: readonly Token[]): string {
  const end = words.length > 1 && LEGAL_FORMS.has(words.at(-1)?.folded ?? '') ? -1 : undefined;
  return words
    .slice(0, end)
    .map((w) => w.folded)
    .join(' ');
}

/**
 * Splits "Google and Microsoft" into two names when either part also stands alone elsewhere in the text;
 * "Belt and Road", whose parts never do, stays whole.
 */
export function splitConjunctions(found: Token[][]): Token[][] {
  const alone = new Map<string, number>();
  const keyOf = nameKey;
  for (const run of found) alone.set(keyOf(run), (alone.get(keyOf(run)) ?? 0) + 1);
  return found.flatMap((run) => {
    const at = run.findIndex((w) => CONJUNCTIONS.has(w.folded));
    if (at <= 0) return [run];
    const parts = [run.slice(0, at), run.slice(at + 1)];
    return parts.some((part) => alone.has(keyOf(part))) ? parts : [run];
  });
}
