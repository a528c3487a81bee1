import type { FactSubject, PageFigureFiledReply } from '@/lib/schema';
import { filePageFigure, PageFigureFileError } from '@/lib/store/page-figure-writes';
import { isQuotaError } from '@/lib/store/storage-errors';
import { type SaveDependencies, saveArticleFromTab } from './save-article';

/** One click from a row of "On this page" (issue 23): which figure, under which subject, replacing what. */
export interface PageFigureFiling {
  tabId: number;
  key: string;
  subject: FactSubject;
  supersedes?: string;
}

/**
 * Files a figure of the page open in a tab: first the article is saved — the save's own road, so an article not
 * saved yet becomes the figure's source, and one saved already is updated in place with the reader's decisions
 * kept — then the figure is filed from the saved article's proposals (lib/store/page-figure-writes). The save
 * re-reads the page, so what is filed is what the page says now; a figure it no longer states is refused.
 */
export async function filePageFigureOfTab(
  deps: SaveDependencies,
  { tabId, key, subject, supersedes }: PageFigureFiling,
): Promise<PageFigureFiledReply> {
  const saved = await saveArticleFromTab(deps, tabId);
  if (!saved.ok) return saved;
  try {
    const filed = await filePageFigure(deps.db, saved.articleId, key, subject, supersedes);
    return { ok: true, articleId: saved.articleId, ...filed };
  } catch (error) {
    if (error instanceof PageFigureFileError) return { ok: false, reason: error.reason };
    if (isQuotaError(error)) return { ok: false, reason: 'storage-full', detail: String(error) };
    throw error;
  }
}
