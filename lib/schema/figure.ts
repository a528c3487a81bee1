import { z } from 'zod';
import { LanguageSchema, PartialDateSchema } from './common';
import { FactUnitSchema } from './fact';

/** The languages the figure parser (lib/extract/figures) knows; "und" tries the conventions of all three. */
export const FigureLanguageSchema = LanguageSchema;
export type FigureLanguage = z.infer<typeof FigureLanguageSchema>;

/**
 * What a figure measures. `rank` covers ordinals with a superlative ("le troisième … le plus important");
 * `capacity` power and energy ("100 MW", "1 GWh"); `percentage` shares and percentage points.
 */
export const FigureKindSchema = z.enum(['money', 'count', 'duration', 'date', 'rank', 'capacity', 'percentage']);
export type FigureKind = z.infer<typeof FigureKindSchema>;

/**
 * The word right before a figure that changes how it reads: a bound on an amount ("plus de 10 M USD" is a
 * lower bound, "environ 400 000" an approximation), or the relation of a year to the event ("depuis 2021",
 * "d'ici 2030").
 */
export const FigureQualifierSchema = z.enum(['at-least', 'at-most', 'about', 'since', 'by', 'until']);
export type FigureQualifier = z.infer<typeof FigureQualifierSchema>;

/** A month and day without a year, as ISO 8601 writes it ("--08-29", the XML Schema `gMonthDay` form). */
export const MonthDaySchema = z.string().regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
export type MonthDay = z.infer<typeof MonthDaySchema>;

/**
 * One figure found in a text.
 *
 * - `value` is absent for vague amounts ("des milliers de citoyens": `magnitude` 1000 instead) and for dates.
 * - A date the text gives in full, or as a month or a year, is in `date` (YYYY, YYYY-MM or YYYY-MM-DD, the
 *   `PartialDateSchema` of facts). A day and month WITHOUT a year ("le 29 août", "August 8") is in `monthDay`
 *   ("--08-29") and `date` is absent: the year is the caller's to infer, from the article's date or from the
 *   other dates of the text (see `inferYear`).
 * - `start`/`end` are UTF-16 offsets into the text (end exclusive) and `text` is exactly `text.slice(start, end)`:
 *   the figure with its unit words, without the qualifier ("10 M USD", "7 000 emplois par an", "29 août 2023").
 */
export const FigureSchema = z.object({
  kind: FigureKindSchema,
  value: z.number().optional(),
  unit: FactUnitSchema,
  date: PartialDateSchema.optional(),
  monthDay: MonthDaySchema.optional(),
  /** For vague amounts with no number ("des milliers de", "hundreds of", "millones de"). */
  magnitude: z.number().optional(),
  qualifier: FigureQualifierSchema.optional(),
  /**
   * For money: the text's currency word names several currencies ("pesos", "francs", "rupees"), so the unit was
   * chosen from the countries the article names, or is the word's most common reading.
   */
  currencyGuessed: z.boolean().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type Figure = z.infer<typeof FigureSchema>;
