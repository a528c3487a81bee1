// Deal capture measured the way a new reader meets it (issue 20): on a store seeded like a fresh install, save an
// outlet's article, take the saved-article page's one-click default (the first button of the first proposal),
// then do the same with the second outlet — and compare what the store now holds with the story's annotations.
import { comparePageFigures, type PageFigure } from '@/lib/capture/page-figures';
import { proposeDeal } from '@/lib/capture/propose-deal';
import { measureOf } from '@/lib/facts/fact-measure';
import { sameFigure } from '@/lib/facts/same-figure';
import { findConflicts } from '@/lib/library/conflicts';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { DealProposal, DealProposalChoice, Entity, Fact, PreparedArticle } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { createDealFromProposal } from '@/lib/store/deal-proposals';
import { writeSavedArticle } from '@/lib/store/saved-articles';
import { applySeedRecords } from '@/lib/store/seed-store';
import { contentHash } from '@/lib/text/content-hash';
import { fold } from '@/lib/text/fold';
import { freshDatabase, readSeedBundle } from '../unit/store/helpers';
import { type DealStory, findReferencedFigure, type LoadedOutlet, type StoryName } from './deal-corpus';

/** A store seeded as on a fresh install. */
export async function seededStore(): Promise<DealLensDatabase> {
  const db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
  return db;
}

/** Saves an outlet's article the way the background does (its text as the extractor would hand it over). */
export async function saveOutlet(db: DealLensDatabase, outlet: OutletPage): Promise<PreparedArticle> {
  const entities = await db.entities.toArray();
  const prepared = prepareArticle({
    extracted: {
      url: outlet.url,
      title: outlet.title,
      siteName: outlet.siteName,
      byline: outlet.author,
      publishedTime: outlet.publishedTime,
      lang: outlet.lang,
      text: outlet.text,
      length: outlet.text.length,
    },
    hash: await contentHash(outlet.text),
    matcher: compileMatcher(entities),
    entities: new Map(entities.map((e) => [e.id, e])),
    deals: await db.deals.toArray(),
    now: Date.parse(outlet.publishedTime),
  });
  if ('failure' in prepared) throw new Error(`${outlet.url}: ${prepared.failure}`);
  const { article } = prepared;
  await writeSavedArticle(
    db,
    { canonicalUrl: article.canonicalUrl, url: article.url, contentHash: article.contentHash },
    () => prepared,
  );
  return prepared;
}

/** The proposal the saved-article page shows for an article. */
export async function proposalFor(db: DealLensDatabase, prepared: PreparedArticle): Promise<DealProposal | null> {
  const entities = await db.entities.toArray();
  const matcher = compileMatcher(entities);
  return proposeDeal({
    article: prepared.article,
    spans: matchText(matcher, prepared.article.text),
    entities: new Map(entities.map((e) => [e.id, e])),
    deals: await db.deals.toArray(),
    candidates: (await db.candidates.get(prepared.article.id)) ?? null,
  });
}

/** What the first button of the first proposal sends, as the page builds it (components/article/*). */
export function oneClick(articleId: string, proposal: DealProposal): DealProposalChoice {
  if (proposal.recommended === 'attach' && proposal.match) {
    return {
      mode: 'attach',
      articleId,
      dealId: proposal.match.id,
      factIds: proposal.factIds,
      ...(proposal.headline ? { headline: proposal.headline } : {}),
    };
  }
  return {
    mode: 'create',
    articleId,
    title: proposal.title,
    kind: proposal.kind,
    parties: proposal.parties,
    announcedDate: proposal.announcedDate,
    status: proposal.status,
    statusFr: proposal.statusFr,
    summary: proposal.summary,
    headline: proposal.headline,
    announcedBy: proposal.announcedBy,
    factIds: proposal.factIds,
  };
}

/** Whether a store entity is the story's name: same store id, or its name or an alias is one of the name's forms. */
function isName(entity: Entity, name: StoryName): boolean {
  if (name.storeId) return entity.id === name.storeId;
  const forms = new Set([name.name, ...(name.forms ?? [])].map((f) => fold(f.replace(/\s+/gu, ' '))));
  return [entity.name, ...entity.aliases.map((a) => a.text)].some((t) => forms.has(fold(t)));
}

