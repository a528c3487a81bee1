import { DealReachGraph } from '@/lib/catalog/deal-reach-graph';
import { type CompiledMatcher, compileMatcher } from '@/lib/match/compile';
import type { EntityKind } from '@/lib/schema';
import { readCatalogVersion } from '@/lib/store/catalog-version';
import type { DealLensDatabase } from '@/lib/store/db';

/** A compiled matcher and the kind of every entity it knows, for one catalog version. */
export interface CompiledCatalog {
  version: string;
  matcher: CompiledMatcher;
  kinds: ReadonlyMap<string, EntityKind>;
  /** Whose deals count as whose (cards, the popup's related deals). */
  reach: DealReachGraph;
}

/**
 * Keeps one compiled matcher per catalog version in the background, so pages never pay for compiling it:
 * a page only sends its text and gets offsets back.
 */
export class MatcherCache {
  private cached?: CompiledCatalog;
  private pending?: Promise<CompiledCatalog>;

  constructor(private readonly db: DealLensDatabase) {}

  async get(): Promise<CompiledCatalog> {
    const version = await readCatalogVersion(this.db);
    if (this.cached?.version === version) return this.cached;
    // Concurrent scans of several tabs share one compilation.
    this.pending ??= (async () => {
      const entities = await this.db.entities.toArray();
      const compiled = {
        version,
        matcher: compileMatcher(entities),
        kinds: new Map(entities.map((e) => [e.id, e.kind])),
        reach: new DealReachGraph(entities),
      };
      this.cached = compiled;
      return compiled;
    })().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }
}
