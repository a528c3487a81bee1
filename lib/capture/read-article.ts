import { guessDealKind } from '@/lib/extract/deal-proposal/deal-words';
import type { MatchSpan } from '@/lib/match/types';
import type { Article, CandidateEntity, CandidateFact, Deal, DealKind, Entity } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import { type ArticleNames, articleNames } from './article-names';
import { ArticleReading } from './article-reading';
import { EARLIER_DEAL } from './capture-words';
import { type DealFrame, readDealFrame } from './deal-frame';
import { type DealMatch, matchDeal } from './deal-match';
import { type FigureScope, scopeFigures } from './figure-scope';

/** What {@link readArticle} reads: an article (saved or open in a tab), the store, the article's candidates. */
export interface ReadArticleInput {
  article: Pick<Article, 'title' | 'text' | 'language' | 'publishedDate' | 'publisher' | 'author'>;
  /** The matcher's spans over `article.text`. */
  spans: readonly MatchSpan[];
  entities: ReadonlyMap<string, Entity>;
  deals: readonly Deal[];
  /** The figures the article states, as candidate facts (lib/extract/candidate-facts). */
  facts: readonly CandidateFact[];
  /** The new names it introduces (lib/extract/candidate-entities). */
  names: readonly CandidateEntity[];
}

/** One reading of an article: who does what where, what each figure is about, the store's deal it reports. */
export interface ArticleDealReading {
  reading: ArticleReading;
  names: ArticleNames;
  frame: DealFrame;
  /** What each of `facts` is about, in the same order. */
  scopes: FigureScope[];
  kind: DealKind;
  /** The deal's date as the article gives it: an announcement or signing date about it, else the article's. */
  date?: string;
  match?: DealMatch;
}

/** Sentences that speak of this deal, for its kind: deal sentences naming a party or the host, and the title. */
function dealSentences(reading: ArticleReading, names: ArticleNames, frame: DealFrame): string[] {
  const keys = new Set([frame.investor?.key, frame.host?.key, ...frame.partners.map((p) => p.key)]);
  const out = [reading.title];
  reading.sentences.forEach((s, i) => {
    if (!reading.isDealSentence(i)) return;
    const words = reading.text.slice(s.start, s.end);
    if (EARLIER_DEAL.test(fold(words))) return;
    const named = names.occurrences.some(
      (o) => o.start >= s.start && o.end <= s.end && (keys.has(o.thing.key) || o.thing.country === frame.host?.country),
    );
    if (named || i < 2) out.push(words);
  });
  return out;
}

/**
 * Reads an article for deal capture (issue 20) and for what a page adds to the store (issue 23): its sentences
 * and names (`ArticleReading`, `articleNames`), the deal frame (`readDealFrame`), what each figure is about
 * (`scopeFigures`), the deal's kind and date, and the store's deal it reports (`matchDeal`). Pure.
 */
export function readArticle(input: ReadArticleInput): ArticleDealReading {
  const { article, entities } = input;
  const reading = new ArticleReading({
    text: article.text,
    language: article.language,
    title: article.title,
    publisher: article.publisher,
    author: article.author,
    entities,
  });
  const names = articleNames({
    text: article.text,
    title: article.title,
    spans: input.spans,
    entities,
    candidates: input.names.filter((c) => c.name.trim().length > 1),
  });
  const frame = readDealFrame(reading, names);
  const year = article.publishedDate ? Number(article.publishedDate.slice(0, 4)) : undefined;
  const figures = input.facts.map((f) => ({ start: f.figure.start, end: f.figure.end, measure: f.measure }));
  let scopes = scopeFigures(reading, names, frame, figures, year);
  const dated = input.facts.find(
    (f, i) =>
      scopes[i]?.scope === 'deal' &&
      (f.measure === 'announcement-date' || f.measure === 'signing-date') &&
      f.date !== undefined &&
      f.date.length >= 7,
  );
  const date = dated?.date ?? article.publishedDate;
  const kind = guessDealKind(dealSentences(reading, names, frame));
  const lead = [article.title, ...reading.sentences.slice(0, 2).map((s) => article.text.slice(s.start, s.end))];
  const match = matchDeal({
    frame,
    kind,
    date,
    lead: lead.join(' '),
    text: article.text,
    deals: input.deals,
    entities: [...entities.values()],
  });
  // The store's deal knows its parties: one the article names without saying it signs ("Corfo") is still on the
  // deal's side, so its figures are the deal's.
  const known = match
    ? [...names.things.values()].filter(
        (t) => t.entity && match.deal.parties.includes(t.entity.id) && t.key !== frame.investor?.key,
      )
    : [];
  const added = known.filter((t) => !frame.partners.some((p) => p.key === t.key) && t.kind !== 'government');
  if (added.length > 0) {
    frame.partners = [...frame.partners, ...added];
    scopes = scopeFigures(reading, names, frame, figures, year);
  }
  return { reading, names, frame, scopes, kind, date, match };
}
