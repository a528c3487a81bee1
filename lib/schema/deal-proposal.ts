import { z } from 'zod';
import { LanguageSchema, PartialDateSchema, SlugSchema } from './common';
import { DealKindSchema } from './deal';
import { EntityKindSchema } from './entity';
import { FactUnitSchema } from './fact';

/**
 * A party of a proposed deal: an entity the store has, or a name it will add. A new government names the country
 * it governs, so that it gets that country's names ("Government of Chile", "Gobierno de Chile") and the words the
 * article used for it ("gouvernement chilien").
 */
export const ProposedPartySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('entity'), id: SlugSchema, name: z.string().min(1), kind: EntityKindSchema }),
  z.object({
    type: z.literal('new'),
    name: z.string().trim().min(2).max(200),
    kind: EntityKindSchema,
    /** For a new government: the id of the country entity it governs. */
    governs: SlugSchema.optional(),
    /** For a new city's or province's government: the id of the country it lies in, so the deal stays the host's. */
    locatedIn: SlugSchema.optional(),
    /** How the article names it besides `name` ("gouvernement chilien"), with the language of each. */
    aliases: z
      .array(z.object({ text: z.string().trim().min(2).max(200), lang: LanguageSchema }))
      .max(20)
      .optional(),
  }),
]);
export type ProposedParty = z.infer<typeof ProposedPartySchema>;

/** Why the proposal may be wrong to attach: see lib/capture/deal-match. */
export const MatchDoubtSchema = z.enum(['kind', 'date', 'another-deal', 'partner', 'several']);

/** What a figure of the article is about, as deal capture read it (lib/capture/figure-scope). */
export const FigureScopeSchema = z.object({
  factId: SlugSchema,
  scope: z.enum(['deal', 'other', 'unsure']),
  reason: z.string(),
  /** For `other`: the store entity the figure is about, when the article names one next to it. */
  about: SlugSchema.optional(),
});
export type FigureScopeView = z.infer<typeof FigureScopeSchema>;

/** A person who announced or signed the deal: the store's, or a name it will add. */
export const ProposedPersonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('entity'), id: SlugSchema, name: z.string().min(1) }),
  z.object({ type: z.literal('new'), name: z.string().trim().min(2).max(200) }),
]);
export type ProposedPerson = z.infer<typeof ProposedPersonSchema>;

/** The amount a deal is known by, as proposed: from a candidate fact, or printed only in the title. */
export const ProposedHeadlineSchema = z.object({
  value: z.number().positive(),
  unit: FactUnitSchema,
  factId: SlugSchema.optional(),
});

/**
 * What a saved article proposes about the deal it reports (issues 15, 20): the deal as the article tells it
 * (to create), and, when the store has a deal of the same investor and host (`match`), that deal to attach the
 * article to. `recommended` is what one click does; when `match` has doubts, the page offers both. Computed
 * from the article and the store each time the saved-article page opens; nothing of it is stored until the
 * reader clicks.
 */
export const DealProposalSchema = z.object({
  recommended: z.enum(['create', 'attach']),
  match: z.object({ id: SlugSchema, title: z.string(), doubts: z.array(MatchDoubtSchema) }).optional(),
  /** "Cordillera Cloud × Chile": the investing company and the host country, as the seed deals are titled. */
  title: z.string().trim().min(1).max(200),
  kind: DealKindSchema,
  /** Companies, governments, ministries, agencies and programmes; never people or places. */
  parties: z.array(ProposedPartySchema),
  announcedDate: PartialDateSchema.optional(),
  /** The status words the article uses, in English and French ("letter of intent, subject to legislative approval"). */
  status: z.string().min(1).optional(),
  statusFr: z.string().min(1).optional(),
  /** The article's first sentence about the deal, verbatim: the new deal's summary. */
  summary: z.string().min(1),
  /** The amount the deal is known by. */
  headline: ProposedHeadlineSchema.optional(),
  /** Who announced or signed it. */
  announcedBy: z.array(ProposedPersonSchema),
  /** The candidate facts about the deal, filed with one click; the others stay offered. */
  factIds: z.array(SlugSchema),
  /** What every candidate fact is about. */
  figures: z.array(FigureScopeSchema),
});
export type DealProposal = z.infer<typeof DealProposalSchema>;

/**
 * What the reader decided on the saved-article page: create the deal as edited, or attach the figures to the
 * store's deal. The background checks every id against the store before writing.
 */
export const DealProposalChoiceSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('create'),
    articleId: SlugSchema,
    title: z.string().trim().min(1).max(200),
    kind: DealKindSchema,
    parties: z.array(ProposedPartySchema).min(2).max(12),
    announcedDate: PartialDateSchema.optional(),
    status: z.string().trim().min(1).max(200).optional(),
    statusFr: z.string().trim().min(1).max(200).optional(),
    summary: z.string().trim().min(1).max(2000),
    headline: ProposedHeadlineSchema.optional(),
    announcedBy: z.array(ProposedPersonSchema).max(12).optional(),
    factIds: z.array(SlugSchema).max(500),
  }),
  z.object({
    mode: z.literal('attach'),
    articleId: SlugSchema,
    dealId: SlugSchema,
    /** The article's headline amount: stored only if the deal has none yet. */
    headline: ProposedHeadlineSchema.optional(),
    factIds: z.array(SlugSchema).max(500),
  }),
]);
export type DealProposalChoice = z.infer<typeof DealProposalChoiceSchema>;

/**
 * What creating or attaching wrote: the deal, the entities it added, the facts it filed, and the store's facts
 * the article confirmed (a restated figure adds a source, not a second fact).
 */
export const DealProposalResultSchema = z.object({
  dealId: SlugSchema,
  entityIds: z.array(SlugSchema),
  factIds: z.array(SlugSchema),
  confirmedFactIds: z.array(SlugSchema).default([]),
});
export type DealProposalResult = z.infer<typeof DealProposalResultSchema>;
