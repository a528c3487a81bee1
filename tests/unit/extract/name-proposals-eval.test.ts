// Issue 21: precision and recall of the names a saved article proposes, on unseen stories in FR/EN/ES
// (tests/unit/fixtures/name-stories). Rerun: `npx vitest run tests/unit/extract/name-proposals-eval.test.ts`;
// NAMES_EVAL_VERBOSE=1 prints every wrong, missed and mis-kinded name.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/match/compile';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { PreparedArticle } from '@/lib/schema';
import { buildSeedRecords, type SeedRecords } from '@/lib/seed/seed-records';
import { DEV_STORIES, HOLDOUT_STORIES, type NameStory } from '../fixtures/name-stories';
import { readSeedBundle } from '../store/helpers';
import { type StoryScore, scoreStory, totals } from './name-scoring';

let seed: SeedRecords;
let prepare: (story: NameStory) => PreparedArticle;

beforeAll(async () => {
  seed = await buildSeedRecords(readSeedBundle(), 1);
  const matcher = compileMatcher(seed.entities);
  const entities = new Map(seed.entities.map((e) => [e.id, e]));
  prepare = (story) => {
    const prepared = prepareArticle({
      extracted: {
        url: `https://news.example/${story.id}`,
        title: story.title,
        byline: story.byline,
        siteName: story.siteName,
        lang: story.lang,
        text: story.text,
        length: story.text.length,
      },
      hash: 'f'.repeat(64),
      matcher,
      entities,
      deals: seed.deals,
      now: 1,
    });
    if ('failure' in prepared) throw new Error(`${story.id}: ${prepared.failure}`);
    return prepared;
  };
});

function run(stories: readonly NameStory[]): { scores: StoryScore[]; report: string[]; sources: string[] } {
  const report: string[] = [];
  const sources: string[] = [];
  const scores = stories.map((story) => {
    const prepared = prepare(story);
    const score = scoreStory(prepared.candidates.entities, story.names, story.optional);
    const lines = [
      ...score.wrong.map((n) => `  wrong:   ${n}`),
      ...score.missed.map((n) => `  missed:  ${n}`),
      ...score.wrongKinds.map((n) => `  kind:    ${n}`),
      ...score.missingAliases.map((n) => `  alias:   ${n}`),
    ];
    if (prepared.article.author !== story.author) {
      lines.push(`  author:  ${prepared.article.author} ≠ ${story.author}`);
      sources.push(`${story.id}: author ${prepared.article.author}`);
    }
    if (prepared.article.publisher !== story.publisher) {
      lines.push(`  site:    ${prepared.article.publisher} ≠ ${story.publisher}`);
      sources.push(`${story.id}: publisher ${prepared.article.publisher}`);
    }
    if (lines.length > 0) report.push(`${story.id}`, ...lines);
    return score;
  });
  return { scores, report, sources };
}

const format = (t: ReturnType<typeof totals>) =>
  `${t.stories} stories, ${t.proposed} proposed, ${t.gold} expected: precision ${t.precision.toFixed(3)}, recall ${t.recall.toFixed(3)}, kinds ${t.kinds.toFixed(3)}, aliases ${t.aliases.toFixed(3)}`;

/**
 * Floors: issue 21 asks for precision and recall of 0.95 on unseen articles. Kinds and aliases are held at what
 * they reached, so a change that loses them fails here (measured before issue 21: dev P 0.646 R 0.787, holdout
 * P 0.726 R 0.824).
 */
const FLOORS = {
  dev: { precision: 0.95, recall: 0.95, kinds: 0.9, aliases: 0.9 },
  holdout: { precision: 0.95, recall: 0.95, kinds: 0.75, aliases: 0.9 },
};

describe('name proposals on unseen stories', () => {
  it.each([
    ['dev', DEV_STORIES],
    ['holdout', HOLDOUT_STORIES],
  ] as const)('%s stories', (set, stories) => {
    const { scores, report, sources } = run(stories);
    const t = totals(scores);
    console.log(`names eval, ${set}: ${format(t)}`);
    if (process.env.NAMES_EVAL_VERBOSE) console.log(report.join('\n'));
    expect(t.stories).toBe(stories.length);
    expect(t.precision).toBeGreaterThanOrEqual(FLOORS[set].precision);
    expect(t.recall).toBeGreaterThanOrEqual(FLOORS[set].recall);
    expect(t.kinds).toBeGreaterThanOrEqual(FLOORS[set].kinds);
    expect(t.aliases).toBeGreaterThanOrEqual(FLOORS[set].aliases);
    // The author is a person, the site the publisher, on every story.
    expect(sources).toEqual([]);
  });
});
