import { fold } from '@/lib/text/fold';

/**
 * The store's entity a proposed name already is, when one carries it as its name or an alias (folded: case and
 * accents aside). A name proposed at save time can join the store afterwards — the deal the reader created added
 * it, or another article's review did — and the review page then marks it "in store" instead of offering it.
 */
export function entityNamed<E extends { id: string; name: string; aliases: readonly { text: string }[] }>(
  name: string,
  entities: readonly E[],
): E | undefined {
  const key = fold(name.trim());
  if (!key) return undefined;
  return entities.find((e) => fold(e.name) === key || e.aliases.some((a) => fold(a.text) === key));
}
