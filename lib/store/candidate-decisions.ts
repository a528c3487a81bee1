import type { ArticleCandidates, CandidateDecisions, CandidateEntity, CandidateFact, Fact } from '@/lib/schema';

const NONE: CandidateDecisions = { facts: [], entities: [] };

/**
 * What identifies a proposed figure from one save to the next: its quote and where the figure sits in it. Not its
 * id, which numbers figures of the same label in text order and so shifts when the updated story gains one.
 */
export function candidateFactKey(candidate: Pick<CandidateFact, 'quote' | 'quoteStart' | 'figure'>): string {
  return JSON.stringify([candidate.quote, candidate.figure.start - candidate.quoteStart, candidate.figure.text]);
}

/** What identifies a proposed name: the name as the text writes it (the key `discardCandidate` is given). */
export function candidateEntityKey(candidate: Pick<CandidateEntity, 'name'>): string {
  return candidate.name;
}

/** The record with one more decision of the reader's, and without the candidate it decided. */
export function decide(record: ArticleCandidates, kind: 'fact' | 'entity', key: string): ArticleCandidates {
  const decided = record.decided ?? NONE;
  const list = kind === 'fact' ? decided.facts : decided.entities;
  const next = list.includes(key) ? list : [...list, key];
  return kind === 'fact'
    ? {
        ...record,
        facts: record.facts.filter((f) => candidateFactKey(f) !== key),
        decided: { ...decided, facts: next },
      }
    : {
        ...record,
        entities: record.entities.filter((e) => candidateEntityKey(e) !== key),
        decided: { ...decided, entities: next },
      };
}

/** A stored fact that says what the candidate says, from the same sentence. */
const sameFigure = (fact: Fact, candidate: CandidateFact) =>
  fact.quote === candidate.quote &&
  fact.value === candidate.value &&
  fact.unit === candidate.unit &&
  fact.date === candidate.date;

/**
 * The candidates of an article saved again: what the new text proposes, less what the reader already decided
 * (accepted or discarded, carried over from the previous record) and less any figure the store already holds as
 * a fact of this article (accepted before decisions were kept, or curated in a seed article).
 */
export function keepDecisions(
  fresh: ArticleCandidates,
  previous: ArticleCandidates | undefined,
  facts: readonly Fact[],
): ArticleCandidates {
  const decided = previous?.decided ?? NONE;
  const factKeys = new Set(decided.facts);
  const entityKeys = new Set(decided.entities);
  return {
    ...fresh,
    facts: fresh.facts.filter(
      (c) =>
        !factKeys.has(candidateFactKey(c)) && !facts.some((f) => f.articleId === fresh.articleId && sameFigure(f, c)),
    ),
    entities: fresh.entities.filter((c) => !entityKeys.has(candidateEntityKey(c))),
    decided,
  };
}
