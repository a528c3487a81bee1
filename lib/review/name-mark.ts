import type { Entity } from '@/lib/schema';
import { fold } from '@/lib/text/fold';

/**
 * The store's entity a proposed name already is, when one carries it as its name or an alias (folded: case and
 * accents aside). A name proposed at save time can join the store afterwards — the deal the reader created added
 * it, or another article's review did — and the review page then marks it "in store" instead of offering it.
 */
export function entityNamed(name: string, entities: readonly Pick<Entity, 'id' | 'name' | 'aliases'>[]) {
  const key = fold(name.trim());
  if (!key) return undefined;
  return entities.find((e) => fold(e.name) === key || e.aliases.some((a) => fold(a.text) === key));
}
