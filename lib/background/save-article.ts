import { browser } from '#imports';
import { EXTRACTOR_GLOBAL, type ExtractorResult } from '@/lib/save/extractor-api';
import { prepareArticle } from '@/lib/save/prepare-article';
import { KeyedQueue, saveKey } from '@/lib/save/save-queue';
import {
  type Article,
  type PageArticle,
  PageArticleSchema,
  type PreparedArticle,
  type SaveFailureReason,
  type SaveOutcome,
} from '@/lib/schema';
import type { DealLensDatabase } from '@/lib/store/db';
import {
  findSameArticle,
  type SameArticleKeys,
  type SavedArticle,
  writeSavedArticle,
} from '@/lib/store/saved-articles';
import { isQuotaError } from '@/lib/store/storage-errors';
import { contentHash } from '@/lib/text/content-hash';
import { isSameSite } from '@/lib/url/same-site';
import type { MatcherCache } from './matcher-cache';

/** Fewer characters than this is not an article (a menu, a caption, an error page). */
const MIN_ARTICLE_CHARS = 200;

/** Runs the extractor in a tab and returns what it found (untrusted). */
export async function runExtractor(tabId: number): Promise<ExtractorResult> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string) => (globalThis as unknown as Record<string, () => unknown>)[name]?.(),
    args: [EXTRACTOR_GLOBAL],
  });
  return (injection?.result ?? { ok: false, reason: 'extraction-failed', detail: 'no result' }) as ExtractorResult;
}

export interface SaveDependencies {
  db: DealLensDatabase;
  matchers: MatcherCache;
  /** The tab's current URL (to notice a page that navigated while it was being saved). */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  extract: (tabId: number) => Promise<ExtractorResult>;
  now?: () => number;
  /** Serialises saves of one article (by canonical URL, else URL); the worker's own queue unless given. */
  queue?: Pick<KeyedQueue, 'run'>;
}

/** Saves of one article wait for each other: two tabs, or the menu and the shortcut, at the same moment. */
const saves = new KeyedQueue();

/** The article open in a tab, read in the page and checked: or why it could not be. Nothing is stored. */
export type TabArticle =
  | { ok: true; before: string; extracted: PageArticle; hash: string }
  | { ok: false; reason: Exclude<SaveFailureReason, 'page-changed' | 'storage-full'>; detail?: string };

/**
 * Reads the article open in a tab: extract in the page (the extractor runs in the extension's isolated world),
 * validate what comes back, keep only addresses on the tab's own site. Shared by saving and by the popup's "On
 * this page" (issue 23), so both read the same text.
 */
export async function readTabArticle(
  deps: Pick<SaveDependencies, 'tabUrl' | 'extract'>,
  tabId: number,
): Promise<TabArticle> {
  const before = await deps.tabUrl(tabId);
  if (!before || !/^https?:/i.test(before)) return { ok: false, reason: 'not-a-web-page' };
  let result: ExtractorResult;
  try {
    result = await deps.extract(tabId);
  } catch (error) {
    return { ok: false, reason: 'extraction-failed', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!result.ok) return { ok: false, reason: result.reason, detail: result.detail };
  const parsed = PageArticleSchema.safeParse(result.article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    const reason =
      issue?.code === 'too_big' && field === 'text'
        ? 'too-large'
        : (field === 'title' || field === 'text') && issue?.code === 'too_small'
          ? 'no-article'
          : 'extraction-failed';
    return { ok: false, reason, detail: `${issue?.path.join('.')}: ${issue?.message}` };
  }
  // What the page's process sent is untrusted: its address is the tab's when it names another site, and a
  // canonical address on another site than the tab's is dropped (the extractor drops it too; a page that
  // controls its process could skip that).
  const extracted = trustedAddresses(parsed.data, before);
  // A menu or a photo caption is not an article: too little text to hold a story.
  if (extracted.text.trim().length < MIN_ARTICLE_CHARS) return { ok: false, reason: 'no-article' };
  return { ok: true, before, extracted, hash: await contentHash(extracted.text) };
}

/**
 * Saves the article open in a tab: extract in the page, validate, find the copy already stored (canonical URL,
 * URL or same text), record mentions and candidate facts and entities, write it all in one transaction.
 * Every failure is reported with its reason and leaves the store untouched. Saves of one article run one after
 * the other, and the same-article check is made again inside the write: one record, whatever the timing.
 */
export async function saveArticleFromTab(deps: SaveDependencies, tabId: number): Promise<SaveOutcome> {
  const read = await readTabArticle(deps, tabId);
  if (!read.ok) return read;
  const { before, extracted, hash } = read;
  return (deps.queue ?? saves).run(saveKey(extracted), () => saveExtracted(deps, tabId, before, extracted, hash));
}

/** The article with addresses the page cannot forge: its URL on the tab's own site, a canonical on that site. */
export function trustedAddresses(article: PageArticle, tabUrl: string): PageArticle {
  const url = isSameSite(article.url, tabUrl) ? article.url : tabUrl;
  const { canonicalUrl, ...rest } = article;
  return canonicalUrl && isSameSite(canonicalUrl, tabUrl) ? { ...rest, url, canonicalUrl } : { ...rest, url };
}

/** The part of a save that reads and writes the store, run in turn with other saves of the same article. */
async function saveExtracted(
  deps: SaveDependencies,
  tabId: number,
  before: string,
  extracted: PageArticle,
  hash: string,
): Promise<SaveOutcome> {
  const keys: SameArticleKeys = { canonicalUrl: extracted.canonicalUrl, url: extracted.url, contentHash: hash };
  const [{ matcher }, existing, entities, deals] = await Promise.all([
    deps.matchers.get(),
    findSameArticle(deps.db, keys),
    deps.db.entities.toArray(),
    deps.db.deals.toArray(),
  ]);
  const now = (deps.now ?? Date.now)();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const prepare = (found: Article | undefined, idSuffix?: string) =>
    prepareArticle({ extracted, hash, existing: found, idSuffix, matcher, entities: byId, deals, now });
  const prepared = prepare(existing);
  if ('failure' in prepared) return { ok: false, reason: 'unsupported-language', detail: prepared.lang };
  // A page that navigated (single-page apps) while it was read is no longer the article we extracted.
  if ((await deps.tabUrl(tabId)) !== before) return { ok: false, reason: 'page-changed' };
  // Another writer may have stored this article since `existing` was read: then the records are built again
  // against that copy, inside the transaction (the language, the one reason to fail, is the same either way).
  const against = (found: Article | undefined, idSuffix?: string): PreparedArticle => {
    if (found?.id === existing?.id && idSuffix === undefined) return prepared;
    const again = prepare(found, idSuffix);
    if ('failure' in again) throw new Error(`unsupported language ${again.lang}`);
    return again;
  };
  let saved: SavedArticle;
  try {
    saved = await writeSavedArticle(deps.db, keys, against);
  } catch (error) {
    // The transaction was aborted, so nothing of it was written; the reader can free space and save again.
    if (isQuotaError(error)) return { ok: false, reason: 'storage-full', detail: String(error) };
    throw error;
  }
  return {
    ok: true,
    articleId: saved.article.id,
    title: saved.article.title,
    updated: saved.updated,
    mentionedEntities: saved.mentions.length,
    candidateFacts: saved.candidates.facts.length,
    candidateEntities: saved.candidates.entities.length,
  };
}
