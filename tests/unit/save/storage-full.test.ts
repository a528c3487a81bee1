import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticleFromTab } from '@/lib/background/save-article';
import { createI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import { SaveFailureReasonSchema } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle, snapshot } from '../store/helpers';
import { page, saveDeps, savePeruStory } from './save-fixtures';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// Each test saves a whole article (matching, figures, names): seconds on a busy machine, not the default five.
describe('a full disk on save', { timeout: 20_000 }, () => {
  // The candidates are the last write of a save: by then the article and its mentions are written in the
  // transaction, so the store being unchanged proves the transaction was rolled back, not merely never begun.
  it.each([
    ['as IndexedDB throws it', quota],
    ['as Dexie wraps it', () => new Dexie.AbortError('Transaction aborted', quota())],
  ])('(%s) is reported as storage-full, and nothing is half-written', async (_name, error) => {
    const before = await snapshot(db);
    const articles = vi.spyOn(db.articles, 'put');
    vi.spyOn(db.candidates, 'put').mockRejectedValue(error());
    const outcome = await saveArticleFromTab(saveDeps(db, { ok: true, article: page() }), 7);
    expect(outcome).toMatchObject({ ok: false, reason: 'storage-full' });
    expect(articles).toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });

  it('an update of a saved article that hits the quota leaves the saved copy as it was', async () => {
    await savePeruStory(db);
    const before = await snapshot(db);
    vi.spyOn(db.mentions, 'bulkPut').mockRejectedValue(quota());
    const outcome = await saveArticleFromTab(
      saveDeps(db, { ok: true, article: page({ title: 'Huawei et le Pérou (mis à jour)' }) }),
      7,
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'storage-full' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('any other write error is not mistaken for it, and also leaves the store as it was', async () => {
    const before = await snapshot(db);
    vi.spyOn(db.candidates, 'put').mockRejectedValue(new Error('disk on fire'));
    await expect(saveArticleFromTab(saveDeps(db, { ok: true, article: page() }), 7)).rejects.toThrow('disk on fire');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('every reason a save fails has its message', () => {
  it.each(SaveFailureReasonSchema.options.flatMap((reason) => [[reason, 'en'] as const, [reason, 'fr'] as const]))(
    '%s (%s)',
    (reason, lang) => {
      const key = `saveFailed_${reason.replaceAll('-', '_')}` as MessageKey;
      const text = createI18n(lang).t(key);
      expect(text).not.toBe('');
      expect(text).not.toContain('undefined');
    },
  );
});
