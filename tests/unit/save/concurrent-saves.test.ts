import { beforeEach, describe, expect, it } from 'vitest';
import { type SaveDependencies, saveArticleFromTab } from '@/lib/background/save-article';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle } from '../store/helpers';
import { page, peruText, saveDeps } from './save-fixtures';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

/** The same story as two tabs see it: another tracking parameter, and one line that changed in between. */
const tabs = [
  { url: 'https://news.example/peru?utm=menu', text: peruText },
  { url: 'https://news.example/peru?utm=shortcut', text: `${peruText}\nCorrection : la date a été précisée.` },
];

/** A save from its own tab, with a background of its own (its own matcher cache), as each request gets. */
function tabSave(tab: (typeof tabs)[number], title = 'Huawei et le Pérou', overrides: Partial<SaveDependencies> = {}) {
  const deps = { ...saveDeps(db, { ok: true, article: page({ ...tab, title }) }, [tab.url]), ...overrides };
  return saveArticleFromTab(deps, 7);
}

const userArticles = () => db.articles.where('origin').equals('user').toArray();

// Each test saves whole articles (matching, figures, names): seconds on a busy machine, not the default five.
describe('two saves of one story at the same time', { timeout: 20_000 }, () => {
  it('store one record, whichever finishes first', async () => {
    const outcomes = await Promise.all(tabs.map((tab) => tabSave(tab)));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    const stored = await userArticles();
    expect(stored).toHaveLength(1);
    expect(outcomes.map((o) => o.ok && o.articleId)).toEqual([stored[0]?.id, stored[0]?.id]);
    expect(outcomes.map((o) => o.ok && o.updated).sort()).toEqual([false, true]);
    // Mentions and candidates belong to that one record (and to the three seed articles): no second copy's.
    expect(await db.candidates.toCollection().primaryKeys()).toEqual([stored[0]?.id]);
    expect(new Set((await db.mentions.toArray()).map((m) => m.articleId)).size).toBe(4);
  });

  it('store one record even when nothing serialises them: the check inside the transaction catches it', async () => {
    // Different titles give different ids; a queue that runs every task at once leaves only the transaction.
    const unqueued: Partial<SaveDependencies> = { queue: { run: (_key, task) => task() } };
    const outcomes = await Promise.all([
      tabSave(tabs[0]!, 'Huawei et le Pérou', unqueued),
      tabSave(tabs[1]!, 'Huawei et le Pérou (mis à jour)', unqueued),
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    const stored = await userArticles();
    expect(stored).toHaveLength(1);
    expect(outcomes.map((o) => o.ok && o.articleId)).toEqual([stored[0]?.id, stored[0]?.id]);
    expect(await db.candidates.toCollection().primaryKeys()).toEqual([stored[0]?.id]);
    expect(new Set((await db.mentions.toArray()).map((m) => m.articleId)).size).toBe(4);
  });

  it('five saves at once from five tabs still make one record', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        tabSave({ url: `https://news.example/peru?tab=${i}`, text: `${peruText}\nMise à jour n° ${i}.` }),
      ),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await userArticles()).toHaveLength(1);
  });
});
