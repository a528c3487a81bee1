import { z } from 'zod';
import { CandidateEntitySchema } from '@/lib/extract/candidate-entities';
import { CandidateFactSchema } from '@/lib/extract/candidate-facts';
import { SlugSchema } from '@/lib/schema';

/**
 * What the reader already accepted or discarded, by key (lib/save/candidate-decisions), so that saving the
 * article again does not propose it again.
 */
export const CandidateDecisionsSchema = z.object({
  facts: z.array(z.string()),
  entities: z.array(z.string()),
});
export type CandidateDecisions = z.infer<typeof CandidateDecisionsSchema>;

/** What a saved article proposed that the reader has not accepted or discarded yet. One record per article. */
export const ArticleCandidatesSchema = z.object({
  articleId: SlugSchema,
  facts: z.array(CandidateFactSchema),
  entities: z.array(CandidateEntitySchema),
  /** Absent from records written before decisions were kept: nothing decided yet, as far as they know. */
  decided: CandidateDecisionsSchema.optional(),
});
export type ArticleCandidates = z.infer<typeof ArticleCandidatesSchema>;
