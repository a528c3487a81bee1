import { z } from 'zod';
import { CandidateEntitySchema } from '@/lib/extract/candidate-entities';
import { CandidateFactSchema } from '@/lib/extract/candidate-facts';
import { SlugSchema } from '@/lib/schema';

/** What a saved article proposed that the reader has not accepted or discarded yet. One record per article. */
export const ArticleCandidatesSchema = z.object({
  articleId: SlugSchema,
  facts: z.array(CandidateFactSchema),
  entities: z.array(CandidateEntitySchema),
});
export type ArticleCandidates = z.infer<typeof ArticleCandidatesSchema>;
