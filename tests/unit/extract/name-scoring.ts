// Scores name proposals against annotated stories: precision, recall, kinds and aliases (issue 21).

import type { CandidateEntity } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import type { GoldName } from '../fixtures/name-stories';

/** A name as the scorer compares it: folded, quotes and final punctuation dropped, spaces collapsed. */
export function normalizeName(name: string): string {
  return fold(name)
    .replace(/["«»“”]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.,;:]+$/u, '');
}

/** What one story's proposals got right and wrong. */
export interface StoryScore {
  /** Proposals that count (optional names left out). */
  proposed: number;
  correct: number;
  gold: number;
  found: number;
  /** Found names whose kind is the annotated one. */
  kindRight: number;
  /** Annotated aliases, and those the matching proposal carries. */
  aliasesWanted: number;
  aliasesCarried: number;
  wrong: string[];
  missed: string[];
  wrongKinds: string[];
  missingAliases: string[];
}

const formsOf = (gold: GoldName) => new Set([gold.name, ...(gold.alt ?? [])].map(normalizeName));

/**
 * Scores one story's proposals. A proposal is right when its name is one of a gold name's forms (the name or an
 * `alt`), or when one of its aliases is the gold name itself; one whose name is `optional` is left out.
 */
export function scoreStory(
  proposals: readonly CandidateEntity[],
  gold: readonly GoldName[],
  optional: readonly string[] = [],
): StoryScore {
  const skip = new Set(optional.map(normalizeName));
  const score: StoryScore = {
    proposed: 0,
    correct: 0,
    gold: gold.length,
    found: 0,
    kindRight: 0,
    aliasesWanted: 0,
    aliasesCarried: 0,
    wrong: [],
    missed: [],
    wrongKinds: [],
    missingAliases: [],
  };
  const matches = (p: CandidateEntity, g: GoldName) =>
    formsOf(g).has(normalizeName(p.name)) || (p.aliases ?? []).some((a) => normalizeName(a) === normalizeName(g.name));
  for (const p of proposals) {
    const right = gold.some((g) => matches(p, g));
    if (!right && skip.has(normalizeName(p.name))) continue;
    score.proposed++;
    if (right) score.correct++;
    else score.wrong.push(`${p.name} (${p.kindGuess})`);
  }
  for (const g of gold) {
    const p = proposals.find((c) => matches(c, g));
    const all = proposals.filter((c) => matches(c, g));
    for (const alias of g.aliases ?? []) {
      score.aliasesWanted++;
      const carried = all.some((c) =>
        [c.name, ...(c.aliases ?? [])].some((a) => normalizeName(a) === normalizeName(alias)),
      );
      if (carried) score.aliasesCarried++;
      else score.missingAliases.push(`${g.name}: ${alias}`);
    }
    if (!p) {
      score.missed.push(g.name);
      continue;
    }
    score.found++;
    if (p.kindGuess === g.kind) score.kindRight++;
    else score.wrongKinds.push(`${p.name}: ${p.kindGuess}, expected ${g.kind}`);
  }
  return score;
}

/** Totals over several stories, with the ratios. */
export function totals(scores: readonly StoryScore[]) {
  const sum = (key: keyof StoryScore) => scores.reduce((n, s) => n + (s[key] as number), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const proposed = sum('proposed');
  const gold = sum('gold');
  const found = sum('found');
  return {
    stories: scores.length,
    proposed,
    gold,
    precision: ratio(sum('correct'), proposed),
    recall: ratio(found, gold),
    kinds: ratio(sum('kindRight'), found),
    aliases: ratio(sum('aliasesCarried'), sum('aliasesWanted')),
  };
}
