// Types for news-page.mjs, so the TypeScript tests (strict, no allowJs) can import it.

export interface NewsPageInput {
  title: string;
  /** BCP 47 language of the article ("fr", "en"); "und" writes no lang attribute. */
  lang?: string;
  /** Shown in the masthead; a plainly-labelled demo name when absent. */
  publisher?: string;
  author?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, written to <time datetime>. */
  publishedDate?: string;
  /** A full ISO 8601 timestamp; when given it is the declared time (meta and <time datetime>) and wins over `publishedDate`. */
  publishedTime?: string;
  /** The page's own address: `og:url` and `<link rel="canonical">`. */
  url?: string;
  /** The dateline that opens the first paragraph ("LIMA, 5 ago (Austral) –"), set apart in a `<span class="dateline">`. */
  dateline?: string | null;
  /** Set short unpunctuated paragraphs (after the first) as `<h2 class="intertitle">`. */
  intertitles?: boolean;
  /** Each becomes one <p>, text kept verbatim (HTML-escaped). */
  paragraphs: string[];
  /** Links for the "À lire aussi" aside. */
  related?: { title: string; href: string }[];
}

/** What the demo page was built from: the catalog's metadata (or fallbacks) and the verbatim lines. */
export interface SeedNewsArticle {
  id: string;
  seedFile: string;
  title: string;
  publisher?: string;
  author?: string;
  publishedDate?: string;
  language: string;
  /** The non-blank lines of seeds/<seedFile>, verbatim. */
  paragraphs: string[];
}

export interface SeedNewsPage {
  slug: string;
  /** File name relative to the demo root, e.g. `google-cloud-salvador.html` (served under `/demo/`). */
  path: string;
  html: string;
  article: SeedNewsArticle;
}

/** One outlet's article of the deal-story corpus, as tests/support/deal-corpus.ts loads it. */
export interface StoryPageInput {
  title: string;
  lang: string;
  siteName: string;
  author: string;
  publishedTime: string;
  url: string;
  dateline: string | null;
  paragraphs: string[];
}

export const REPO_ROOT: string;
export function escapeHtml(value: unknown): string;
export function formatPartialDate(date: string, lang: string): string;
export function renderNewsPage(input: NewsPageInput): string;
export function renderIndexPage(pages: SeedNewsPage[]): string;
export function isIntertitle(paragraph: string, index: number): boolean;
export function renderStoryPage(
  outlet: StoryPageInput,
  options?: { related?: { title: string; href: string }[] },
): string;
export function seedParagraphs(text: string): string[];
export function slugFromFile(seedFile: string): string;
export function seedNewsPages(options?: { seedsDir?: string }): Promise<SeedNewsPage[]>;
export function writeDemoSite(dir: string, options?: { seedsDir?: string }): Promise<SeedNewsPage[]>;
