import { z } from 'zod';
import {
  ArticleCandidatesSchema,
  ArticleSchema,
  CandidateFactSchema,
  DealProposalChoiceSchema,
  DealProposalResultSchema,
  DealProposalSchema,
  DealViewSchema,
  EntityKindSchema,
  FactSchema,
  FactSubjectSchema,
  FactViewSchema,
  MeasureSchema,
  PageFigureFiledReplySchema,
  PageFiguresReplySchema,
  RelatedDealSchema,
  SaveOutcomeSchema,
  SearchResultsSchema,
  SlugSchema,
  SyncStatusSchema,
} from '@/lib/schema';
import { pageProtocol, TabStateSchema } from './page-protocol';

/**
 * Every message to the background, with the schema of its request and of its reply. The background validates
 * each request before acting, and accepts a message outside the page protocol only from the extension's own
 * pages (see server.ts); an extension page validates each reply before using it.
 */
export {
  MAX_CHARS_PER_MESSAGE,
  MAX_SEGMENTS_PER_MESSAGE,
  SegmentMatchSchema,
  type TabState,
  TabStateSchema,
} from './page-protocol';

export const protocol = {
  ...pageProtocol,
  /** Popup → background: what the content script of a tab last reported. */
  getTabState: {
    request: z.object({ tabId: z.number().int() }),
    reply: TabStateSchema.nullable(),
  },
  /** Popup → background: deals related to a page's entities, ranked. */
  getRelatedDeals: {
    request: z.object({ entityIds: z.array(SlugSchema).max(10_000) }),
    reply: z.array(RelatedDealSchema),
  },
  /** Popup → background: the most recent deals (for a page with no known entity). */
  listDeals: {
    request: z.object({ limit: z.number().int().positive().max(1000).optional() }),
    reply: z.array(DealViewSchema),
  },
  /** Popup → background: entities, deals, facts and saved articles matching a query. */
  search: {
    request: z.object({ query: z.string().max(200) }),
    reply: SearchResultsSchema,
  },
  /** Popup → background: save the article open in a tab (also from the context menu and the shortcut). */
  saveArticle: {
    request: z.object({ tabId: z.number().int() }),
    reply: SaveOutcomeSchema,
  },
  /**
   * Popup → background: the figures the page of a tab states about the store's deals and entities, each known,
   * new or differing (issue 23). Read like a save, stored nowhere.
   */
  getPageFigures: {
    request: z.object({ tabId: z.number().int() }),
    reply: PageFiguresReplySchema,
  },
  /**
   * Popup → background: file one of those figures with one click (issue 23): save the tab's article if it is not
   * saved (the save's own road), then file the figure `key` under `subject` with the page as its source; with
   * `supersedes`, as the newer value of that stored fact (kept as history).
   */
  filePageFigure: {
    request: z.object({
      tabId: z.number().int(),
      key: z.string().min(1).max(3000),
      subject: FactSubjectSchema,
      supersedes: SlugSchema.optional(),
    }),
    reply: PageFigureFiledReplySchema,
  },
  /** Popup → background: scroll the tab's page to one of those figures and select it (its words, its sentence). */
  revealPageFigure: {
    request: z.object({ tabId: z.number().int(), text: z.string().min(1).max(500), quote: z.string().max(2000) }),
    reply: z.object({ found: z.boolean() }),
  },
  /** Popup → background: whether the page of a tab is already in the store. */
  getSavedStatus: {
    request: z.object({ url: z.string().max(4000) }),
    reply: z.object({ articleId: SlugSchema, title: z.string(), savedAt: z.number() }).nullable(),
  },
  /** Saved-article page → background: the article, where it mentions entities, its facts and candidates. */
  getArticleView: {
    request: z.object({ articleId: SlugSchema }),
    reply: z
      .object({
        article: ArticleSchema,
        spans: z.array(z.tuple([z.number().int(), z.number().int(), SlugSchema])),
        entityNames: z.record(SlugSchema, z.string()),
        facts: z.array(FactViewSchema),
        candidates: ArticleCandidatesSchema.nullable(),
        deals: z.array(z.object({ id: SlugSchema, title: z.string() })),
        /** The deal the article reports, to create or to attach its figures to; null when there is none to file. */
        proposal: DealProposalSchema.nullable().optional(),
        /**
         * The store's facts about the deals and the entities the article names, from other articles: what the
         * review page marks each proposed figure against (confirms, differs), as the reader changes its subject.
         */
        storeFacts: z.array(FactSchema).optional(),
        /** Proposed names that joined the store since the save (a deal created them): name → entity id. */
        knownNames: z.record(z.string(), SlugSchema).optional(),
      })
      .nullable(),
  },
  /**
   * Saved-article page → background: create the deal the article proposes (as the reader edited it), or attach
   * its figures to the store's deal. One transaction; the new names are highlighted from the next scan.
   */
  createDealFromProposal: {
    request: DealProposalChoiceSchema,
    reply: DealProposalResultSchema,
  },
  /** Saved-article page → background: the reader accepts a proposed fact, with its subject. */
  acceptCandidateFact: {
    request: z.object({
      articleId: SlugSchema,
      factId: SlugSchema,
      subject: FactSubjectSchema,
      measure: MeasureSchema.optional(),
    }),
    reply: z.object({ ok: z.literal(true) }),
  },
  /** Saved-article page → background: the reader files several proposed figures at once ("Accept all"). */
  acceptCandidateFacts: {
    request: z.object({
      articleId: SlugSchema,
      items: z
        .array(z.object({ factId: SlugSchema, subject: FactSubjectSchema, measure: MeasureSchema.optional() }))
        .min(1)
        .max(500),
    }),
    reply: z.object({ factIds: z.array(SlugSchema), confirmedFactIds: z.array(SlugSchema) }),
  },
  /** Saved-article page → background: the reader discards several proposals of one kind at once ("Discard all"). */
  discardCandidates: {
    request: z.object({
      articleId: SlugSchema,
      kind: z.enum(['fact', 'entity']),
      keys: z.array(z.string().min(1).max(300)).min(1).max(500),
    }),
    reply: z.object({ ok: z.literal(true) }),
  },
  /**
   * Saved-article page → background: the reader adds names as edited in place (name, kind, aliases): proposals
   * (`key` is the proposed name) or a selection of the text (`key` is the selected words).
   */
  addCandidateEntities: {
    request: z.object({
      articleId: SlugSchema,
      items: z
        .array(
          z.object({
            key: z.string().trim().min(1).max(300),
            name: z.string().trim().min(2).max(200),
            kind: EntityKindSchema,
            aliases: z.array(z.string().trim().min(2).max(200)).max(20).optional(),
          }),
        )
        .min(1)
        .max(500),
    }),
    reply: z.object({ ids: z.array(SlugSchema) }),
  },
  /**
   * Saved-article page → background: the reader selected a figure extraction missed ([start, end) in the
   * article's text); it joins the proposed figures, parsed, with its sentence as quote. Null: no figure there.
   */
  addSelectedFigure: {
    request: z.object({
      articleId: SlugSchema,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
    }),
    reply: z.object({ fact: CandidateFactSchema.nullable() }),
  },
  /** Saved-article page → background: the reader discards a proposed fact or entity. */
  discardCandidate: {
    request: z.object({ articleId: SlugSchema, kind: z.enum(['fact', 'entity']), key: z.string().min(1).max(300) }),
    reply: z.object({ ok: z.literal(true) }),
  },
  /** Saved-article page → background: the reader adds a proposed name as an entity of a kind. */
  addCandidateEntity: {
    request: z.object({ articleId: SlugSchema, name: z.string().trim().min(2).max(200), kind: EntityKindSchema }),
    reply: z.object({ id: SlugSchema }),
  },
  /** Any → background: entity names for display (popup lists of found entities). */
  getEntityNames: {
    request: z.object({ entityIds: z.array(SlugSchema).max(10_000) }),
    reply: z.record(SlugSchema, z.object({ name: z.string(), kind: z.string() })),
  },
  /** Options page → background: run a team sync cycle now (issue 24); the reply is the status it ended with. */
  syncNow: {
    request: z.object({}),
    reply: SyncStatusSchema,
  },
  /** Library page → background: the page wrote to the store, a team sync cycle should follow soon. */
  syncSoon: {
    request: z.object({}),
    reply: z.object({ ok: z.literal(true) }),
  },
} as const;

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.input<(typeof protocol)[N]['request']>;
export type ReplyOf<N extends MessageName> = z.infer<(typeof protocol)[N]['reply']>;
