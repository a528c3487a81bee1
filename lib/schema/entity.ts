import { z } from 'zod';
import { LanguageSchema, OriginSchema, SharingFields, SlugSchema } from './common';

export const EntityKindSchema = z.enum([
  'company',
  'government',
  'country',
  'person',
  'organization',
  'program',
  'place',
  'asset',
]);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/**
 * How the letter case of an alias must match the page:
 * - `insensitive`: any case (Pérou = PEROU = pérou);
 * - `capitalized`: any case, but the first letter must be a capital, as proper nouns are written
 *   (keeps "Chili" the country from matching "chili" the pepper, "Réunion" from "réunion");
 * - `sensitive`: exactly as written (short acronyms: AWS never matches "aws" or "Aws").
 */
export const AliasCaseSchema = z.enum(['insensitive', 'capitalized', 'sensitive']);
export type AliasCase = z.infer<typeof AliasCaseSchema>;

/**
 * One way of writing an entity's name. Matching ignores accents and apostrophe variants.
 * An ambiguous alias (a surname alone, a first name, "Salvador") is `weak`: it counts only when the page
 * supports it, i.e. it also names the entity by a strong alias, or one of `cuesBefore` stands right before it
 * ("au Salvador") or one of `cuesAfter` right after it. `vetoBefore`/`vetoAfter` words right around it reject it
 * ("forêt Amazon", "Amazon rainforest").
 *
 * An alias with `cueRequired` counts ONLY next to one of its cues, however often the page names the entity
 * otherwise: a nationality adjective names a government only in "gouvernement mexicain" or "the Mexican
 * government", never in "l'économie mexicaine" (see issue 15). `cuesAfter` and `cueRequired` are optional so
 * that records stored before they existed still validate; absent means none / false.
 */
export const AliasSchema = z.object({
  text: z.string().trim().min(1).max(200),
  lang: LanguageSchema,
  case: AliasCaseSchema.default('insensitive'),
  weak: z.boolean().default(false),
  cuesBefore: z.array(z.string().min(1)).default([]),
  cuesAfter: z.array(z.string().min(1)).optional(),
  cueRequired: z.boolean().optional(),
  vetoBefore: z.array(z.string().min(1)).default([]),
  vetoAfter: z.array(z.string().min(1)).default([]),
});
export type Alias = z.infer<typeof AliasSchema>;
export type AliasInput = z.input<typeof AliasSchema>;

export const RelationKindSchema = z.enum([
  /** A person's role at an organization, company or government ("president", "CEO"). */
  'role',
  /** A subsidiary's or division's parent company (AWS → Amazon). */
  'subsidiary-of',
  /** A government that governs a country (Gobierno de El Salvador → El Salvador). */
  'government-of',
  /** A place or asset located in a country or place (Chancay port → Peru). */
  'located-in',
  /** A programme run or led by an entity (the Belt and Road Initiative → China). */
  'program-of',
  /** A product or service sold by a company (Google Distributed Cloud → Google Cloud). */
  'product-of',
  /** Any other tie worth a line on the card, worded in `role` ("journalist at", "source of"). */
  'affiliated-with',
]);
export type RelationKind = z.infer<typeof RelationKindSchema>;

/** A directed link from this entity to another: "Nayib Bukele —role: president→ Government of El Salvador". */
export const RelationSchema = z.object({
  kind: RelationKindSchema,
  target: SlugSchema,
  /** The role, in English, for `role` relations ("President", "Secretary of Economy"). */
  role: z.string().min(1).optional(),
  /** The role as the French source words it, for French UI. */
  roleFr: z.string().min(1).optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

export const EntitySchema = z.object({
  id: SlugSchema,
  name: z.string().trim().min(1).max(200),
  kind: EntityKindSchema,
  /** One line, English. */
  description: z.string().max(500).default(''),
  /** One line, French. */
  descriptionFr: z.string().max(500).optional(),
  /** ISO 3166-1 alpha-2 code for countries: the platform's names (Intl.DisplayNames) join the aliases. */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  aliases: z.array(AliasSchema).min(1),
  /**
   * Longer phrases that contain one of the aliases but name something else ("Mexico City", "New Mexico",
   * "Salvador Dalí"). They compete in longest-match and, when they win, nothing is highlighted.
   */
  excludes: z.array(z.string().min(1)).default([]),
  relations: z.array(RelationSchema).default([]),
  origin: OriginSchema,
  /** Set when the reader edited a record; seed updates then leave it alone. */
  editedAt: z.number().int().optional(),
  ...SharingFields,
});
export type Entity = z.infer<typeof EntitySchema>;
export type EntityInput = z.input<typeof EntitySchema>;
