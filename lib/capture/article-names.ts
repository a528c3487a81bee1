import { countryOfCity } from '@/lib/catalog/cities';
import type { TextRange } from '@/lib/extract/sentences';
import type { MatchSpan } from '@/lib/match/types';
import type { CandidateEntity, Entity, EntityKind } from '@/lib/schema';
import { fold } from '@/lib/text/fold';
import { INVEST_VERBS } from './capture-words';
import { countryAdjectives } from './country-adjectives';

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
  /** The article shows it acting as an organisation: investing, owning ("Lion Grid's campus"), proposing. */
  acts?: boolean;
  /** For a new name: how the article writes it besides `name` (its legal form, a short form, an acronym). */
  forms?: string[];
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
  candidates: readonly (Pick<CandidateEntity, 'name' | 'kindGuess'> & {
    aliases?: readonly (string | { text: string })[];
  })[];
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

/** A legal form at the end of a company's name: "Pampa Nube S.A." is also written "Pampa Nube". */
const LEGAL_FORM_END =
  /[\s,]+(?:S\.?A\.?(?:\s+de\s+C\.?V\.?)?|S\.?A\.?S\.?|S\.?L\.?|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|PLC|plc|GmbH|AG|SE|NV|N\.V\.|JSC|Co\.?|Ltda\.?|SpA|S\.p\.A\.)$/u;

/** How the article may write a candidate name: as proposed, without its legal form, and its aliases. */
function formsOf(candidate: Pick<CandidateEntity, 'name'> & { aliases?: readonly (string | { text: string })[] }) {
  const forms = [candidate.name];
  const bare = candidate.name.replace(LEGAL_FORM_END, '').trim();
  if (bare.length > 1 && bare !== candidate.name) forms.push(bare);
  for (const alias of candidate.aliases ?? []) {
    const text = typeof alias === 'string' ? alias : alias.text;
    if (text.length > 1 && !forms.includes(text)) forms.push(text);
  }
  return forms;
}

/**
 * Every place `name` stands in `text` as a whole word. A name of several words may start in lower case in the
 * text: French and Spanish write "le ministère de la Transition numérique", which the name finder proposes
 * with a capital.
 */
export function findName(text: string, name: string): TextRange[] {
  const first = name.charAt(0);
  const head =
    /\s/u.test(name.trim()) && first.toLowerCase() !== first.toUpperCase()
      ? `[${escapeRegExp(first.toUpperCase())}${escapeRegExp(first.toLowerCase())}]`
      : escapeRegExp(first);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${head}${escapeRegExp(name.slice(1)).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`,
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
  // Longest names first: a shorter candidate that starts a longer one ("Nuvia" of "Nuvia Systèmes") is its
  // short form, not a second thing.
  const byLength = [...input.candidates].sort((a, b) => b.name.length - a.name.length);
  const countryByCode = new Map(
    [...entities.values()].flatMap((e) => (e.kind === 'country' && e.countryCode ? [[e.countryCode, e.id]] : [])),
  );
  const longer: NamedThing[] = [];
  for (const candidate of byLength) {
    const forms = formsOf(candidate);
    const key = `name:${fold(candidate.name)}`;
    if (things.has(key)) continue;
    const found = forms.flatMap((form) => findName(text, form)).filter((r) => !overlapsKnown(r));
    if (found.length === 0) continue;
    const head = fold(candidate.name.replace(LEGAL_FORM_END, '').trim() || candidate.name);
    const owner = longer.find((t) => fold(t.name) === head || fold(t.name).startsWith(`${head} `));
    // A city the catalog knows places the article in its country ("BOGOTÁ —", "un campus à Casablanca").
    const city = countryOfCity(candidate.name);
    const country = city ? countryByCode.get(city) : undefined;
    // Only a bare name is taken for a place from its prepositions: "signé au ministère de…" is an institution.
    const bareName = !/\s/u.test(candidate.name.trim()) && candidate.kindGuess === 'organization';
    const kind = country || (bareName && onlyAsPlace(text, found)) ? 'place' : candidate.kindGuess;
    // A company is named without its legal form ("Pampa Nube", not "Pampa Nube S.A."), which stays an alias.
    const bare = candidate.name.replace(LEGAL_FORM_END, '').trim() || candidate.name;
    const thing: NamedThing = owner ?? { key, name: bare, kind, ...(country ? { country } : {}) };
    if (!owner) {
      things.set(key, thing);
      longer.push(thing);
    }
    const written = surfaces.get(thing.key) ?? new Set<string>();
    for (const form of forms) written.add(form);
    surfaces.set(thing.key, written);
    thing.forms = [...written].filter((form) => form !== thing.name);
    for (const range of found) occurrences.push({ ...range, thing });
  }
  // A country the article names only by its adjective after a noun of place ("l'administration marocaine").
  const countries = [...entities.values()].filter((e) => e.kind === 'country');
  for (const found of countryAdjectives(text, countries)) {
    if (overlapsKnown(found)) continue;
    const key = entityKey(found.country.id);
    const thing = things.get(key) ?? knownThing(found.country, entities);
    things.set(key, thing);
    occurrences.push({ start: found.start, end: found.end, thing });
  }
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const at of occurrences) {
    if (!at.thing.entity && !at.thing.acts && actsAt(text, at)) at.thing.acts = true;
  }
  const title = fold(input.title);
  const inTitle = new Set<string>();
  for (const [key, written] of surfaces) {
    if ([...written].some((surface) => findName(title, fold(surface)).length > 0)) inTitle.add(key);
  }
  return { things, occurrences: withoutOverlaps(occurrences), inTitle };
}

/** "proposed by", "operated by", "de la empresa": words before a name that make it an organisation acting. */
const ACTOR_BEFORE =
  /(?:proposed|led|operated|owned|built|run|backed|developed|financed|funded) by\s+(?:the\s+)?$|(?:propuesto|liderado|operado|construido|desarrollado|financiado|impulsado) por\s+(?:el\s+|la\s+)?$|(?:propose|mene|exploite|detenu|construit|developpe|finance|porte)e?s? par\s+(?:le\s+|la\s+|l')?$/u;
/** Right after a name: its project ("Lion Grid's Batam campus") or its action ("Falcon Grid plans to invest"). */
const ACTOR_AFTER = new RegExp(
  `^(?:['’]s?\\s+(?:[\\p{L}\\d -]{0,25}\\s)?(?:campus|region|data ?cent|plant|project|facility|factory|investment|site|park)|[^.;]{0,40}?(?:${INVEST_VERBS.source.replace('(?:^|[^a-z])', '')}))`,
  'u',
);

/** Whether the words around an occurrence show an organisation acting. */
function actsAt(text: string, at: TextRange): boolean {
  const before = fold(text.slice(Math.max(0, at.start - 40), at.start));
  if (ACTOR_BEFORE.test(before)) return true;
  return ACTOR_AFTER.test(fold(text.slice(at.end, at.end + 60)));
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
