import { fold } from '@/lib/text/fold';
import { isDemonym } from './demonyms';
import { isKindWord, kindOfWord } from './entity-kind';
import {
  CONJUNCTIONS,
  DOTTED_LEGAL_FORM,
  LEADING_LEGAL_FORMS,
  LEGAL_FORMS,
  NAME_PARTICLES,
  PARTICLE_SEQUENCE,
  PORTFOLIO_WORDS,
  stopwords,
  TITLE_MODIFIERS,
  TITLES,
  WEAK_PARTICLES,
} from './entity-lexicon';
import { isGivenName } from './first-names';
import type { TextRange } from './sentences';

/** A word of a text, with its offsets and its folded form. */
export interface Token extends TextRange {
  text: string;
  folded: string;
  /** A lower-case word kept inside an institution's name ("Agence nationale de cybersécurité"). */
  lower?: boolean;
  /** It was written "X-based" or "X-born": a place. */
  based?: boolean;
  /** A social handle or hashtag ("@LucasNolan"): never a name. */
  handle?: boolean;
  /** Glued to a photo credit ("CreditKevin Frayer"). */
  credit?: boolean;
}

// Words, with inner hyphens, apostrophes and ampersands ("Coca-Cola", "McDonald's", "AT&T"), or a dotted legal
// form ("S.A.", "Inc."); a French elided article is split off below ("d’Amazon" → "Amazon").
const TOKEN = new RegExp(
  `(?<![\\p{L}])(?:${DOTTED_LEGAL_FORM})(?![\\p{L}])|[\\p{L}\\p{M}\\p{N}]+(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*`,
  'gu',
);
const ELISION = /^(?:[dlDLjJmMnNsStT]|qu|Qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u;
/** "Nairobi-based", "Hong Kong-born", "Swahili-language": the name, then a lower-case second part. */
const COMPOUND_SUFFIX =
  /-(?:based|born|area|owned|listed|led|backed|made|focused|language|speaking|style|registered|headquartered)$/u;
/** Between two words of a name: spaces, maybe an elided article ("Ministère de l’Économie"), or "&" / "-". */
const NAME_GAP = /^(?:[ \u00A0]+(?:[dlDL]['’])?|[ \u00A0]*[&-][ \u00A0]*)$/u;
const YEAR = /^(?:19|20)\d\d$/u;
/** Owners of an institution's name: "People’s Committee", "Women’s Forum", "Children’s Hospital". */
const PEOPLES = /^(?:People|Peoples|Women|Children|Workers|Farmers|Teachers|Veterans|Citizens|Men)$/u;
const ANY_STOPWORD = stopwords('und');

/** The words of `range`, French elided articles and English possessives left out. */
export function tokens(text: string, range: TextRange): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(range.start, range.end).matchAll(TOKEN)) {
    let start = range.start + m.index;
    let word = m[0];
    const elided = ELISION.exec(word);
    if (elided) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    // An English possessive is not part of the name ("Acme's investment"), unless a group of people owns the
    // institution named next: "People’s Committee", "Workers’ Party".
    const possessive = /['’]s$/u.test(word);
    word = word.replace(/['’]s$/u, '');
    if (
      possessive &&
      PEOPLES.test(word) &&
      /^[ \u00A0]+\p{Lu}/u.test(text.slice(start + word.length + 2, start + word.length + 4))
    ) {
      word = `${word}${text.slice(start + word.length, start + word.length + 2)}`;
    }
    if (/[@#]$/u.test(text.slice(Math.max(0, start - 1), start))) {
      out.push({ start, end: start + word.length, text: word, folded: fold(word), handle: true });
      continue;
    }
    // A caption's credit glued to the name: "CreditKevin Frayer/Getty Images".
    const glued = /^(?:Credit|Crédit|Crédito|Photo|Foto)(?=\p{Lu}\p{Ll})/u.exec(word);
    if (glued) {
      start += glued[0].length;
      word = word.slice(glued[0].length);
      out.push({ start, end: start + word.length, text: word, folded: fold(word), credit: true });
      continue;
    }
    const suffix = COMPOUND_SUFFIX.exec(word);
    if (suffix && /^\p{Lu}/u.test(word) && !isDemonym(word)) {
      word = word.slice(0, suffix.index);
      out.push({ start, end: start + word.length, text: word, folded: fold(word), based: true });
      continue;
    }
    out.push({ start, end: start + word.length, text: word, folded: fold(word) });
  }
  return out;
}

export const isCapital = (t: Token) => /^\p{Lu}/u.test(t.text) && !t.handle;

/**
 * Runs of capitalised words, joined by particles, within one sentence, in text order. A year right after a
 * capitalised word joins it ("Visión 2030"); whether it stays is the caller's call.
 */
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
    const gap = previous ? text.slice(previous.end, token.start) : '';
    // A middle initial: "Manuel V. Pangilinan", "John P. Whitfield".
    const initialGap =
      previous !== undefined &&
      /^\p{Lu}$/u.test(previous.text) &&
      /^\.[ \u00A0]+$/u.test(gap) &&
      !ANY_STOPWORD.has(token.folded);
    const joined =
      previous !== undefined &&
      (NAME_GAP.test(gap) || initialGap) &&
      !previous.based &&
      // "Wellington Wellington" (a table's two columns), "Inc Nintendo": two names.
      previous.folded !== token.folded &&
      !(
        isCapital(token) &&
        LEGAL_FORMS.has(previous.folded) &&
        !LEADING_LEGAL_FORMS.has(previous.folded) &&
        pending.length === 0
      );
    if (isCapital(token)) {
      const particles = pending.map((p) => p.folded).join(' ');
      if (run.length > 0 && joined && (pending.length === 0 || PARTICLE_SEQUENCE.test(particles))) {
        run.push(...pending, token);
        pending = [];
      } else {
        flush();
        run = [token];
      }
    } else if (run.length > 0 && joined && pending.length === 0 && YEAR.test(token.text)) {
      run.push(token);
      flush();
    } else if (run.length > 0 && joined && NAME_PARTICLES.has(token.folded)) {
      pending.push(token);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

/** What identifies a name: its folded words without a legal form ("Telefónica S.A." = "Telefónica"). */
export function nameKey(words: readonly Token[]): string {
  const kept = words.filter((w, i) => i === 0 || !LEGAL_FORMS.has(w.folded) || words.length === 1);
  // "PT Indosat Tbk" = "Indosat": a leading form goes too when something is left.
  const body = kept.length > 1 && LEGAL_FORMS.has(kept[0]?.folded ?? '') ? kept.slice(1) : kept;
  return body
    .map((w) => w.folded)
    .join(' ')
    .replace(/[.,]+$/u, '');
}

/** A word that heads an institution ("École", "Ministry", "Banco"), not a company's trade ("Technology"). */
const isInstitutionWord = (folded: string) => {
  const kind = kindOfWord(folded);
  return kind === 'government' || kind === 'organization';
};
const personShaped = (part: readonly Token[]) =>
  part.length >= 2 && part.length <= 3 && part.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text));
/** After the particle at `i`, one capitalised word ends the run ("… of Kentucky"). */
const singleNameAfter = (run: readonly Token[], i: number) => {
  const rest = run.slice(i + 1).filter((w) => /^\p{Lu}/u.test(w.text));
  return rest.length === 1 && run.at(-1) === rest[0];
};
const personLike = (part: readonly Token[]) =>
  part.length >= 2 &&
  part.length <= 4 &&
  isGivenName(part[0]?.text ?? '') &&
  part.every((w) => /^\p{Lu}/u.test(w.text));

/**
 * Splits "Google and Microsoft" into two names. A conjunction joins the parts of ONE name only inside a longer
 * name: in its complement ("Ministry of Science and Technology"), or before the head both parts share ("World
 * Travel and Tourism Council", "Belt and Road Initiative"). Otherwise it joins two names ("Oaxaca and Chiapas",
 * "Jean-Baptiste Morel et Inès Haddad", "Intel, Oracle y Continental").
 */
export function splitConjunctions(text: string, found: Token[][], alone: ReadonlySet<string>): Token[][] {
  return found.flatMap((run) => {
    const at = run.findIndex((w) => CONJUNCTIONS.has(w.folded));
    if (at <= 0 || at === run.length - 1) return [run];
    const head = run.slice(0, at);
    const tail = run.slice(at + 1);
    const inList = /,[ \u00A0]*$/u.test(text.slice(Math.max(0, (run[0]?.start ?? 0) - 3), run[0]?.start ?? 0));
    const headKind = head.some((w) => isKindWord(w.folded));
    const tailKindEnd = isKindWord(tail.at(-1)?.folded ?? '');
    const split = head.some((w) => NAME_PARTICLES.has(w.folded))
      ? // "… of Science and Technology": the conjunction joins the complement of one name, unless a new name
        // starts after it ("Université du Chili et l’École …", "… of Thailand and EGAT").
        alone.has(nameKey(tail)) ||
        inList ||
        isInstitutionWord(tail[0]?.folded ?? '') ||
        (tail.length === 1 && /^\p{Lu}{2,}$/u.test(tail[0]?.text ?? '') && !PORTFOLIO_WORDS.has(tail[0]?.folded ?? ''))
      : // Two names, unless the second ends on the head of both ("World Travel and Tourism Council", "Bill and
        // Melinda Gates Foundation").
        !(tailKindEnd && !headKind) || alone.has(nameKey(head)) || inList || (personLike(head) && personLike(tail));
    return split ? [head, tail] : [run];
  });
}

/**
 * Splits a run at a particle that joins two names rather than the parts of one: "for", "para", "por", "pour"
 * outside an institution's name ("Kim Raff for The New York Times"), and "of", "de" after a person named in full
 * ("Mitch McConnell of Kentucky"; "Luis de Miranda" and "María del Carmen" stay whole).
 */
export function splitAtParticles(run: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < run.length; i++) {
    const word = run[i] as Token;
    const lower = !/^\p{Lu}/u.test(word.text);
    const institution = current.some((w) => isKindWord(w.folded));
    const weak = lower && WEAK_PARTICLES.has(word.folded) && !institution;
    const named = current.filter((w) => !TITLES.has(w.folded) && !TITLE_MODIFIERS.has(w.folded));
    const afterPerson =
      lower &&
      /^(?:of|de|del|du)$/u.test(word.folded) &&
      !institution &&
      (personLike(named) || (personShaped(named) && singleNameAfter(run, i)));
    if ((weak || afterPerson) && current.length > 0) {
      out.push(current);
      current = [];
      while (i + 1 < run.length && !/^\p{Lu}/u.test(run[i + 1]?.text ?? '')) i++;
    } else current.push(word);
  }
  if (current.length > 0) out.push(current);
  return out;
}
