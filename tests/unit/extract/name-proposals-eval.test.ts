// Issue 21: precision and recall of the names a saved article proposes, on unseen stories in FR/EN/ES
// (tests/unit/fixtures/name-stories). Rerun: `npx vitest run tests/unit/extract/name-proposals-eval.test.ts`;
// NAMES_EVAL_VERBOSE=1 prints every wrong, missed and mis-kinded name.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/match/compile';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { PreparedArticle } from '@/lib/schema';
import { buildSeedRecords, type SeedRecords } from '@/lib/seed/seed-records';
import { loadDealStories, outletText, type StoryName } from '../../support/deal-corpus';
import { DEV_STORIES, HOLDOUT_STORIES, type NameStory } from '../fixtures/name-stories';
import { readSeedBundle } from '../store/helpers';
import { normalizeName, type StoryScore, scoreStory, totals } from './name-scoring';

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

/**
 * The annotated deal-story corpus (tests/fixtures/deal-corpus, by another engineer), its dev stories only: names
 * in the text the store does not know, each proposal right when it is one of a name's forms. Two readings differ
 * from issue 21 and are left out: the dateline's news agency ("(Austral)", a publisher that the issue asks not to
 * propose unless the text names it elsewhere) and the byline's author and site (not in the text).
 */
describe('name proposals on the deal-story corpus (dev)', () => {
  it('proposes the names its annotators listed', () => {
    let proposed = 0;
    let correct = 0;
    let expected = 0;
    let found = 0;
    for (const story of loadDealStories(['dev'])) {
      for (const outlet of story.outlets) {
        const text = outletText(outlet);
        const prepared = prepare({
          id: `${story.id}-${outlet.id}`,
          lang: outlet.lang,
          title: outlet.title,
          byline: outlet.author,
          siteName: outlet.siteName,
          text,
          names: [],
        });
        const forms = (n: StoryName) => [n.name, ...(n.forms ?? []), ...(n.aliases ?? [])].map(normalizeName);
        const matches = (c: { name: string; aliases?: string[] }, n: StoryName) =>
          forms(n).includes(normalizeName(c.name)) ||
          (c.aliases ?? []).some((a) => forms(n).includes(normalizeName(a)));
        for (const c of prepared.candidates.entities) {
          const n = outlet.names.find((x) => matches(c, x));
          if (n?.ignore || (n?.role === 'publisher' && n.where !== 'byline')) continue;
          proposed++;
          if (n && !n.inStore) correct++;
        }
        for (const n of outlet.names) {
          if (n.inStore || n.ignore || n.where === 'byline' || n.role === 'publisher') continue;
          expected++;
          if (prepared.candidates.entities.some((c) => matches(c, n))) found++;
        }
      }
    }
    const precision = correct / proposed;
    const recall = found / expected;
    console.log(
      `names eval, deal-corpus dev: ${proposed} proposed, ${expected} expected: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
