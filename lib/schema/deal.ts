import { z } from 'zod';
import { OriginSchema, PartialDateSchema, SharingFields, SlugSchema } from './common';
import { FactUnitSchema } from './fact';

export const DealKindSchema = z.enum([
  'cloud-infrastructure',
  'ai-training',
  'licence',
  'investment',
  'data-centre',
  'digital-government',
  'partnership',
  'other',
]);
export type DealKind = z.infer<typeof DealKindSchema>;

export const DurationSchema = z.object({
  value: z.number().positive(),
  unit: z.enum(['day', 'month', 'year']),
});
export type Duration = z.infer<typeof DurationSchema>;

/**
 * The amount a deal is known by ("$1.2bn"), as its sources state it: what cards, the popup and the library show
 * first. `factId` names the fact it was taken from, when there is one.
 */
export const DealHeadlineSchema = z.object({
  value: z.number().positive(),
  unit: FactUnitSchema,
  factId: SlugSchema.optional(),
});
export type DealHeadline = z.infer<typeof DealHeadlineSchema>;

export const DealSchema = z.object({
  id: SlugSchema,
  title: z.string().min(1),
  parties: z.array(SlugSchema).min(2),
  kind: DealKindSchema,
  announcedDate: PartialDateSchema.optional(),
  duration: DurationSchema.optional(),
  /** The headline amount (issue 20); absent when no source gives one. */
  headline: DealHeadlineSchema.optional(),
  /** People who announced or signed it for a party (never parties themselves). */
  announcedBy: z.array(SlugSchema).optional(),
  /** As the source words it, in English ("subject to full legislative approval"). */
  status: z.string().min(1).optional(),
  statusFr: z.string().min(1).optional(),
  summary: z.string().min(1),
  summaryFr: z.string().min(1).optional(),
  sourceArticles: z.array(SlugSchema).min(1),
  origin: OriginSchema,
  editedAt: z.number().int().optional(),
  ...SharingFields,
});
export type Deal = z.infer<typeof DealSchema>;
