import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SeedCatalogSchema } from '@/lib/schema';
import type { SeedBundle } from '@/lib/seed/seed-bundle';
import { DealLensDatabase } from '@/lib/store/db';

const seedsDir = resolve(__dirname, '../../../seeds');

/** The real seed bundle, read from disk the way Vite bundles it into the extension. */
export function readSeedBundle(): SeedBundle {
  const catalog = SeedCatalogSchema.parse(JSON.parse(readFileSync(resolve(seedsDir, 'catalog.json'), 'utf8')));
  const texts: Record<string, string> = {};
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    texts[file] = readFileSync(resolve(seedsDir, file), 'utf8');
  }
  return { catalog, texts };
}

let counter = 0;
/** A database of its own for each test (fake-indexeddb keeps them in memory). */
export function freshDatabase(): DealLensDatabase {
  counter += 1;
  return new DealLensDatabase(`deal-lens-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every record of every table, for "nothing changed" comparisons. */
export async function snapshot(db: DealLensDatabase) {
  const [entities, deals, facts, articles, mentions, meta, candidates] = await Promise.all([
    db.entities.toArray(),
    db.deals.toArray(),
    db.facts.toArray(),
    db.articles.toArray(),
    db.mentions.toArray(),
    db.meta.toArray(),
    db.candidates.toArray(),
  ]);
  return { entities, deals, facts, articles, mentions, meta, candidates };
}
