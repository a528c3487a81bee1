// Issue 23 on stories written for it (tests/fixtures/page-figure-stories, FR → EN, EN → ES, ES → FR, EN → FR,
// ES → EN, FR → ES): the restated figures known, the second outlet's own new, the one disagreement differs,
// nothing about something else shown as the deal's. `PAGE_FIGURES_REPORT=1` prints every figure.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPageStories, type PageStoryFigure, runPageStory } from '../../support/page-figure-stories';

const figures: PageStoryFigure[] = [];

beforeAll(async () => {
  for (const story of loadPageStories()) figures.push(...(await runPageStory(story)));
  if (process.env.PAGE_FIGURES_REPORT) for (const f of figures) console.log(JSON.stringify(f));
}, 120_000);

describe('“On this page” on stories of its own', () => {
  it('has stories whose first outlets are in the three languages', () => {
    expect(new Set(loadPageStories().map((s) => s.first.lang))).toEqual(new Set(['fr', 'en', 'es']));
  });

  // 55 of 58: atlas-norte-maroc-cloud's three figures of a foreign co-funding agency (the Swiss state secretariat
  // for the economy) are read as Switzerland's, in both outlets, so the second shows them new, not known.
  it('marks the deal’s figures as the story says (a ratchet: 55 of 58)', () => {
    const deal = figures.filter((f) => f.expected !== 'other');
    const right = deal.filter((f) => f.shown === f.expected);
    const wrong = deal.filter((f) => f.shown !== f.expected);
    expect(right.length / deal.length, JSON.stringify(wrong, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('never marks a restated or new figure as differing, and finds the real disagreement', () => {
    expect(figures.filter((f) => f.shown === 'differs' && f.expected !== 'differs')).toEqual([]);
    expect(figures.filter((f) => f.expected === 'differs').map((f) => f.shown)).toEqual(['differs']);
  });

  it('shows nothing about something else as the deal’s', () => {
    expect(figures.filter((f) => f.expected === 'other' && f.aboutDeal)).toEqual([]);
  });
});
