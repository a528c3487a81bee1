import { type CompiledMatcher, compileMatcher } from '@/lib/match/compile';
import { readCatalogVersion } from '@/lib/store/catalog-version';
import type { DealLensDatabase } from '@/lib/store/db';

/**
 * Keeps one compiled matcher per catalog version in the background, so pages never pay for compiling it:
 * a page only sends its text and gets offsets back.
 */
export class MatcherCache {
  private cached?: { version: string; matcher: CompiledMatcher };
  private pending?: Promise<{ version: string; matcher: CompiledMatcher }>;

  constructor(private readonly db: DealLensDatabase) {}

  async get(): Promise<{ version: string; matcher: CompiledMatcher }> {
    const version = await readCatalogVersion(this.db);
    if (this.cached?.version === version) return this.cached;
    // Concurrent scans of several tabs share one compilation.
    this.pending ??= (async () => {
      const entities = await this.db.entities.toArray();
      const compiled = { version, matcher: compileMatcher(entities) };
      this.cached = compiled;
      return compiled;
    })().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }
}
