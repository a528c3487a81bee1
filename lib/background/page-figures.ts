import { comparePageFigures, type PageFigure } from '@/lib/capture/page-figures';
import { matchText } from '@/lib/match/find';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { Article, PageFiguresReply, PageFigureView, SourceRef } from '@/lib/schema';
import { candidateFactKey } from '@/lib/store/candidate-decisions';
import type { DealLensDatabase } from '@/lib/store/db';
import type { MatcherCache } from './matcher-cache';
import { readTabArticle, type SaveDependencies } from './save-article';

export interface PageFiguresDependencies extends Pick<SaveDependencies, 'tabUrl' | 'extract'> {
  db: DealLensDatabase;
  matchers: MatcherCache;
  now?: () => number;
}

/**
 * The popup's "On this page" (issue 23): reads the article open in a tab exactly as a save would (the extractor in
 * the extension's isolated world: the page sees no message, no attribute, no element), and compares its figures
 * with the store's. Reads the store, writes nothing.
 */
export async function pageFiguresOfTab(deps: PageFiguresDependencies, tabId: number): Promise<PageFiguresReply> {
  const read = await readTabArticle(deps, tabId);
  if (!read.ok) return read;
  const { db } = deps;
  const [{ matcher }, entities, deals, storeFacts, saved] = await Promise.all([
    deps.matchers.get(),
    db.entities.toArray(),
    db.deals.toArray(),
    db.facts.toArray(),
    db.candidates.toArray(),
  ]);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const prepared = prepareArticle({
    extracted: read.extracted,
    hash: read.hash,
    matcher,
    entities: byId,
    deals,
    now: (deps.now ?? Date.now)(),
  });
  if ('failure' in prepared) return { ok: false, reason: 'unsupported-language', detail: prepared.lang };
  const shown = comparePageFigures({
    article: prepared.article,
    spans: matchText(matcher, prepared.article.text, new Set()),
    entities: byId,
    deals,
    facts: prepared.candidates.facts,
    names: prepared.candidates.entities,
    storeFacts,
    savedFigures: new Map(saved.map((c) => [c.articleId, c.facts])),
  });
  const sourceIds = [...new Set(shown.flatMap((s) => (s.stored ? [s.stored.articleId] : [])))];
  const sources = new Map(
    (await db.articles.bulkGet(sourceIds)).flatMap((a) => (a ? [[a.id, sourceRef(a)] as const] : [])),
  );
  const names = (figure: PageFigure) =>
    figure.subject.type === 'deal'
      ? (deals.find((d) => d.id === figure.subject.id)?.title ?? figure.subject.id)
      : (byId.get(figure.subject.id)?.name ?? figure.subject.id);
  const filed = new Set(storeFacts.map((f) => f.id));
  return { ok: true, figures: shown.map((figure) => pageFigureView(figure, names(figure), sources, filed)) };
}

function sourceRef(article: Article): SourceRef {
  const { id, title, publisher, publishedDate, url, language, origin } = article;
  return { id, title, publisher, publishedDate, url, language, origin };
}

/** One row of the section: what the popup needs, nothing of the page beyond the figure and its sentence. */
export function pageFigureView(
  figure: PageFigure,
  subjectName: string,
  sources: ReadonlyMap<string, SourceRef>,
  filed?: ReadonlySet<string>,
): PageFigureView {
  const { fact, stored } = figure;
  const source = stored ? sources.get(stored.articleId) : undefined;
  return {
    status: figure.status,
    text: fact.figure.text,
    label: fact.label,
    ...(fact.labelFr ? { labelFr: fact.labelFr } : {}),
    quote: fact.quote.slice(0, 2000),
    subject: { ...figure.subject, name: subjectName },
    ...(stored ? { stored: { fact: stored, ...(source ? { source } : {}) } } : {}),
    key: candidateFactKey(fact),
    ...(stored && filed ? { storedFiled: filed.has(stored.id) } : {}),
  };
}
