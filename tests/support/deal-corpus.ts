// The evaluation corpus of issues 20, 21 and 23: fourteen invented deal stories, each reported by two made-up
// outlets, annotated with every figure and name a careful reader would take from them (see
// tests/fixtures/deal-corpus/README.md). This module reads and validates them and gives each annotated figure
// its offsets in the article's text, so that tests can compare what the extension extracts, files and marks with
// what a reader would.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PartialDateSchema, SlugSchema } from '@/lib/schema/common';
import { DealKindSchema } from '@/lib/schema/deal';
import { EntityKindSchema } from '@/lib/schema/entity';
import { FactUnitSchema, MeasureSchema } from '@/lib/schema/fact';
import { FigureQualifierSchema } from '@/lib/schema/figure';
import { renderStoryPage } from './news-page.mjs';

/** tests/fixtures/deal-corpus, where `dev/` and `holdout/` hold one folder per story. */
export const DEAL_CORPUS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'deal-corpus',
);

export const StorySplitSchema = z.enum(['dev', 'holdout']);
export type StorySplit = z.infer<typeof StorySplitSchema>;

const OutletIdSchema = z.enum(['a', 'b']);

/** A figure of another (or the same) outlet, by its exact words; `occurrence` as in {@link StoryFigureSchema}. */
export const FigureRefSchema = z.strictObject({
  outlet: OutletIdSchema,
  text: z.string().min(1),
  occurrence: z.number().int().nonnegative().optional(),
});
export type FigureRef = z.infer<typeof FigureRefSchema>;

/** An amount of money or a quantity, as a headline or one of its other currencies. */
const QuantitySchema = z.strictObject({ value: z.number().positive(), unit: FactUnitSchema });

/** One figure a careful reader takes from the article. */
export const StoryFigureSchema = z
  .strictObject({
    /** The figure as printed, with its unit words and without its qualifier ("plus de"): a substring of the text. */
    text: z.string().min(1),
    /** Which occurrence of `text` (0-based, counting every substring match) when it appears more than once. */
    occurrence: z.number().int().nonnegative().optional(),
    /** The number, in `unit` (money in the printed currency, never converted); absent for dates and vague counts. */
    value: z.number().optional(),
    /** For dates: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: PartialDateSchema.optional(),
    /** The text gives a month (and day) without the year, taken from the article's date. */
    yearInferred: z.boolean().optional(),
    unit: FactUnitSchema,
    qualifier: FigureQualifierSchema.optional(),
    /** A count with no number ("miles de ciudadanos", "thousands of"). */
    vague: z.boolean().optional(),
    /** "deal": this story's deal; "other": another deal, company, place or a world-wide total. */
    subject: z.enum(['deal', 'other']),
    /** What the figure is about, in words ("AWS × Mexico", "Chile's economy", "AWS worldwide"). */
    subjectNote: z.string().min(1).optional(),
    /** The store record it is about when the seed store has one: an entity id or a deal id of seeds/catalog.json. */
    subjectStoreId: SlugSchema.optional(),
    measure: MeasureSchema,
    /** The first outlet's figure this one states again (any wording, form or currency spelling, within rounding). */
    restates: FigureRefSchema.nullable().optional(),
    /** The same amount in another currency, in this or the other outlet ("10 milliards de dirhams" / "$1bn"). */
    equivalentTo: FigureRefSchema.optional(),
    /** The first outlet's figure for the same measure of the same deal with another value (a real conflict). */
    conflictsWith: FigureRefSchema.nullable().optional(),
    /** The seed fact (seeds/catalog.json `facts[].id`) this figure states again. */
    restatesSeed: SlugSchema.optional(),
    note: z.string().optional(),
  })
  .refine((f) => f.value !== undefined || f.date !== undefined || f.vague === true, {
    message: 'a figure needs a value, a date or `vague: true`',
  })
  .refine((f) => f.subject === 'deal' || f.subjectNote !== undefined, {
    message: 'a figure about something else says what in `subjectNote`',
  });
export type StoryFigure = z.infer<typeof StoryFigureSchema>;

/** What a name is to the story. */
export const NameRoleSchema = z.enum([
  /** A party of this story's deal: the investor, the host government, a ministry, agency or co-investor. */
  'party',
  /** A person who announced or signed the deal (linked to it, never a party). */
  'announcer',
  /** The outlet, or the news agency of its dateline. */
  'publisher',
  /** The article's author (in the byline). */
  'author',
  /** Anything else the article names. */
  'mentioned',
]);
export type NameRole = z.infer<typeof NameRoleSchema>;

