import { foldAlias } from '@/lib/match/normalize';
import type { Deal, Entity, Fact, Mention, Relation } from '@/lib/schema';
import type { LibraryData } from './records';
import { type FieldIssue, RecordValidationError } from './validation';

/** What merging one entity into another writes: the kept entity and every record that pointed at the other. */
export interface MergePlan {
  kept: Entity;
  dropped: Entity;
  updated: { entities: Entity[]; deals: Deal[]; facts: Fact[] };
  mentions: { put: Mention[]; remove: Mention[] };
}

/** Items of `extra` whose key `list` does not have yet, after `list`: the kept entity's own wording wins. */
function union<T>(list: readonly T[], extra: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(list.map(key));
  const out = [...list];
  for (const item of extra) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

const relationKey = (r: Relation) => `${r.kind}|${r.target}|${r.role ?? ''}`;

/** Relations with `from` replaced by `to`, without relations of an entity to itself, without duplicates. */
function retarget(relations: readonly Relation[], from: string, to: string, self: string): Relation[] {
  const moved = relations.map((r) => (r.target === from ? { ...r, target: to } : r)).filter((r) => r.target !== self);
  return union([], moved, relationKey);
}

/**
 * Plans merging `dropId` into `keepId` (a reader-added "Amazon Web Services (AWS)" into the seed AWS): the kept
 * entity gains the other's aliases, exclusions and relations, and fills its blank fields from it; every deal,
 * fact, relation and mention of the other moves to it; the other is deleted. Throws a
 * {@link RecordValidationError} when the merge cannot be done (unknown id, same entity, or a deal between the two
 * that would be left with one party).
 */
export function planMerge(data: LibraryData, keepId: string, dropId: string, now: number): MergePlan {
  const keep = data.entities.find((e) => e.id === keepId);
  const drop = data.entities.find((e) => e.id === dropId);
  const fail = (issue: FieldIssue) => {
    throw new RecordValidationError(`merge ${dropId} into ${keepId}`, [issue]);
  };
  const unknown = (path: string, id: string): FieldIssue => ({
    path,
    message: `no entity with id "${id}"`,
    code: 'unknown-entity',
    params: { id },
  });
  if (!keep) fail(unknown('keep', keepId));
  if (!drop) fail(unknown('drop', dropId));
  if (keepId === dropId) fail({ path: 'drop', message: 'an entity cannot be merged into itself', code: 'self-merge' });
  const k = keep as Entity;
  const d = drop as Entity;

  const kept: Entity = {
    ...k,
    description: k.description || d.description,
    descriptionFr: k.descriptionFr ?? d.descriptionFr,
    countryCode: k.countryCode ?? d.countryCode,
    aliases: union(k.aliases, d.aliases, (a) => foldAlias(a.text)),
    excludes: union(k.excludes, d.excludes, foldAlias),
    relations: retarget([...k.relations, ...d.relations], dropId, keepId, keepId),
    editedAt: now,
  };

  const entities = data.entities
    .filter((e) => e.id !== keepId && e.id !== dropId && e.relations.some((r) => r.target === dropId))
    .map((e) => ({ ...e, relations: retarget(e.relations, dropId, keepId, e.id), editedAt: now }));

  const deals: Deal[] = [];
  for (const deal of data.deals.filter((x) => x.parties.includes(dropId))) {
    const parties = [...new Set(deal.parties.map((p) => (p === dropId ? keepId : p)))];
    if (parties.length < 2) {
      fail({
        path: 'deals',
        message: `deal "${deal.id}" would be left with a single party`,
        code: 'single-party',
        params: { deal: deal.title },
      });
    }
    deals.push({ ...deal, parties, editedAt: now });
  }

  const facts = data.facts
    .filter((f) => f.subject.type === 'entity' && f.subject.id === dropId)
    .map((f) => ({ ...f, subject: { type: 'entity' as const, id: keepId }, editedAt: now }));

  const remove = data.mentions.filter((m) => m.entityId === dropId);
  const put = remove.map((m) => {
    const existing = data.mentions.find((x) => x.articleId === m.articleId && x.entityId === keepId);
    return { articleId: m.articleId, entityId: keepId, count: m.count + (existing?.count ?? 0) };
  });

  return { kept, dropped: d, updated: { entities, deals, facts }, mentions: { put, remove } };
}
