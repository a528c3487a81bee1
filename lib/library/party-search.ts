import { foldAlias } from '@/lib/match/normalize';
import type { Entity } from '@/lib/schema';

/** An entity as the party picker offers it: its id, what it shows, and what it is searched by. */
export interface PartyOption {
  value: string;
  /** "Huawei (Company)". */
  label: string;
  name: string;
  /** Folded name, then folded aliases. */
  keys: string[];
  aliases: string[];
}

/** What a search found: the option, and the alias it matched by when not the name. */
export interface PartyMatch {
  option: PartyOption;
  alias?: string;
}

/** The picker's options for a store's entities, sorted by name. */
export function partyOptions(entities: readonly Entity[], kindLabel: (e: Entity) => string): PartyOption[] {
  return entities
    .map((e) => {
      const aliases = e.aliases.map((a) => a.text).filter((t) => foldAlias(t) !== foldAlias(e.name));
      return {
        value: e.id,
        label: `${e.name} (${kindLabel(e)})`,
        name: e.name,
        keys: [foldAlias(e.name), ...aliases.map(foldAlias)],
        aliases,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The options matching what the reader typed, best first: the name starting with it, then a word of the name, then
 * the name holding it, then an alias ("Gobierno del Perú" finds Government of Peru). Accents and case ignored.
 * At most `limit`; an empty query lists the first options.
 */
export function searchParties(options: readonly PartyOption[], query: string, limit = 50): PartyMatch[] {
  const q = foldAlias(query.trim());
  if (!q) return options.slice(0, limit).map((option) => ({ option }));
  const scored: { match: PartyMatch; rank: number }[] = [];
  for (const option of options) {
    const [name = '', ...aliases] = option.keys;
    let rank = name.startsWith(q) ? 0 : name.split(/\s+/u).some((w) => w.startsWith(q)) ? 1 : name.includes(q) ? 2 : -1;
    let alias: string | undefined;
    if (rank < 0) {
      const at = aliases.findIndex((a) => a.includes(q));
      if (at >= 0) {
        rank = aliases[at]?.startsWith(q) ? 3 : 4;
        alias = option.aliases[at];
      }
    }
    if (rank >= 0) scored.push({ match: { option, alias }, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.match.option.label.localeCompare(b.match.option.label))
    .slice(0, limit)
    .map((s) => s.match);
}

/** Whether an entity is already named or written exactly so (then the picker offers no "Create"). */
export function namedExactly(options: readonly PartyOption[], name: string): boolean {
  const folded = foldAlias(name.trim());
  return options.some((o) => o.keys.includes(folded));
}