/** One proper name a reader would accept as a store entity (or, with `ignore`, a questionable one). */
export const StoryNameSchema = z.strictObject({
  /** The name as a reader would file it; the same for the same entity in both outlets of a story. */
  name: z.string().min(1),
  kind: EntityKindSchema,
  /** Other kinds a reader would also accept (a state utility as company or government). */
  acceptKinds: z.array(EntityKindSchema).optional(),
  /** Every way the article writes it (exact substrings); defaults to `[name]`. */
  forms: z.array(z.string().min(1)).min(1).optional(),
  /** The forms that are aliases of the name: tickers, acronyms, surnames alone, short forms. */
  aliases: z.array(z.string().min(1)).optional(),
  /** Whether the seed store already has it (countries are all in the store, through `Intl`). */
  inStore: z.boolean(),
  /** The seed catalog's entity id, when `inStore` and not a country. */
  storeId: SlugSchema.optional(),
  /** ISO 3166-1 alpha-2 code, for countries. */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  role: NameRoleSchema.default('mentioned'),
  /** Where the article names it: its text (default) or its byline (author, site name). */
  where: z.enum(['text', 'byline']).default('text'),
  /** A questionable name: neither required nor counted against a proposal. */
  ignore: z.boolean().optional(),
  note: z.string().optional(),
});
export type StoryName = z.infer<typeof StoryNameSchema>;

/** Words that look like a figure or a name and are not one (a ticker, "5G", a demonym, a direction word). */
const TrapSchema = z.strictObject({
  text: z.string().min(1),
  occurrence: z.number().int().nonnegative().optional(),
  why: z.string().min(1),
});

export const StoryOutletSchema = z.strictObject({
  id: OutletIdSchema,
  lang: z.enum(['fr', 'en', 'es']),
  url: z.url({ protocol: /^https$/ }),
  siteName: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  /** ISO 8601 with a time and Z. */
  publishedTime: z.iso.datetime(),
  /** The dateline that opens the first paragraph ("LIMA, 5 ago (Austral) –"), or null. */
  dateline: z.string().min(1).nullable(),
  paragraphs: z.array(z.string().min(1)).min(3),
  figures: z.array(StoryFigureSchema).min(1),
  names: z.array(StoryNameSchema).min(1),
  notFigures: z.array(TrapSchema).optional(),
  notNames: z.array(TrapSchema).optional(),
});
export type StoryOutlet = z.infer<typeof StoryOutletSchema>;

export const StoryDealSchema = z.strictObject({
  /** As the library would title it ("AWS × Chile"). */
  title: z.string().min(1),
  /** The investing company, as in `names`. */
  investor: z.string().min(1),
  /** The host country, in English. */
  host: z.string().min(1),
  hostCountryCode: z.string().regex(/^[A-Z]{2}$/),
  /** Every party, as in `names`: companies, governments, ministries, agencies, co-investors; never people. */
  partiesNames: z.array(z.string().min(1)).min(2),
  partyKinds: z.record(z.string(), EntityKindSchema),
  kind: DealKindSchema,
  /** The amount the deal is known by, in the currency the outlets print first; `alsoAs` its other currencies. */
  headline: z
    .strictObject({
      value: z.number().positive(),
      unit: FactUnitSchema,
      alsoAs: z.array(QuantitySchema).optional(),
      /** Set when only the second outlet gives it. */
      onlyIn: OutletIdSchema.optional(),
    })
    .nullable(),
  /** People who announced or signed it, as in `names`. */
  announcedBy: z.array(z.string().min(1)),
  announcedDate: PartialDateSchema.optional(),
  /** The seed deal these outlets report again (`seeds/catalog.json` deals[].id), or null for a new deal. */
  existingSeedDeal: SlugSchema.nullable(),
  /** Seed deals that share a party or the investor with this one and must be left alone. */
  mustNotAttachTo: z.array(SlugSchema).default([]),
});
export type StoryDeal = z.infer<typeof StoryDealSchema>;

export const DealStorySchema = z.strictObject({
  id: SlugSchema,
  summary: z.string().min(1),
  /** Short tags of what makes it hard (listed in the README's table). */
  difficulties: z.array(z.string().min(1)).min(1),
  deal: StoryDealSchema,
  /** Set on the two stories whose outlets give different values for one measure of the deal. */
  conflict: z.strictObject({ measure: MeasureSchema, note: z.string().min(1) }).nullable(),
  outlets: z.tuple([StoryOutletSchema, StoryOutletSchema]),
});
export type DealStoryInput = z.infer<typeof DealStorySchema>;

