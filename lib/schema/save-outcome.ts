import { z } from 'zod';

/** Why a page could not be saved; each has a message for the reader. Nothing is stored in any of these cases. */
export const SaveFailureReasonSchema = z.enum([
  'not-a-web-page',
  'no-article',
  'too-large',
  'unsupported-language',
  'page-changed',
  'extraction-failed',
  /** The browser refused to store more (its quota, or the disk, is full). */
  'storage-full',
]);
export type SaveFailureReason = z.infer<typeof SaveFailureReasonSchema>;

export const SaveOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    articleId: z.string(),
    title: z.string(),
    /** True when the same article (canonical URL or content) was already saved: it was updated in place. */
    updated: z.boolean(),
    mentionedEntities: z.number().int(),
    candidateFacts: z.number().int(),
    candidateEntities: z.number().int(),
  }),
  z.object({ ok: z.literal(false), reason: SaveFailureReasonSchema, detail: z.string().optional() }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;
