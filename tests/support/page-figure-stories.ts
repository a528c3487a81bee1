// Issue 23's own stories (tests/fixtures/page-figure-stories): two outlets of one invented deal, the second
// annotated with how the popup's "On this page" should mark each of its figures. Lighter than the deal corpus
// (tests/fixtures/deal-corpus): only what the popup's measure needs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type OutletPage, pageFiguresAfterSaving } from './capture-eval';
import { locate, outletText } from './deal-corpus';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'page-figure-stories');

const OutletSchema = z.strictObject({
  lang: z.enum(['fr', 'en', 'es']),
  url: z.string().url(),
  siteName: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  publishedTime: z.string().datetime(),
  paragraphs: z.array(z.string().min(1)).min(2),
});

const PageStorySchema = z.strictObject({
  id: z.string().min(1),
  note: z.string().min(1),
  first: OutletSchema,
  second: OutletSchema.extend({
    /** Every figure of the second outlet: how the popup marks it, or `other` when it is about something else. */
    expect: z
      .array(
        z.strictObject({
          text: z.string().min(1),
          occurrence: z.number().int().nonnegative().optional(),
          status: z.enum(['known', 'new', 'differs', 'other']),
        }),
      )
      .min(1),
  }),
});
export type PageStory = z.infer<typeof PageStorySchema>;

export function loadPageStories(): PageStory[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = PageStorySchema.safeParse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

function page(outlet: z.infer<typeof OutletSchema>): OutletPage {
  return { ...outlet, text: outletText(outlet) };
}

/** One annotated figure of a second outlet, and what the popup showed for it ("absent" when nothing). */
export interface PageStoryFigure {
  story: string;
  text: string;
  expected: 'known' | 'new' | 'differs' | 'other';
  shown: 'known' | 'new' | 'differs' | 'absent';
  /** For a figure shown: whether the popup put it under the deal (else under an entity). */
  aboutDeal?: boolean;
}

/** Saves the first outlet (one click), reads the second as the popup does, and places each annotated figure. */
export async function runPageStory(story: PageStory): Promise<PageStoryFigure[]> {
  const second = page(story.second);
  const { shown } = await pageFiguresAfterSaving(page(story.first), second);
  return story.second.expect.map((f) => {
    const at = locate(second.text, f.text, f.occurrence);
    const hit = shown.find((s) => s.fact.figure.start < at.end && at.start < s.fact.figure.end);
    return {
      story: story.id,
      text: f.text,
      expected: f.status,
      shown: hit?.status ?? 'absent',
      ...(hit ? { aboutDeal: hit.subject.type === 'deal' } : {}),
    };
  });
}
