import { z } from 'zod';
import { OriginSchema, SharingFields, SlugSchema } from './common';

/** What a figure counts or measures when it is not money. */
export const MeasureUnitSchema = z.enum([
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
  /** A share or a rate: "25 %", "25 percent", "25 por ciento". */
  'percent',
  /** A change between two percentages: "3 points de pourcentage", "3 percentage points". */
  'percentage-points',
  /** Power (a data centre's or a plant's capacity) and energy, as the source prints them: never rescaled. */
  'kW',
  'MW',
  'GW',
  'kWh',
  'MWh',
  'GWh',
  'TWh',
]);
export type MeasureUnit = z.infer<typeof MeasureUnitSchema>;

/**
 * An ISO 4217 currency code ("USD", "BRL", "MXN"). Money is stored in the currency the source prints, never
 * converted. Any well-formed code is accepted, not only the platform's list, so that a store exported from one
 * browser imports into another whose `Intl` knows fewer currencies.
 */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "USD"');
export type CurrencyCode = z.infer<typeof CurrencyCodeSchema>;

/**
 * A fact's unit: a currency code for money, else a measure. Records stored before issue 15 (USD, EUR and the
 * first ten measures) still validate.
 */
export const FactUnitSchema = z.union([MeasureUnitSchema, CurrencyCodeSchema]);
export type FactUnit = MeasureUnit | CurrencyCode;

/** Whether a fact's unit is a currency, i.e. the fact is an amount of money. */
export function isCurrencyUnit(unit: string | undefined): boolean {
  return unit !== undefined && CurrencyCodeSchema.safeParse(unit).success;
}

/**
 * What a figure measures, specific enough that two facts with the same subject and measure state the same thing
 * (issue 20): a deal's investment amount, its capacity, the jobs it creates, its signing date. Two values of one
 * specific measure of one subject disagree; generic measures (see {@link GENERIC_MEASURES}) never do, since "a
 * year" or "an amount" of a deal may be any of several.
 */
export const MeasureSchema = z.enum([
  // Money
  'investment',
  'contract-value',
  'funds-raised',
  'funds-received',
  'revenue',
  'cost',
  'valuation',
  'economic-impact',
  'amount-per-worker',
  'amount',
  // People and things counted
  'jobs',
  'jobs-per-year',
  'people-trained',
  'people-employed',
  'people',
  'regions',
  'availability-zones',
  'data-centres',
  'count',
  // Power and energy
  'power-capacity',
  'storage-capacity',
  'energy',
  // Shares and rates
  'stake',
  'market-share',
  'growth',
  'decrease',
  'share',
  'percentage-points',
  // Time
  'deal-duration',
  'time-horizon',
  'duration',
  'announcement-date',
  'signing-date',
  'launch-date',
  'start-date',
  'completion-date',
  'target-date',
  'since-date',
  'licence-date',
  'source-date',
  'date',
  // Order
  'rank',
]);
export type Measure = z.infer<typeof MeasureSchema>;

/** Measures too vague to compare: two facts of one of these may state different things, so they never conflict. */
export const GENERIC_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  'amount',
  'people',
  'count',
  'share',
  'percentage-points',
  'duration',
  'date',
  'rank',
]);

/** Another article that states the same figure (issue 20): the fact then has "2 sources". */
export const FactConfirmationSchema = z.object({
  articleId: SlugSchema,
  /** That article's own words for the figure: always a substring of its text. */
  quote: z.string().min(1),
});
export type FactConfirmation = z.infer<typeof FactConfirmationSchema>;

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
  /**
   * What it measures, for comparing facts (absent from records stored before issue 20: then derived from the
   * label, see lib/facts/fact-measure).
   */
  measure: MeasureSchema.optional(),
  /** The exact words of the source article: always a substring of its text. */
  quote: z.string().min(1),
  articleId: SlugSchema,
  /** Other articles that state the same figure; `articleId` is the first source. */
  confirmations: z.array(FactConfirmationSchema).optional(),
  /**
   * The fact that replaced this one as the current value (a newer figure the reader chose). The old fact stays,
   * with its source, as history; it no longer counts as the current value nor in conflicts.
   */
  supersededBy: SlugSchema.optional(),
  /** Doubts or context ("the article prints 10 M USD; the figure looks too low for GDP"). */
  note: z.string().optional(),
  /** A note is private by default (issue 24): it reaches the team server only when the reader shares it. */
  noteShared: z.boolean().optional(),
  origin: OriginSchema,
  editedAt: z.number().int().optional(),
  ...SharingFields,
});
export type Fact = z.infer<typeof FactSchema>;
