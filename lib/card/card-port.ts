import { z } from 'zod';
import { EntityCardSchema } from '@/lib/schema';

/** The name of the port the card frame opens to the background. */
export const CARD_PORT_NAME = 'deal-lens-card';

/** What the card shows: the entity's card, or why it could not come. */
export const CardStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), card: EntityCardSchema }),
  z.object({ status: z.literal('missing'), entityId: z.string() }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type CardState = z.infer<typeof CardStateSchema>;

/** Background → card frame. */
export const ToCardFrameSchema = z.object({
  type: z.literal('show'),
  showId: z.number().int().min(0),
  state: CardStateSchema,
  scheme: z.enum(['light', 'dark']),
  focus: z.boolean(),
});
export type ToCardFrame = z.infer<typeof ToCardFrameSchema>;

/** Card frame → background (relayed to the content script as a `cardEvent`). */
export const FromCardFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('rendered'),
    showId: z.number().int().min(0),
    width: z.number().min(0).max(10_000),
    height: z.number().min(0).max(100_000),
  }),
  z.object({ type: z.literal('close'), showId: z.number().int().min(0), returnFocus: z.boolean() }),
]);
export type FromCardFrame = z.infer<typeof FromCardFrameSchema>;

/** The pairing token in a card frame's URL (`card.html#TOKEN`), if it is well formed. */
export function cardTokenOf(url: string | undefined): string | undefined {
  const hash = url ? new URL(url).hash.slice(1) : '';
  return /^[A-Za-z0-9-]{16,64}$/.test(hash) ? hash : undefined;
}
