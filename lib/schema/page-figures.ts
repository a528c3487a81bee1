import { z } from 'zod';
import { SaveFailureReasonSchema } from './save-outcome';
import { FactViewSchema } from './views';

/** How a figure of the page stands against the store (issue 23). */
export const PageFigureStatusSchema = z.enum(['known', 'new', 'differs']);

/** One row of the popup's "On this page": a figure of the page, what it is about, and the store's figure. */
export const PageFigureViewSchema = z.object({
  status: PageFigureStatusSchema,
  /** The figure as the page writes it ("€800m", "deux zones de disponibilité"). */
  text: z.string().min(1).max(500),
  /** What it measures, in English and French. */
  label: z.string().min(1).max(300),
  labelFr: z.string().min(1).max(300).optional(),
  /** The page's sentence around it. */
  quote: z.string().max(2000),
  /** The deal or entity of the store it is about. */
  subject: z.object({ type: z.enum(['deal', 'entity']), id: z.string(), name: z.string() }),
  /** For `known` and `differs`: the store's figure, with its quote and source. */
  stored: FactViewSchema.optional(),
  /** What names the figure among the article's proposed ones, to file it with one click (candidateFactKey). */
  key: z.string().min(1).max(3000).optional(),
  /**
   * Whether `stored` is a fact the reader filed (false: the deal's headline, or a figure a saved source states
   * unfiled): only a filed fact can be replaced by "Mark as newer".
   */
  storedFiled: z.boolean().optional(),
});
export type PageFigureView = z.infer<typeof PageFigureViewSchema>;

/** Why a page's figures could not be read: a save's reasons (nothing is stored either way). */
export const PageFiguresFailureSchema = SaveFailureReasonSchema.exclude(['page-changed', 'storage-full']);

export const PageFiguresReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), figures: z.array(PageFigureViewSchema).max(2000) }),
  z.object({ ok: z.literal(false), reason: PageFiguresFailureSchema, detail: z.string().optional() }),
]);
export type PageFiguresReply = z.infer<typeof PageFiguresReplySchema>;

/** Why a figure could not be filed from the popup: the save's reasons, or the figure is no longer proposed. */
export const PageFigureFileFailureSchema = z.union([SaveFailureReasonSchema, z.enum(['figure-gone', 'not-newer'])]);

/** What filing a figure of the page did (issue 23): the fact filed and the saved article it comes from. */
export const PageFigureFiledReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    articleId: z.string(),
    factId: z.string(),
    superseded: z.string().optional(),
  }),
  z.object({ ok: z.literal(false), reason: PageFigureFileFailureSchema, detail: z.string().optional() }),
]);
export type PageFigureFiledReply = z.infer<typeof PageFigureFiledReplySchema>;
