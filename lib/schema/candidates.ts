import { z } from 'zod';
import { SlugSchema } from './common';
import { EntityKindSchema } from './entity';
import { FactSchema, FactSubjectSchema } from './fact';
import { FigureSchema } from './figure';

/** A name the store does not know yet, proposed to the reader as a new entity. */
export const CandidateEntitySchema = z.object({
  /** As first written in the text (spaces normalised). */
  name: z.string().min(1),
  /** What the evidence around it says it is; "organization" only when nothing says more. */
  kindGuess: EntityKindSchema.extract([
    'company',
    'organization',
    'person',
    'government',
    'program',
    'place',
    'country',
  ]),
  /**
   * Other ways the text writes it, for the entity's aliases: the ticker after a company ("NXDC" from
   * "(NASDAQ: NXDC)"), the abbreviation in parentheses after a name ("BCP"), a spelling with or without its legal
   * form. Absent from candidates proposed before issue 21.
   */
  aliases: z.array(z.string().min(1).max(200)).optional(),
  /** How many times the text names it. */
  count: z.number().int().positive(),
  /** The sentence of its best occurrence (one near a deal word, else the first), an exact substring. */
  quote: z.string().min(1),
  quoteStart: z.number().int().nonnegative(),
  quoteEnd: z.number().int().nonnegative(),
  /** Ranking: mentions, plus a bonus for each one near a deal word ("partenariat", "signed", "acuerdo"). */
  score: z.number(),
});
export type CandidateEntity = z.infer<typeof CandidateEntitySchema>;

/**
 * A fact proposed to the reader: the shape of a stored `Fact` without `origin`/`editedAt` (the caller stamps
 * them when the reader accepts it), with a generated slug `id`, a `subject` that may be missing (the reader must
 * then choose it), where the quote lies in the text, and the figure it was made from.
 */
export const CandidateFactSchema = FactSchema.omit({ origin: true, editedAt: true, subject: true }).extend({
  subject: FactSubjectSchema.optional(),
  /** Offsets of `quote` in the article text: `text.slice(quoteStart, quoteEnd) === quote`. */
  quoteStart: z.number().int().nonnegative(),
  quoteEnd: z.number().int().nonnegative(),
  figure: FigureSchema,
});
export type CandidateFact = z.infer<typeof CandidateFactSchema>;

/**
 * What the reader already accepted or discarded, by key (lib/store/candidate-decisions), so that saving the
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
