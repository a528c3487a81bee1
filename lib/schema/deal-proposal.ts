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
    /** How the article names it besides `name` ("gouvernement chilien"), with the language of each. */
    aliases: z
      .array(z.object({ text: z.string().trim().min(2).max(200), lang: LanguageSchema }))
      .max(20)
      .optional(),
  }),
]);
export type ProposedParty = z.infer<typeof ProposedPartySchema>;

/**
 * What a saved article proposes about the deal it reports (issue 15): a new deal to create, or, when the store
 * already has the deal (`existing`), its figures to file under it. Computed from the article and the store each
 * time the saved-article page opens; nothing of it is stored until the reader clicks.
 */
export const DealProposalSchema = z.object({
  /** The store's deal the article is about, if any: the proposal is then to attach the figures to it. */
  existing: z.object({ id: SlugSchema, title: z.string() }).optional(),
  /** "Cordillera Cloud × Chile": the first company and the host country, as the seed deals are titled. */
  title: z.string().trim().min(1).max(200),
  kind: DealKindSchema,
  parties: z.array(ProposedPartySchema),
  announcedDate: PartialDateSchema.optional(),
  /** The status words the article uses, in English and French ("letter of intent, subject to legislative approval"). */
  status: z.string().min(1).optional(),
  statusFr: z.string().min(1).optional(),
  /** The article's first sentence about the deal, verbatim: the new deal's summary. */
  summary: z.string().min(1),
  /** The amount the article leads with, among the candidate facts. */
  headline: z.object({ factId: SlugSchema, value: z.number(), unit: FactUnitSchema }).optional(),
  /** The candidate facts to file under the deal: all but those about some other entity. */
  factIds: z.array(SlugSchema),
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
    factIds: z.array(SlugSchema).max(500),
  }),
  z.object({
    mode: z.literal('attach'),
    articleId: SlugSchema,
    dealId: SlugSchema,
    factIds: z.array(SlugSchema).max(500),
  }),
]);
export type DealProposalChoice = z.infer<typeof DealProposalChoiceSchema>;

/** What creating or attaching wrote: the deal, the entities it added, the facts it filed. */
export const DealProposalResultSchema = z.object({
  dealId: SlugSchema,
  entityIds: z.array(SlugSchema),
  factIds: z.array(SlugSchema),
});
export type DealProposalResult = z.infer<typeof DealProposalResultSchema>;
