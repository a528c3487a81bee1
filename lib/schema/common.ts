import { z } from 'zod';

/** A stable, human-readable id: lowercase ASCII letters, digits and dashes ("google-cloud", "el-salvador"). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "google-cloud"');

/** Languages the catalog and the extractor know; "und" is Readability's and BCP 47's "undetermined". */
export const LanguageSchema = z.enum(['fr', 'en', 'es', 'und']);
export type Language = z.infer<typeof LanguageSchema>;

/** A calendar date, or a partial one when the source gives only a year or a month ("2021", "2023-08"). */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

/** Where a record came from: the shipped seed catalog, or the reader's own work. */
export const OriginSchema = z.enum(['seed', 'user']);
export type Origin = z.infer<typeof OriginSchema>;

/**
 * An absolute web address (http or https, written with "://"). Every URL the store keeps is one: a `javascript:`
 * or `data:` URL from a hostile page or a crafted bundle would otherwise become a link the reader may click in an
 * extension page, which runs with the extension's privileges.
 */
export const HttpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting with http:// or https://',
});

/** Whether a stored value may be rendered as a link: only {@link HttpUrlSchema} addresses are (else plain text). */
export function isHttpUrl(value: unknown): value is string {
  return HttpUrlSchema.safeParse(value).success;
}

/**
 * What every record carries for the team library (issue 24, docs/adr/0012-team-library.md): a record marked
 * `private` never leaves this browser; `changedBy`/`changedAt` say which team member last changed it and when
 * (absent: changed here, or never shared). Optional, so records stored before sync existed still validate.
 */
export const SharingFields = {
  private: z.boolean().optional(),
  changedBy: z.string().trim().min(1).max(100).optional(),
  changedAt: z.number().int().nonnegative().optional(),
} as const;
