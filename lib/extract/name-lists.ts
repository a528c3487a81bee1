import type { MatchSpan } from '@/lib/match/types';
import type { EntityKind } from '@/lib/schema';
import type { Occurrence } from './candidate-groups';
import { type KindGuess, mergeKinds } from './entity-kind';

/** Between two items of a list: a comma, a conjunction, or both ("Intel, Oracle y Continental"). */
const LIST_GAP =
  /^(?:[ \u00A0]*,[ \u00A0]*(?:(?:and|et|y|or|ou|o|e)[ \u00A0]+)?|[ \u00A0]+(?:and|et|y|or|ou|o|e)[ \u00A0]+)$/u;
/** A preposition of place before a list: "en Achacachi y Copacabana", "offices in Austin, Bangalore and Bogotá". */
const PLACE_LIST_BEFORE = /(?:^|\s)(?:in|en|à|au|aux|entre|between)\s+$/u;
/** "Alphabet's Google": the owner of a company is a company. */
const POSSESSIVE_GAP = /^['’]s[ \u00A0]+$/u;

interface Item {
  start: number;
  end: number;
  /** The kind it is known or confidently guessed as; undefined when unsure. */
  kind?: KindGuess;
  occurrence?: Occurrence;
}

const asGuess = (kind: EntityKind | undefined): KindGuess | undefined =>
  kind === 'asset' || kind === undefined ? undefined : kind;

/** The kind an occurrence's own evidence gives, when it is strong enough to lend to its neighbours. */
function confident(o: Occurrence): KindGuess | undefined {
  const best = Math.max(0, ...Object.values(o.kind));
  return best >= 3 ? mergeKinds([o.kind]) : undefined;
}

/**
 * Names listed together are usually of one kind: an unsure name in a list of known or confidently guessed
 * companies gets a company vote ("Microsoft, Alphabet's Google and Amazon Web Services"), one among cities a place
 * vote ("offices in Austin, Bangalore and Bogotá"). The owner of a known company is a company. Changes the
 * occurrences' votes in place.
 */
export function lendListKinds(
  text: string,
  occurrences: readonly Occurrence[],
  known: readonly MatchSpan[],
  kinds: ReadonlyMap<string, EntityKind> | undefined,
): void {
  const items: Item[] = [
    ...occurrences.map((o) => ({ start: o.start, end: o.end, kind: confident(o), occurrence: o })),
    ...known.map((s) => ({ start: s.start, end: s.end, kind: asGuess(kinds?.get(s.entityId)) })),
  ].sort((a, b) => a.start - b.start);
  let chain: Item[] = [];
  let joined = false;
  const close = () => {
    const first = chain[0];
    // "X, Y" may be an apposition ("Entel, Juan Carlos Saravia"): a list ends on a conjunction.
    if (chain.length >= 2 && joined) {
      if (first && PLACE_LIST_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) {
        for (const item of chain)
          if (item.occurrence) item.occurrence.kind.place = (item.occurrence.kind.place ?? 0) + 1;
      }
      const sure = new Set(chain.map((i) => i.kind).filter((k) => k !== undefined));
      const only = sure.size === 1 ? [...sure][0] : undefined;
      for (const item of chain) {
        if (!item.occurrence) continue;
        // A name in a list of names is one, even opening its sentence ("Microsoft, Oracle Corp. and …").
        item.occurrence.supported = true;
        if (only && !item.kind) item.occurrence.kind[only] = (item.occurrence.kind[only] ?? 0) + 2;
      }
    }
    chain = [];
    joined = false;
  };
  items.forEach((item, i) => {
    const next = items[i + 1];
    const gap = next ? text.slice(item.end, next.start) : '';
    if (next && POSSESSIVE_GAP.test(gap)) {
      // "Abu Dhabi's G42": the owner is not an item of the list; an owner of a known company is a company.
      if (next.kind === 'company' && item.occurrence)
        item.occurrence.kind.company = (item.occurrence.kind.company ?? 0) + 3;
      return;
    }
    chain.push(item);
    if (next && LIST_GAP.test(gap)) {
      if (/(?:and|et|y|or|ou|o|e)[ \u00A0]+$/u.test(gap)) joined = true;
    } else close();
  });
}
