import { beforeEach, describe, expect, it } from 'vitest';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { candidateFactKey } from '@/lib/store/candidate-decisions';
import type { DealLensDatabase } from '@/lib/store/db';
import { filePageFigure, PageFigureFileError } from '@/lib/store/page-figure-writes';
import { listDeals } from '@/lib/store/queries';
import { applySeedRecords } from '@/lib/store/seed-store';
import { savePeruStory } from '../save/save-fixtures';
import { freshDatabase, readSeedBundle, snapshot } from './helpers';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

const deal = { type: 'deal' as const, id: 'huawei-peru' };

/** The first figure the saved story proposes, and its key. */
async function firstCandidate(articleId: string) {
  const candidate = (await db.candidates.get(articleId))?.facts[0];
  if (!candidate) throw new Error('the story proposes figures');
  return { candidate, key: candidateFactKey(candidate) };
}

describe('filing a figure of the page from the popup (issue 23)', { timeout: 20_000 }, () => {
  it('"Add to the deal": the figure joins the store under the deal, the page as its source, once', async () => {
    const story = await savePeruStory(db);
    const { candidate, key } = await firstCandidate(story);

    const filed = await filePageFigure(db, story, key, deal);
    const fact = await db.facts.get(filed.factId);
    expect(fact).toMatchObject({ subject: deal, articleId: story, quote: candidate.quote, origin: 'user' });
    expect((await db.candidates.get(story))?.facts.map(candidateFactKey)).not.toContain(key);

    // A double click, or the popup opened twice: one fact.
    const count = await db.facts.count();
    expect(await filePageFigure(db, story, key, deal)).toEqual(filed);
    expect(await db.facts.count()).toBe(count);
  });

  it('"Mark as newer": the old fact stays, with its source, replaced by the new one as the current value', async () => {
    const story = await savePeruStory(db);
    const { key } = await firstCandidate(story);
    const old = await db.facts.get('huawei-peru-young-people-trained');

    const filed = await filePageFigure(db, story, key, deal, 'huawei-peru-young-people-trained');

    expect(filed.superseded).toBe('huawei-peru-young-people-trained');
    const kept = await db.facts.get('huawei-peru-young-people-trained');
    expect(kept).toEqual({ ...old, supersededBy: filed.factId });
    expect((await db.facts.get(filed.factId))?.supersededBy).toBeUndefined();
    // The deal shows the newer value among its current ones, the old one last, as history.
    const view = (await listDeals(db)).find((d) => d.deal.id === 'huawei-peru');
    const ids = view?.facts.map((f) => f.fact.id) ?? [];
    expect(ids).toContain(filed.factId);
    expect(ids.at(-1)).toBe('huawei-peru-young-people-trained');
  });

  it('a figure the article no longer proposes, or an old value of another subject, writes nothing', async () => {
    const story = await savePeruStory(db);
    const { key } = await firstCandidate(story);
    const before = await snapshot(db);

    await expect(filePageFigure(db, story, JSON.stringify(['not in the story', 0, '1']), deal)).rejects.toThrow(
      PageFigureFileError,
    );
    await expect(filePageFigure(db, story, 'not json', deal)).rejects.toThrow('figure-gone');
    // The stored value of another deal is not this figure's to replace: the whole write is undone.
    await expect(filePageFigure(db, story, key, deal, 'aws-mexico-jobs-per-year')).rejects.toThrow('not-newer');
    expect(await snapshot(db)).toEqual(before);
  });
});
