import { z } from 'zod';
import { EntityCardSchema, EntityKindSchema, SlugSchema } from '@/lib/schema';

// The messages a content script sends. Kept apart from the rest of the protocol so the content script, which
// every page loads, bundles only the schemas it uses.

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

/** Content script ↔ background messages (see protocol.ts for the whole protocol). */
export const pageProtocol = {
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
      /** The kind of each entity matched, so the page can honour the reader's "kinds to highlight". */
      kinds: z.record(SlugSchema, EntityKindSchema),
      catalogVersion: z.string(),
    }),
  },
  /** Content script → background: what the last complete scan of this tab found. */
  reportTabState: {
    request: TabStateSchema.omit({ updatedAt: true }),
    reply: z.object({ ok: z.literal(true) }),
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
} as const;

export type PageMessageName = keyof typeof pageProtocol;
export type PageRequestOf<N extends PageMessageName> = z.input<(typeof pageProtocol)[N]['request']>;
export type PageReplyOf<N extends PageMessageName> = z.infer<(typeof pageProtocol)[N]['reply']>;