/** One outlet's one click, measured. */
export interface OutletResult {
  story: string;
  outlet: 'a' | 'b';
  /** What the click did: created a deal, attached to one, or nothing was proposed. */
  action: 'create' | 'attach' | 'none';
  dealId?: string;
  /** The deal is the story's: for outlet a, a new deal (or the seed deal it restates); for b, a's deal. */
  rightDeal: boolean;
  /** Expected parties the deal lacks, and parties it has that the story does not name as parties. */
  missingParties: string[];
  extraParties: string[];
  /** Other deals of the store changed by the click. */
  touchedOthers: string[];
  /** The deal's headline is the story's (null when the story gives none). */
  headlineRight: boolean | null;
  headline?: string;
  /** Figures filed under the deal that the story says are about something else, or that it does not list. */
  strayFigures: string[];
  unlistedFigures: string[];
  /** Figures about the deal the click filed or confirmed, of those the outlet gives. */
  dealFigures: { filed: number; total: number };
  /** Conflicts in the store after the click that the story does not have. */
  falseConflicts: string[];
}

/** Saves both outlets of a story in turn, one click each, and measures each click. */
export async function runStory(story: DealStory): Promise<OutletResult[]> {
  const db = await seededStore();
  const results: OutletResult[] = [];
  let storyDeal: string | undefined = story.deal.existingSeedDeal ?? undefined;
  for (const outlet of story.outlets) {
    const prepared = await saveOutlet(db, outlet);
    const articleId = prepared.article.id;
    const proposal = await proposalFor(db, prepared);
    const before = new Map((await db.deals.toArray()).map((d) => [d.id, JSON.stringify(d)]));
    const result: OutletResult = {
      story: story.id,
      outlet: outlet.id,
      action: 'none',
      rightDeal: false,
      missingParties: [],
      extraParties: [],
      touchedOthers: [],
      headlineRight: story.deal.headline ? false : null,
      strayFigures: [],
      unlistedFigures: [],
      dealFigures: { filed: 0, total: outlet.figures.filter((f) => f.subject === 'deal').length },
      falseConflicts: [],
    };
    results.push(result);
    if (!proposal) continue;
    const choice = oneClick(articleId, proposal);
    const written = await createDealFromProposal(db, choice);
    result.action = choice.mode;
    result.dealId = written.dealId;
    result.rightDeal =
      storyDeal === undefined ? choice.mode === 'create' : choice.mode === 'attach' && written.dealId === storyDeal;
    storyDeal ??= choice.mode === 'create' ? written.dealId : undefined;

    const deal = await db.deals.get(written.dealId);
    const entities = await db.entities.toArray();
    const parties = entities.filter((e) => deal?.parties.includes(e.id));
    const names = story.outlets.flatMap((o) => o.names);
    const expected = story.deal.partiesNames.map(
      (n) => names.find((x) => x.name === n) ?? ({ name: n, forms: [n] } as StoryName),
    );
    result.missingParties = expected.filter((n) => !parties.some((p) => isName(p, n))).map((n) => n.name);
    result.extraParties = parties.filter((p) => !expected.some((n) => isName(p, n))).map((p) => p.name);
    const after = new Map((await db.deals.toArray()).map((d) => [d.id, JSON.stringify(d)]));
    result.touchedOthers = [...before]
      .filter(([id, json]) => id !== written.dealId && after.get(id) !== json)
      .map(([id]) => id);

    if (story.deal.headline && deal?.headline) {
      const options = [story.deal.headline, ...(story.deal.headline.alsoAs ?? [])];
      result.headlineRight = options.some((h) => sameFigure(h, deal.headline ?? {}) === true);
    }
    result.headline = deal?.headline ? `${deal.headline.value} ${deal.headline.unit}` : undefined;

    // Each candidate the click filed, placed on the story's figures by where it stands in the text.
    const candidates = prepared.candidates.facts;
    for (const id of choice.factIds) {
      const candidate = candidates.find((c) => c.id === id);
      if (!candidate) continue;
      const annotated = outlet.figures.find((f) => f.start < candidate.figure.end && candidate.figure.start < f.end);
      const label = `${candidate.figure.text} (${candidate.measure})`;
      if (!annotated) result.unlistedFigures.push(label);
      else if (annotated.subject === 'other') result.strayFigures.push(`${label}: ${annotated.subjectNote ?? ''}`);
      else result.dealFigures.filed += 1;
    }

    const facts = await db.facts.toArray();
    const conflicts = findConflicts({ facts, articles: await db.articles.toArray() });
    result.falseConflicts = conflicts
      .filter(
        (c) =>
          !(story.conflict && c.subject.id === storyDeal && measureOf(c.entries[0]!.fact) === story.conflict.measure),
      )
      .map((c) => `${c.subject.id}: ${c.label} ${c.entries.map((e) => e.fact.value ?? e.fact.date).join(' ≠ ')}`);
  }
  return results;
}

