// Issue 23: the background's answer to the popup's "On this page" — read like a save, compared with the store,
// written nowhere; every page it cannot read gets its reason.
import { beforeEach, describe, expect, it } from 'vitest';
import { MatcherCache } from '@/lib/background/matcher-cache';
import { pageFiguresOfTab } from '@/lib/background/page-figures';
import type { ExtractorResult } from '@/lib/save/extractor-api';
import { PageFiguresReplySchema } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle, snapshot } from '../store/helpers';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});

const TEXT = [
  'Amazon Web Services (AWS) will open its cloud infrastructure in Mexico, the company said on Monday, as President Claudia Sheinbaum welcomed the project. AWS will build three availability zones for the Mexican government.',
  'The AWS project will create some 9,000 jobs a year, according to the company.',
  'About 400,000 Mexicans will be trained in cloud technologies, and AWS will fund a $300 million programme for local start-ups.',
].join('\n\n');

const article = (overrides: Record<string, unknown> = {}) => ({
  url: 'https://news.example/aws-mexico',
  title: 'AWS opens its Mexican cloud infrastructure',
  siteName: 'Tech Wire',
  lang: 'en',
  text: TEXT,
  length: TEXT.length,
  ...overrides,
});

const deps = (result: ExtractorResult | (() => Promise<ExtractorResult>), url = 'https://news.example/aws-mexico') => ({
  db,
  matchers: new MatcherCache(db),
  tabUrl: async () => url,
  extract: async () => (typeof result === 'function' ? result() : result),
  now: () => 1000,
});

describe('pageFiguresOfTab', () => {
  it('marks the page’s figures against the store, names their subject and the stored source, and writes nothing', async () => {
    const before = await snapshot(db);
    const reply = await pageFiguresOfTab(deps({ ok: true, article: article() }), 7);
    expect(PageFiguresReplySchema.parse(reply)).toEqual(reply);
    if (!reply.ok) throw new Error(reply.reason);
    expect(reply.figures.map((f) => [f.status, f.text])).toEqual([
      ['differs', '9,000 jobs a year'],
      ['new', 'three availability zones'],
      ['new', '$300 million'],
      ['known', '400,000 Mexicans'],
    ]);
    const differs = reply.figures[0];
    expect(differs?.subject).toEqual({ type: 'deal', id: 'aws-mexico', name: 'AWS × Mexico' });
    expect(differs?.stored?.fact.value).toBe(7000);
    expect(differs?.stored?.source?.publisher).toBe('Forbes Mexico');
    expect(differs?.quote).toContain('The AWS project will create some 9,000 jobs a year');
    expect(await snapshot(db)).toEqual(before);
  });

  // Factories: the database exists only once each test starts.
  it.each<[string, () => ReturnType<typeof deps>, string]>([
    ['a browser page', () => deps({ ok: true, article: article() }, 'about:blank'), 'not-a-web-page'],
    [
      'a page with too little text',
      () => deps({ ok: true, article: article({ text: 'AWS and Mexico.' }) }),
      'no-article',
    ],
    [
      'an extractor that failed',
      () => deps({ ok: false, reason: 'extraction-failed', detail: 'no body' }),
      'extraction-failed',
    ],
    [
      'an extractor that threw (the tab closed)',
      () =>
        deps(async () => {
          throw new Error('No tab with id: 7');
        }),
      'extraction-failed',
    ],
    ['a malformed answer from the page', () => deps({ ok: true, article: { text: 42 } } as never), 'extraction-failed'],
    [
      'a language Deal Lens does not read',
      () => deps({ ok: true, article: article({ lang: 'und' }) }),
      'unsupported-language',
    ],
  ])('gives its reason for %s, and writes nothing', async (_, dependencies, reason) => {
    const before = await snapshot(db);
    const reply = await pageFiguresOfTab(dependencies(), 7);
    expect(reply).toMatchObject({ ok: false, reason });
    expect(await snapshot(db)).toEqual(before);
  });
});