/** An annotated figure with its place in the outlet's text (UTF-16 offsets, end exclusive). */
export type LocatedFigure = StoryFigure & { start: number; end: number };

/** One outlet's article as a test uses it. */
export type LoadedOutlet = Omit<StoryOutlet, 'figures'> & {
  /** The paragraphs joined by "\n": what the extension reads from the article. */
  text: string;
  figures: LocatedFigure[];
};

export type DealStory = Omit<DealStoryInput, 'outlets'> & {
  split: StorySplit;
  outlets: [LoadedOutlet, LoadedOutlet];
};

/** Every start offset of `needle` in `text`, overlapping matches included. */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Where an annotated text stands: the `occurrence`-th match, or the only one. Throws when it is absent, or
 * appears several times and no occurrence says which.
 */
export function locate(text: string, needle: string, occurrence?: number): { start: number; end: number } {
  const found = occurrencesOf(text, needle);
  if (found.length === 0) throw new Error(`“${needle}” is not in the text`);
  if (occurrence === undefined && found.length > 1) {
    throw new Error(`“${needle}” appears ${found.length} times: say which with "occurrence"`);
  }
  const start = found[occurrence ?? 0];
  if (start === undefined) throw new Error(`“${needle}” has no occurrence ${occurrence} (${found.length} found)`);
  return { start, end: start + needle.length };
}

/** The article text of an outlet: its paragraphs joined by "\n". */
export function outletText(outlet: Pick<StoryOutlet, 'paragraphs'>): string {
  return outlet.paragraphs.join('\n');
}

/** Parses one story file and locates its figures; throws with the file's name on any error. */
export function parseDealStory(raw: unknown, split: StorySplit, file = '(story)'): DealStory {
  const parsed = DealStorySchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const story = parsed.data;
  const outlets = story.outlets.map((outlet) => {
    const text = outletText(outlet);
    const figures = outlet.figures.map((figure) => {
      try {
        return { ...figure, ...locate(text, figure.text, figure.occurrence) };
      } catch (error) {
        throw new Error(`${file}, outlet ${outlet.id}: ${(error as Error).message}`);
      }
    });
    return { ...outlet, text, figures };
  }) as [LoadedOutlet, LoadedOutlet];
  return { ...story, split, outlets };
}

/**
 * Every story of the corpus, dev then holdout, each sorted by id.
 * @param splits which folders to read (both by default)
 */
export function loadDealStories(splits: readonly StorySplit[] = ['dev', 'holdout']): DealStory[] {
  return splits.flatMap((split) => {
    const dir = path.join(DEAL_CORPUS_DIR, split);
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((id) => {
        const file = path.join(dir, id, 'story.json');
        const story = parseDealStory(
          JSON.parse(readFileSync(file, 'utf8')),
          split,
          path.relative(DEAL_CORPUS_DIR, file),
        );
        if (story.id !== id) throw new Error(`${file}: id "${story.id}" differs from its folder "${id}"`);
        return story;
      });
  });
}

/** The figure an annotation's reference points at, or undefined. */
export function findReferencedFigure(story: DealStory, ref: FigureRef): LocatedFigure | undefined {
  const outlet = story.outlets.find((o) => o.id === ref.outlet);
  return outlet?.figures.find((f) => f.text === ref.text && (f.occurrence ?? 0) === (ref.occurrence ?? 0));
}

/** One outlet's article as a news page, for a test server. */
export interface DealStoryPage {
  story: DealStory;
  outlet: LoadedOutlet;
  /** Where to serve it: `/deal-corpus/<split>/<story id>/<outlet id>.html`. */
  path: string;
  html: string;
}

/** Where a test server puts an outlet's page (the other outlet of the story is linked from it). */
export function storyPagePath(story: Pick<DealStory, 'id' | 'split'>, outletId: string): string {
  return `/deal-corpus/${story.split}/${story.id}/${outletId}.html`;
}

/**
 * Every outlet of `stories` as a realistic news page (masthead, byline with author and date, dateline, related
 * links), rendered by tests/support/news-page.mjs. The page's article text is the outlet's paragraphs.
 */
export function dealStoryPages(stories: readonly DealStory[]): DealStoryPage[] {
  return stories.flatMap((story) =>
    story.outlets.map((outlet) => {
      const related = story.outlets
        .filter((other) => other.id !== outlet.id)
        .map((other) => ({ title: other.title, href: storyPagePath(story, other.id) }));
      return { story, outlet, path: storyPagePath(story, outlet.id), html: renderStoryPage(outlet, { related }) };
    }),
  );
}
