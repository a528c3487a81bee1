import type { TextRange } from '@/lib/extract/sentences';
import type { MatchSpan } from '@/lib/match/types';
import type { CandidateEntity, Entity, EntityKind } from '@/lib/schema';
import { fold } from '@/lib/text/fold';

/**
 * Something an article names: an entity of the store, or a name it does not know yet (a candidate entity, with
 * its guessed kind). Deal capture reasons about both alike.
 */
export interface NamedThing {
  /** `entity:<id>` or `name:<folded name>`. */
  key: string;
  name: string;
  kind: EntityKind;
  /** The store's entity, when known. */
  entity?: Entity;
  /** The country entity it is, governs or lies in (known entities only). */
  country?: string;
  /** For a person: the key of the organisation they hold a role at. */
  employer?: string;
  /** For a product: the key of the company that sells it. */
  maker?: string;
}

/** One place where the article names a thing. */
export interface NameAt extends TextRange {
  thing: NamedThing;
}

/** Everything an article names, where, and which of it its title names. */
export interface ArticleNames {
  things: ReadonlyMap<string, NamedThing>;
  /** In text order, without overlaps. */
  occurrences: readonly NameAt[];
  /** Keys of the things the title names. */
  inTitle: ReadonlySet<string>;
}

/** What {@link articleNames} reads. */
export interface ArticleNamesInput {
  text: string;
  title: string;
  spans: readonly MatchSpan[];
  entities: ReadonlyMap<string, Entity>;
  candidates: readonly Pick<CandidateEntity, 'name' | 'kindGuess'>[];
}

const entityKey = (id: string) => `entity:${id}`;

/** A preposition of place right before a name: "à Santiago", "in Santiago", "en Santiago". */
const LOCATIVE_BEFORE = /(?:^|[\s'’])(?:à|au|aux|en|dans|in|at|near|a|desde|hacia|près de|cerca de)\s+$/iu;

/** A new name the article only ever writes after a preposition of place is a city or a region, not a party. */
function onlyAsPlace(text: string, found: readonly TextRange[]): boolean {
  return found.every((r) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start)));
}

/** The country an entity is, governs, or lies in (following up to three `located-in` steps). */
function countryOf(entity: Entity, entities: ReadonlyMap<string, Entity>): string | undefined {
  let current: Entity | undefined = entity;
  for (let step = 0; current && step < 4; step++) {
    if (current.kind === 'country') return current.id;
    const next: string | undefined = current.relations.find(
      (r) => r.kind === 'government-of' || r.kind === 'located-in',
    )?.target;
    current = next ? entities.get(next) : undefined;
  }
  return undefined;
}

function knownThing(entity: Entity, entities: ReadonlyMap<string, Entity>): NamedThing {
  const target = (kind: string) => entity.relations.find((r) => r.kind === kind)?.target;
  const employer = entity.kind === 'person' ? target('role') : undefined;
  const maker = entity.kind === 'asset' ? target('product-of') : undefined;
  return {
    key: entityKey(entity.id),
    name: entity.name,
    kind: entity.kind,
    entity,
    country: countryOf(entity, entities),
    employer: employer ? entityKey(employer) : undefined,
    maker: maker ? entityKey(maker) : undefined,
  };
}

/** Escapes a string for use inside a regular expression. */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Every place `name` stands in `text` as a whole word. */
export function findName(text: string, name: string): TextRange[] {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The things an article names and where: the matcher's spans of store entities, and every occurrence of each
 * candidate name (a new name is proposed once, but the article may name it ten times). A candidate occurrence
 * inside a known span is the known entity's. The title is searched for the same names, as written in the text.
 */
export function articleNames(input: ArticleNamesInput): ArticleNames {
  const { text, entities } = input;
  const things = new Map<string, NamedThing>();
  const occurrences: NameAt[] = [];
  const surfaces = new Map<string, Set<string>>();
  for (const span of input.spans) {
    const entity = entities.get(span.entityId);
    if (!entity) continue;
    const key = entityKey(entity.id);
    let thing = things.get(key);
    if (!thing) {
      thing = knownThing(entity, entities);
      things.set(key, thing);
    }
    occurrences.push({ start: span.start, end: span.end, thing });
    const set = surfaces.get(key) ?? new Set<string>();
    set.add(text.slice(span.start, span.end));
    surfaces.set(key, set);
  }
  const known = [...occurrences];
  const overlapsKnown = (r: TextRange) => known.some((k) => r.start < k.end && k.start < r.end);
  for (const candidate of input.candidates) {
    const key = `name:${fold(candidate.name)}`;
    if (things.has(key)) continue;
    const found = findName(text, candidate.name).filter((r) => !overlapsKnown(r));
    if (found.length === 0) continue;
    const kind = onlyAsPlace(text, found) ? 'place' : candidate.kindGuess;
    const thing: NamedThing = { key, name: candidate.name, kind };
    things.set(key, thing);
    surfaces.set(key, new Set([candidate.name]));
    for (const range of found) occurrences.push({ ...range, thing });
  }
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  const title = fold(input.title);
  const inTitle = new Set<string>();
  for (const [key, written] of surfaces) {
    if ([...written].some((surface) => findName(title, fold(surface)).length > 0)) inTitle.add(key);
  }
  return { things, occurrences: withoutOverlaps(occurrences), inTitle };
}

/** Keeps the first (and longest) of overlapping occurrences. */
function withoutOverlaps(sorted: readonly NameAt[]): NameAt[] {
  const out: NameAt[] = [];
  for (const occurrence of sorted) {
    const last = out.at(-1);
    if (last && occurrence.start < last.end) continue;
    out.push(occurrence);
  }
  return out;
}

/** The occurrences that lie inside a range. */
export function namesIn(names: ArticleNames, range: TextRange): NameAt[] {
  return names.occurrences.filter((o) => o.start >= range.start && o.end <= range.end);
}