/** The corpus-wide figures of {@link runStory}'s results, and the failing cases behind each. */
export interface CaptureScore {
  /** First outlets that made (or found) the story's deal with all its parties, touching no other deal. */
  dealRight: number;
  /** Second outlets filed under the first outlet's deal. */
  secondAttached: number;
  /** Created deals whose headline is the story's, of those the story gives one. */
  headlineRight: number;
  /** Figures filed under a deal that the story says are about something else. */
  strayFigures: number;
  /** Figures about the deal filed (or confirmed), of all the outlets give. */
  dealFiguresFiled: number;
  details: Record<'dealRight' | 'secondAttached' | 'headlineRight' | 'strayFigures' | 'falseConflicts', string[]>;
}

export function scoreCapture(results: readonly OutletResult[]): CaptureScore {
  const firsts = results.filter((r) => r.outlet === 'a');
  const seconds = results.filter((r) => r.outlet === 'b');
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const dealWrong = firsts.filter(
    (r) => !(r.rightDeal && r.missingParties.length === 0 && r.touchedOthers.length === 0),
  );
  const secondWrong = seconds.filter((r) => !(r.rightDeal && r.touchedOthers.length === 0));
  const headlined = results.filter((r) => r.action === 'create' && r.headlineRight !== null);
  const filed = results.reduce((n, r) => n + r.dealFigures.filed, 0);
  const total = results.reduce((n, r) => n + r.dealFigures.total, 0);
  return {
    dealRight: ratio(firsts.length - dealWrong.length, firsts.length),
    secondAttached: ratio(seconds.length - secondWrong.length, seconds.length),
    headlineRight: ratio(headlined.filter((r) => r.headlineRight).length, headlined.length),
    strayFigures: results.reduce((n, r) => n + r.strayFigures.length, 0),
    dealFiguresFiled: ratio(filed, total),
    details: {
      dealRight: dealWrong.map(
        (r) =>
          `${r.story}: ${r.action} ${r.dealId ?? ''} missing ${r.missingParties} extra ${r.extraParties} touched ${r.touchedOthers}`,
      ),
      secondAttached: secondWrong.map((r) => `${r.story}: ${r.action} ${r.dealId ?? ''}`),
      headlineRight: headlined.filter((r) => !r.headlineRight).map((r) => `${r.story}/${r.outlet}: ${r.headline}`),
      strayFigures: results.flatMap((r) => r.strayFigures.map((f) => `${r.story}/${r.outlet}: ${f}`)),
      falseConflicts: results.flatMap((r) => r.falseConflicts.map((c) => `${r.story}/${r.outlet}: ${c}`)),
    },
  };
}

/** One figure of a second outlet as the popup's "On this page" marks it, against what the story says it is. */
export interface PageFigureResult {
  story: string;
  text: string;
  /** What the story says: restates the first outlet (known), gives another value (differs), or only here (new). */
  expected: 'known' | 'new' | 'differs';
  /** Whether the first outlet's restated figure is in the store (the one click filed or confirmed it). */
  storedBefore: boolean;
  /** What the popup shows, or "absent". */
  shown: 'known' | 'new' | 'differs' | 'absent';
}

