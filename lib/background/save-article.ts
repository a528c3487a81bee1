import { browser } from '#imports';
import { EXTRACTOR_GLOBAL, type ExtractorResult } from '@/lib/save/extractor-api';
import { PageArticleSchema } from '@/lib/save/page-article-schema';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { SaveOutcome } from '@/lib/schema';
import type { DealLensDatabase } from '@/lib/store/db';
import { findSameArticle, writePreparedArticle } from '@/lib/store/saved-articles';
import { contentHash } from '@/lib/text/content-hash';
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
}

/**
 * Saves the article open in a tab: extract in the page, validate, find the copy already stored (canonical URL,
 * URL or same text), record mentions and candidate facts and entities, write it all in one transaction.
 * Every failure is reported with its reason and leaves the store untouched.
 */
export async function saveArticleFromTab(deps: SaveDependencies, tabId: number): Promise<SaveOutcome> {
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
  const extracted = parsed.data;
  // A menu or a photo caption is not an article: too little text to hold a story.
  if (extracted.text.trim().length < MIN_ARTICLE_CHARS) return { ok: false, reason: 'no-article' };
  const hash = await contentHash(extracted.text);
  const [{ matcher }, existing, entities, deals] = await Promise.all([
    deps.matchers.get(),
    findSameArticle(deps.db, { canonicalUrl: extracted.canonicalUrl, url: extracted.url, contentHash: hash }),
    deps.db.entities.toArray(),
    deps.db.deals.toArray(),
  ]);
  const prepared = prepareArticle({
    extracted,
    hash,
    existing,
    matcher,
    entities: new Map(entities.map((e) => [e.id, e])),
    deals,
    now: (deps.now ?? Date.now)(),
  });
  if ('failure' in prepared) return { ok: false, reason: 'unsupported-language', detail: prepared.lang };
  // A page that navigated (single-page apps) while it was read is no longer the article we extracted.
  if ((await deps.tabUrl(tabId)) !== before) return { ok: false, reason: 'page-changed' };
  const candidates = await writePreparedArticle(deps.db, prepared);
  return {
    ok: true,
    articleId: prepared.article.id,
    title: prepared.article.title,
    updated: existing !== undefined,
    mentionedEntities: prepared.mentions.length,
    candidateFacts: candidates.facts.length,
    candidateEntities: candidates.entities.length,
  };
}
