import { z } from 'zod';
import { EntityKindSchema, SlugSchema } from '@/lib/schema';

// The page protocol: the only messages a content script may send. A content script runs inside a web page's
// process, within reach of a hostile page, so it can ask for matching of page text, report what it found, and
// have a card shown to the reader in the extension's own frame; it can read nothing from the store. The
// background checks every request here with Zod; the content script itself carries no schema (see
// lib/messages/page-link.ts) and checks the few reply fields it reads.

/** Most text segments (DOM text nodes, or pieces of a long one) one scan message carries. */
export const MAX_SEGMENTS_PER_MESSAGE = 4000;
/** Most characters one scan message carries (~1 MB of UTF-16). The content script's batches stay far below. */
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

/** The random token that pairs a content script with the card frame it made (in the frame's URL hash). */
export const CardTokenSchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, 'must be a card token');

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
  /**
   * Content script → background: run the page UI's script (card host, keyboard navigation) in the sender's own
   * frame and world, on first use. It injects only our own file, into the page that asked.
   */
  loadPageUi: {
    request: z.object({}),
    reply: z.object({ ok: z.literal(true) }),
  },
  /**
   * Content script → background: show one entity's card in the card frame this content script made (paired by
   * its token). The background reads the store and hands the card to the frame directly: the card's data never
   * passes through the page's process.
   */
  showCard: {
    request: z.object({
      token: CardTokenSchema,
      /** Increases with every card the content script asks for; the frame's answers carry it back. */
      showId: z.number().int().min(0),
      entityId: SlugSchema,
      scheme: z.enum(['light', 'dark']),
      /** Move keyboard focus into the card (it was opened from the keyboard). */
      focus: z.boolean(),
    }),
    reply: z.object({ delivered: z.boolean() }),
  },
  /**
   * Content script → background: the card this content script showed has just moved (the page scrolled, the
   * viewport changed). Relayed to the frame, which then does not act on a click for a moment: a page must not
   * slide the card under a click meant for something else.
   */
  cardMoved: {
    request: z.object({ token: CardTokenSchema, showId: z.number().int().min(0) }),
    reply: z.object({ delivered: z.boolean() }),
  },
} as const;

export type PageMessageName = keyof typeof pageProtocol;
export type PageRequestOf<N extends PageMessageName> = z.input<(typeof pageProtocol)[N]['request']>;
export type PageReplyOf<N extends PageMessageName> = z.infer<(typeof pageProtocol)[N]['reply']>;

/** Whether a message name belongs to the page protocol (what a content script may send). */
export function isPageMessage(name: string): name is PageMessageName {
  return Object.hasOwn(pageProtocol, name);
}
