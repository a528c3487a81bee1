import { z } from 'zod';
import { OriginSchema, SlugSchema } from './common';

export const FactUnitSchema = z.enum([
  'USD',
  'EUR',
  'people',
  'jobs',
  'jobs-per-year',
  'years',
  'months',
  'days',
  'objects',
  'rank',
  'date',
  'year',
]);
export type FactUnit = z.infer<typeof FactUnitSchema>;

/** What a fact is about: an entity or a deal. */
export const FactSubjectSchema = z.object({
  type: z.enum(['entity', 'deal']),
  id: SlugSchema,
});
export type FactSubject = z.infer<typeof FactSubjectSchema>;

export const FactSchema = z.object({
  id: SlugSchema,
  subject: FactSubjectSchema,
  /** What the figure measures, in English ("Contribution to national GDP"). */
  label: z.string().min(1),
  labelFr: z.string().min(1).optional(),
  /** The number, when the statement has one (a date fact carries it in `date`). */
  value: z.number().optional(),
  unit: FactUnitSchema.optional(),
  /** For date facts: the date as far as the text gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .optional(),
  /** The exact words of the source article: always a substring of its text. */
  quote: z.string().min(1),
  articleId: SlugSchema,
  /** Doubts or context ("the article prints 10 M USD; the figure looks too low for GDP"). */
  note: z.string().optional(),
  origin: OriginSchema,
  editedAt: z.number().int().optional(),
});
export type Fact = z.infer<typeof FactSchema>;
