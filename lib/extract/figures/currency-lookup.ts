import type { CurrencyWord } from './currencies';

/**
 * Finds currency words right before or right after an amount by looking them up, instead of matching an
 * alternation of some 2,000 words: a text holds thousands of numbers, and trying every currency word at each of
 * them cost more than all the other figure finders together.
 *
 * Symbols and codes (three characters or fewer) match only as written — "Ft" is a forint, "ft" a foot, "MW" no
 * currency at all; longer words in any case ("dollars", "Dollars", "DOLLARS").
 */
export class CurrencyLookup {
  private readonly exact = new Map<string, CurrencyWord>();
  private readonly folded = new Map<string, CurrencyWord>();
  private readonly longest: number;
  private readonly mostWords: number;
  /**
   * The first word of every currency word (as written for symbols and codes, lower-cased for the others), and
   * their last characters: most numbers have neither next to them, and are then left at once.
   */
  private readonly firstWords = new Set<string>();
  private readonly lasts = new Set<string>();

  constructor(words: readonly CurrencyWord[]) {
    let longest = 0;
    let mostWords = 1;
    for (const word of words) {
      const text = normalize(word.word);
      const table = text.length <= 3 ? this.exact : this.folded;
      const keyed = text.length <= 3 ? text : text.toLowerCase();
      if (!table.has(keyed)) table.set(keyed, word);
      longest = Math.max(longest, text.length);
      mostWords = Math.max(mostWords, text.split(' ').length);
      const first = text.split(' ')[0] ?? text;
      this.firstWords.add(text.length <= 3 ? first : first.toLowerCase());
      this.lasts.add(text.length <= 3 ? lastChar(text) : lastChar(text).toLowerCase());
    }
    this.longest = longest;
    this.mostWords = mostWords;
  }

  /** Whether the word at `from` is the first word of some currency word (maybe with a punctuation mark after). */
  private startsWord(text: string, from: number): boolean {
    let end = from;
    while (end < text.length && end - from < 40 && !SPACE.test(text.charAt(end))) end++;
    const token = text.slice(from, end);
    if (token.length === 0) return false;
    const bare = token.replace(TRAILING_PUNCTUATION, '');
    for (const candidate of [token, bare]) {
      if (this.firstWords.has(candidate) || this.firstWords.has(candidate.toLowerCase())) return true;
    }
    return false;
  }

  /** The currency word `candidate` is, if any (its spaces normalised). */
  get(candidate: string): CurrencyWord | undefined {
    const text = normalize(candidate);
    return text.length <= 3 ? this.exact.get(text) : this.folded.get(text.toLowerCase());
  }

  /**
   * The currency word that ends `before` (with at most some spaces after it), starting on a word boundary:
   * "US$ " in "un contrat de US$ ", "R$" in "a R$". Longest first.
   */
  endingAt(before: string): { word: CurrencyWord; length: number; gap: number } | undefined {
    const trimmed = before.replace(/[ \u00A0\u202F\u2009]+$/u, '');
    const last = lastChar(trimmed);
    if (!this.lasts.has(last) && !this.lasts.has(last.toLowerCase())) return undefined;
    const gap = before.length - trimmed.length;
    for (let length = Math.min(this.longest, trimmed.length); length >= 1; length--) {
      const candidate = trimmed.slice(trimmed.length - length);
      if (/^\p{L}/u.test(candidate) && /\p{L}$/u.test(trimmed.slice(0, trimmed.length - length))) continue;
      const word = this.get(candidate);
      if (word) return { word, length: length + gap, gap };
    }
    return undefined;
  }

  /**
   * The currency word that starts `text` at `from` and ends on a word boundary ("dollars", "pesos mexicanos",
   * "€"), with its length. Longest first; a final punctuation mark is not part of it unless the word has one
   * ("S/.", "U.S. dollars").
   */
  startingAt(text: string, from: number): { word: CurrencyWord; length: number } | undefined {
    if (!this.startsWord(text, from)) return undefined;
    const window = text.slice(from, from + this.longest + 8);
    // Words end at any white space, line breaks included: a currency word may end a paragraph (issue 20).
    const tokens = [...window.matchAll(/[^\s\u00A0\u202F\u2009]+/gu)].slice(0, this.mostWords);
    for (let k = tokens.length; k >= 1; k--) {
      const last = tokens[k - 1];
      if (!last || (k === 1 && last.index !== 0)) continue;
      const end = last.index + last[0].length;
      const phrase = window.slice(0, end);
      for (const candidate of [phrase, phrase.replace(TRAILING_PUNCTUATION, '')]) {
        if (candidate.length === 0) continue;
        const word = this.get(candidate);
        const next = text.codePointAt(from + candidate.length);
        if (word && (next === undefined || !/[\p{L}\p{N}]/u.test(String.fromCodePoint(next)))) {
          return { word, length: candidate.length };
        }
      }
    }
    return undefined;
  }
}

const SPACE = /[\s\u00A0\u202F\u2009]/u;
const TRAILING_PUNCTUATION = /[.,;:!?)\]»"”'’]+$/u;

function lastChar(text: string): string {
  if (text.length === 0) return '\u0000';
  const unit = text.charCodeAt(text.length - 1);
  return unit >= 0xdc00 && unit <= 0xdfff ? text.slice(-2) : text.slice(-1);
}

function normalize(text: string): string {
  return text.replace(/[ \u00A0\u202F\u2009]+/gu, ' ').replace(/’/g, "'");
}
