import type { Coded } from './validation';

/** Why a bundle was refused; the UI words each one in the reader's language. */
export type BundleErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-a-bundle'
  | 'bad-version'
  | 'newer-version'
  | 'invalid'
  | 'duplicate-id'
  | 'broken-reference';

/** One thing wrong, and where: a path into the bundle such as `entities[3].aliases[0].text`. */
export interface BundleIssue extends Coded {
  where: string;
}

/** Most issues listed: a bundle of garbage has thousands, and the first few say what is wrong. */
export const MAX_LISTED_ISSUES = 12;

/** A refused bundle. Nothing was written: checks run before the transaction, or abort it. */
export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    readonly issues: readonly BundleIssue[],
    /** How many issues there were in all (`issues` lists at most {@link MAX_LISTED_ISSUES}). */
    readonly total = issues.length,
    /** Figures for the message: sizes, versions. */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${issues.map((i) => `${i.where}: ${i.message}`).join('; ')}`);
    this.name = 'BundleError';
  }
}

/** `["entities", 3, "aliases", 0, "text"]` → `entities[3].aliases[0].text`. */
export function bundlePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
