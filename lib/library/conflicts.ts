import { isSpecific, measureOf } from '@/lib/facts/fact-measure';
import { contradicts } from '@/lib/facts/same-figure';
import type { Article, Fact, FactSubject } from '@/lib/schema';
import type { LibraryData } from './records';

/** One figure in a conflict, with the article that gives it. */
export interface ConflictEntry {
  fact: Fact;
  article?: Article;
}

/** Saved articles that disagree on the same figure of the same deal (or entity). */
export interface FactConflict {
  /** Stable key: subject, measure, unit. */
  key: string;
  subject: FactSubject;
  /** The label of the first fact, as the reader wrote or the extractor named it. */
  label: string;
  labelFr?: string;
  /** Every fact of the group, including those that agree with one another, by article. */
  entries: ConflictEntry[];
}

/**
 * Facts with the same subject, specific measure and unit state the same thing (issue 20); a generic measure
 * ("a year", "an amount") does not, so its facts are never grouped.
 */
export function factGroupKey(fact: Fact): string | undefined {
  const measure = measureOf(fact);
  if (!isSpecific(measure)) return undefined;
  return `${fact.subject.type}:${fact.subject.id}|${measure}|${fact.unit ?? ''}`;
}

/**
 * Finds figures on which two saved articles disagree: two current facts of one group, from different articles,
 * whose values differ beyond rounding ("$1.2bn" and "1 200 millions de dollars" agree). One article restating
 * its own figure differently is its own business, and a fact the reader marked superseded is history: neither
 * is a conflict between sources.
 */
export function findConflicts(data: Pick<LibraryData, 'facts' | 'articles'>): FactConflict[] {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const groups = new Map<string, Fact[]>();
  for (const fact of data.facts) {
    if ((fact.value === undefined && !fact.date) || fact.supersededBy) continue;
    const key = factGroupKey(fact);
    if (key) groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const conflicts: FactConflict[] = [];
  for (const [key, facts] of groups) {
    const disagree = facts.some((a) => facts.some((b) => a.articleId !== b.articleId && contradicts(a, b)));
    if (!disagree) continue;
    const first = facts[0] as Fact;
    const sorted = [...facts].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.id.localeCompare(b.id));
    conflicts.push({
      key,
      subject: first.subject,
      label: first.label,
      labelFr: first.labelFr,
      entries: sorted.map((fact) => ({ fact, article: articles.get(fact.articleId) })),
    });
  }
  return conflicts.sort((a, b) => a.key.localeCompare(b.key));
}

/** Ids of the facts caught in a conflict, to flag them in lists. */
export function conflictingFactIds(conflicts: readonly FactConflict[]): Set<string> {
  return new Set(conflicts.flatMap((c) => c.entries.map((e) => e.fact.id)));
}

/** Ids of the deals (or entities) with a conflict among their figures. */
export function subjectsInConflict(conflicts: readonly FactConflict[]): Set<string> {
  return new Set(conflicts.map((c) => `${c.subject.type}:${c.subject.id}`));
}
