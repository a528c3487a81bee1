import { type SeedCatalog, SeedCatalogSchema } from '@/lib/schema';
import catalogJson from '@/seeds/catalog.json';

/** The shipped seed catalog and the verbatim texts of its articles, keyed by file name. */
export interface SeedBundle {
  catalog: SeedCatalog;
  texts: Record<string, string>;
}

// Vite inlines the verbatim seed articles at build time: the extension never fetches anything.
const seedTexts = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default', eager: true });

/** Parses the bundled catalog (refusing it with the offending field named if it is invalid) and its texts. */
export function loadSeedBundle(): SeedBundle {
  const catalog = SeedCatalogSchema.parse(catalogJson);
  const texts: Record<string, string> = {};
  for (const [path, text] of Object.entries(seedTexts)) {
    texts[path.slice(path.lastIndexOf('/') + 1)] = text;
  }
  return { catalog, texts };
}
