import { z } from 'zod';
import { DealViewSchema, EntityCardSchema, RelatedDealSchema, SearchResultsSchema, SlugSchema } from '@/lib/schema';

/** Most text segments (DOM text nodes) one scan message carries; the content script slices pages to fit. */
export const MAX_SEGMENTS_PER_MESSAGE = 4000;
/** Most characters one scan message carries (~1 MB of UTF-16). */
export const MAX_CHARS_PER_MESSAGE = 500_000;

/** One highlight: segment index, start and end offsets in that segment's text, and the entity. */
export const SegmentMatchSchema = z.tuple([
  z.number().int().min(0),
  z.number().int().min(0),
  z.number().int(),
  SlugSchema,
]);

export const TabStateSchema = z.object({
  url: z.string(),
  status: z.enum(['scanning', 'ready', 'off']),
  /** entity id → number of highlights on the page. */
  entityCounts: z.record(SlugSchema, z.number().int().positive()),
  updatedAt: z.number().int(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/**
 * Every message between the extension's contexts, with the schema of its request and of its reply.
 * The background validates each request before acting; the caller validates each reply before using it.
 */
export const protocol = {
  /** Content script → background: find known entities in a batch of page text. */
  matchSegments: {
    request: z.object({
      segments: z
        .array(z.string())
        .max(MAX_SEGMENTS_PER_MESSAGE)
        .refine((s) => s.reduce((n, t) => n + t.length, 0) <= MAX_CHARS_PER_MESSAGE, 'too much text in one batch'),
      /** Entities already named in full earlier on the page: their surnames and short names now count. */
      support: z.array(SlugSchema).max(100_000),
    }),
    reply: z.object({
      matches: z.array(SegmentMatchSchema),
      support: z.array(SlugSchema),
      catalogVersion: z.string(),
    }),
  },
  /** Content script → background: what the last complete scan of this tab found. */
  reportTabState: {
    request: TabStateSchema.omit({ updatedAt: true }),
    reply: z.object({ ok: z.literal(true) }),
  },
  /** Popup → background: what the content script of a tab last reported. */
  getTabState: {
    request: z.object({ tabId: z.number().int() }),
    reply: TabStateSchema.nullable(),
  },
  /** Content script → background: inject the card's code into the sender's frame (first hover only). */
  loadCardUi: {
    request: z.object({}),
    reply: z.object({ ok: z.literal(true) }),
  },
  /** Hover card → background: everything the store knows about one entity. */
  getEntityCard: {
    request: z.object({ entityId: SlugSchema }),
    reply: EntityCardSchema.nullable(),
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
  /** Any → background: entity names for display (popup lists of found entities). */
  getEntityNames: {
    request: z.object({ entityIds: z.array(SlugSchema).max(10_000) }),
    reply: z.record(SlugSchema, z.object({ name: z.string(), kind: z.string() })),
  },
} as const;

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.input<(typeof protocol)[N]['request']>;
export type ReplyOf<N extends MessageName> = z.infer<(typeof protocol)[N]['reply']>;

/** The shape @webext-core/messaging wants: one function type per message. */
export type ProtocolMap = { [N in MessageName]: (request: RequestOf<N>) => ReplyOf<N> };
