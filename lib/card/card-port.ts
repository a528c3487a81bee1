import { z } from 'zod';
import { EntityCardSchema, PageFigureViewSchema } from '@/lib/schema';

/** The name of the port the card frame opens to the background. */
export const CARD_PORT_NAME = 'deal-lens-card';

/** What the card shows: the entity's card, or why it could not come. */
export const CardStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    card: EntityCardSchema,
    /** The figures this page adds about the entity or its deals (issue 23), from the badge's last reading. */
    newOnPage: z.array(PageFigureViewSchema).max(200).optional(),
  }),
  z.object({ status: z.literal('missing'), entityId: z.string() }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type CardState = z.infer<typeof CardStateSchema>;

/** Background → card frame: a card to show, or word that the frame just moved in the page. */
export const ToCardFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('show'),
    showId: z.number().int().min(0),
    state: CardStateSchema,
    scheme: z.enum(['light', 'dark']),
    focus: z.boolean(),
  }),
  z.object({ type: z.literal('moved'), showId: z.number().int().min(0) }),
]);
export type ToCardFrame = z.infer<typeof ToCardFrameSchema>;

/** Card frame → background (`close` and `pointer` are relayed to the content script as a `cardEvent`). */
export const FromCardFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('close'), showId: z.number().int().min(0), returnFocus: z.boolean() }),
  /** The pointer entered or left the card (the page it is in hears nothing of moves inside the frame). */
  z.object({ type: z.literal('pointer'), showId: z.number().int().min(0), inside: z.boolean() }),
  /** A click the card refused: it asks the background to open a link in a confirmation tab of its own. */
  z.object({ type: z.literal('confirm-link'), url: z.string().max(8_000) }),
]);
export type FromCardFrame = z.infer<typeof FromCardFrameSchema>;

/** The pairing token in a card frame's URL (`card.html#TOKEN`), if it is well formed. */
export function cardTokenOf(url: string | undefined): string | undefined {
  const hash = url ? new URL(url).hash.slice(1) : '';
  return /^[A-Za-z0-9-]{16,64}$/.test(hash) ? hash : undefined;
}
