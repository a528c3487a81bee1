// The real-page corpus (Mozilla Readability's captures) lives beside the repository, not in it: it is third-party
// article text we may test against but not redistribute. Tests that need it skip, with this reason, when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Why corpus tests were skipped; use as `test.skip(!corpusDir(), CORPUS_SKIP_REASON)`. */
export const CORPUS_SKIP_REASON =
  'corpus folder ../shared/corpus/readability is absent: put the Readability test pages there or set DEAL_LENS_CORPUS to their folder';

/** The corpus folder (`$DEAL_LENS_CORPUS`, else `../shared/corpus/readability` from the repo root), or null. */
export function corpusDir(): string | null {
  const dir = path.resolve(
    REPO_ROOT,
    process.env.DEAL_LENS_CORPUS || path.join('..', 'shared', 'corpus', 'readability'),
  );
  return existsSync(dir) ? dir : null;
}

/** One corpus page as MANIFEST.json lists it (only the fields the tests read are typed). */
export interface CorpusPage {
  name: string;
  lang?: string | null;
  bytes?: number;
  title?: string | null;
  declaredCharset?: string | null;
  [key: string]: unknown;
}

/** The corpus pages (MANIFEST.json order: largest first), or an empty list when the corpus is absent. */
export function corpusPages(): CorpusPage[] {
  const dir = corpusDir();
  if (!dir) return [];
  const manifest = path.join(dir, 'MANIFEST.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as CorpusPage[];
  return [];
}
