import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MatcherCache } from '@/lib/background/matcher-cache';
import { type SaveDependencies, saveArticleFromTab } from '@/lib/background/save-article';
import type { ExtractorResult } from '@/lib/save/extractor-api';
import type { DealLensDatabase } from '@/lib/store/db';

/** The seed article about Huawei and Peru, verbatim. */
export const peruSeedText = readFileSync(resolve(__dirname, '../../../seeds/002_dece7154e9199617.txt'), 'utf8');

/** A follow-up story built on the seed article's text: a new article, with figures and names to propose. */
export const peruText = `Mise à jour du 2 juillet : le ministère péruvien confirme le programme.\n${peruSeedText}`;

/** What the in-page extractor returns for the follow-up story, with any field changed. */
export const page = (overrides: Record<string, unknown> = {}) => ({
  url: 'https://news.example/peru?utm=1',
  canonicalUrl: 'https://news.example/peru',
  title: 'Huawei et le Pérou',
  siteName: 'News Example',
  lang: 'fr',
  text: peruText,
  length: peruText.length,
  ...overrides,
});

/** A background that extracts `result` from tab 7, whose URL is each of `urls` in turn (then the last). */
export function saveDeps(
  db: DealLensDatabase,
  result: ExtractorResult | (() => ExtractorResult),
  urls: string[] = ['https://news.example/peru?utm=1'],
) {
  let call = 0;
  return {
    db,
    matchers: new MatcherCache(db),
    tabUrl: async () => urls[Math.min(call++, urls.length - 1)],
    extract: async () => (typeof result === 'function' ? result() : result),
    now: () => 1000,
  } satisfies SaveDependencies;
}

/** Saves the follow-up story (or `overrides` of it) and returns its article id. */
export async function savePeruStory(db: DealLensDatabase, overrides: Record<string, unknown> = {}): Promise<string> {
  // The tab shows the page at the address the story claims (the background trusts the tab's address).
  const urls = typeof overrides.url === 'string' ? [overrides.url] : undefined;
  const outcome = await saveArticleFromTab(saveDeps(db, { ok: true, article: page(overrides) }, urls), 7);
  if (!outcome.ok) throw new Error(`the story was not saved: ${outcome.reason}`);
  return outcome.articleId;
}
