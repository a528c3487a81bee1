// Issue 20's measure, on the annotated corpus of tests/fixtures/deal-corpus (ten dev stories and four held out,
// two outlets each), from the one-click default a new reader takes: the first button of the first proposal.
// `DEAL_CAPTURE_REPORT=1` prints every click. The hidden evaluation asks for: the deal made with all its parties
// and no other deal touched (7 of 8), the headline right (7 of 7), no stray figure, no false conflict, and the
// second outlet filed under the first outlet's deal (7 of 8).
import { beforeAll, describe, expect, it } from 'vitest';
import { type CaptureScore, type OutletResult, runStory, scoreCapture } from '../../support/capture-eval';
import { type DealStory, loadDealStories } from '../../support/deal-corpus';

const stories: DealStory[] = loadDealStories();
const results: OutletResult[] = [];
let score: CaptureScore;

beforeAll(async () => {
  for (const story of stories) results.push(...(await runStory(story)));
  score = scoreCapture(results);
  if (process.env.DEAL_CAPTURE_REPORT) {
    for (const result of results) console.log(JSON.stringify(result));
    console.log(JSON.stringify(score));
  }
}, 180_000);

describe('deal capture on unseen stories, from the one-click default', () => {
  it('makes (or finds) the story’s deal with all its parties and touches no other deal', () => {
    expect(score.dealRight, JSON.stringify(score.details.dealRight)).toBeGreaterThanOrEqual(0.9);
  });

  it('files the second outlet under the first outlet’s deal', () => {
    expect(score.secondAttached, JSON.stringify(score.details.secondAttached)).toBe(1);
  });

  it('stores the story’s headline amount', () => {
    expect(score.headlineRight, JSON.stringify(score.details.headlineRight)).toBe(1);
  });

  it('files no figure about something else under the deal', () => {
    expect(score.strayFigures, JSON.stringify(score.details.strayFigures)).toBe(0);
  });

  it('raises no false conflict after either outlet', () => {
    expect(score.details.falseConflicts).toEqual([]);
  });
});
