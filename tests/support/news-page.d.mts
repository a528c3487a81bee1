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

export const REPO_ROOT: string;
export function escapeHtml(value: unknown): string;
export function formatPartialDate(date: string, lang: string): string;
export function renderNewsPage(input: NewsPageInput): string;
export function renderIndexPage(pages: SeedNewsPage[]): string;
export function seedParagraphs(text: string): string[];
export function slugFromFile(seedFile: string): string;
export function seedNewsPages(options?: { seedsDir?: string }): Promise<SeedNewsPage[]>;
export function writeDemoSite(dir: string, options?: { seedsDir?: string }): Promise<SeedNewsPage[]>;