/** An outlet's article as the eval hands it to the extension: what its extractor would give. */
export type OutletPage = Pick<
  LoadedOutlet,
  'url' | 'title' | 'siteName' | 'author' | 'publishedTime' | 'lang' | 'text'
>;

/**
 * The popup's "On this page" for a second outlet after a first was saved with the one-click default, on a store
 * seeded like a fresh install (issue 23's measure, also on tests/fixtures/page-figure-stories).
 */
export async function pageFiguresAfterSaving(
  first: OutletPage,
  second: OutletPage,
): Promise<{ shown: PageFigure[]; storeFacts: Fact[]; firstArticleId: string }> {
  const db = await seededStore();
  const prepared = await saveOutlet(db, first);
  const proposal = await proposalFor(db, prepared);
  if (proposal) await createDealFromProposal(db, oneClick(prepared.article.id, proposal));
  const entities = await db.entities.toArray();
  const matcher = compileMatcher(entities);
  const page = prepareArticle({
    extracted: {
      url: second.url,
      title: second.title,
      siteName: second.siteName,
      byline: second.author,
      publishedTime: second.publishedTime,
      lang: second.lang,
      text: second.text,
      length: second.text.length,
    },
    hash: await contentHash(second.text),
    matcher,
    entities: new Map(entities.map((e) => [e.id, e])),
    deals: await db.deals.toArray(),
    now: 1,
  });
  if ('failure' in page) throw new Error(page.failure);
  const storeFacts = await db.facts.toArray();
  const shown = comparePageFigures({
    article: page.article,
    spans: matchText(matcher, page.article.text),
    entities: new Map(entities.map((e) => [e.id, e])),
    deals: await db.deals.toArray(),
    facts: page.candidates.facts,
    names: page.candidates.entities,
    storeFacts,
    savedFigures: new Map((await db.candidates.toArray()).map((c) => [c.articleId, c.facts])),
  });
  return { shown, storeFacts, firstArticleId: prepared.article.id };
}

/**
 * Issue 23's measure: the first outlet is saved with the one-click default, then the second outlet's page is
 * read against the store, as the popup does. Every annotated figure of the second outlet about the deal is
 * checked; figures about something else that the popup shows count as extras.
 */
export async function runPageFigures(story: DealStory): Promise<{ figures: PageFigureResult[]; extras: string[] }> {
  const [first, second] = story.outlets;
  const { shown, storeFacts, firstArticleId } = await pageFiguresAfterSaving(first, second);
  if (process.env.PAGE_FIGURES_DEBUG) {
    for (const s of shown)
      console.log(`  ${s.status} ${s.subject.type}:${s.subject.id} ${s.fact.figure.text} ${s.fact.measure}`);
  }
  const at = (f: { start: number; end: number }) =>
    shown.find((s) => s.fact.figure.start < f.end && f.start < s.fact.figure.end);
  const firstFacts = storeFacts.filter(
    (f) => f.articleId === firstArticleId || f.confirmations?.some((c) => c.articleId === firstArticleId),
  );
  const figures = second.figures
    .filter((f) => f.subject === 'deal' && !f.vague)
    .map((f): PageFigureResult => {
      const restated = f.restates ? findReferencedFigure(story, f.restates) : undefined;
      const storedBefore = restated !== undefined && firstFacts.some((s) => sameFigure(s, restated) === true);
      return {
        story: story.id,
        text: f.text,
        expected: f.conflictsWith ? 'differs' : f.restates ? 'known' : 'new',
        storedBefore,
        shown: at(f)?.status ?? 'absent',
      };
    });
  const extras = shown
    .filter((s) =>
      second.figures.some((f) => f.subject === 'other' && f.start < s.fact.figure.end && s.fact.figure.start < f.end),
    )
    .map((s) => `${story.id}: ${s.fact.figure.text} shown ${s.status}`);
  return { figures, extras };
}
