import { isDealSentence } from '@/lib/extract/deal-proposal/deal-words';
import { inChrome, pageChrome } from '@/lib/extract/page-chrome';
import { clauseAround, splitSentences, type TextRange } from '@/lib/extract/sentences';
import type { Entity, Language } from '@/lib/schema';

/** What an {@link ArticleReading} is made from. */
export interface ArticleReadingInput {
  text: string;
  language: Language;
  title: string;
  publisher?: string;
  author?: string;
  entities: ReadonlyMap<string, Entity>;
}

/**
 * An article cut up once for deal capture: its sentences (and which speak of a deal), its page chrome, and
 * lookups by offset. Every rule of lib/capture reads the article through this, so the text is segmented once.
 */
export class ArticleReading {
  readonly text: string;
  readonly language: Language;
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly sentences: readonly TextRange[];
  private readonly deal: readonly boolean[];
  private readonly chrome: readonly TextRange[];
  private readonly entities: ReadonlyMap<string, Entity>;

  constructor(input: ArticleReadingInput) {
    this.text = input.text;
    this.language = input.language;
    this.title = input.title;
    this.publisher = input.publisher;
    this.author = input.author;
    this.entities = input.entities;
    this.chrome = pageChrome(input.text);
    this.sentences = splitSentences(input.text, input.language).filter((s) => !inChrome(this.chrome, s));
    this.deal = this.sentences.map((s) => isDealSentence(this.text.slice(s.start, s.end)));
  }

  /** The index of the sentence holding `offset` (the nearest before it when it falls between sentences). */
  sentenceIndex(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid] as TextRange;
      if (s.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The sentence holding `offset`. */
  sentenceAt(offset: number): TextRange {
    return this.sentences[this.sentenceIndex(offset)] ?? { start: 0, end: this.text.length };
  }

  /** Whether sentence `index` speaks of a deal (lib/extract/deal-proposal/deal-words). */
  isDealSentence(index: number): boolean {
    return this.deal[index] === true;
  }

  /** The clause around a range (at least 40 characters of it), as text. */
  clauseText(range: TextRange): string {
    const clause = this.clause(range);
    return this.text.slice(clause.start, clause.end);
  }

  /** The clause around a range, within its sentence. */
  clause(range: TextRange, minLength = 40): TextRange {
    return clauseAround(this.text, this.sentenceAt(range.start), range, minLength);
  }

  /** Whether a range is page furniture (byline, date line, dateline). */
  inChrome(range: TextRange): boolean {
    return inChrome(this.chrome, range);
  }

  /** A store entity by id. */
  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }
}
