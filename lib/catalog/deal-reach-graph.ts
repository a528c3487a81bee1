import type { Entity } from '@/lib/schema';

/**
 * The relations that decide whose deals count as an entity's own, indexed once per catalog version so a card or the
 * popup does not load and walk every entity (10,000 in the benchmark's large catalog) each time it asks.
 * Same rule as `dealReach` (deal-reach.ts): the entity, the organizations it speaks for (its roles, one
 * step), then everything that is their government or their subsidiary, and so on down.
 */
export class DealReachGraph {
  private readonly roles = new Map<string, string[]>();
  /** target → the entities that are its government or its subsidiary. */
  private readonly pointingIn = new Map<string, string[]>();
  private readonly known = new Set<string>();

  constructor(entities: readonly Pick<Entity, 'id' | 'relations'>[]) {
    for (const entity of entities) {
      this.known.add(entity.id);
      for (const relation of entity.relations) {
        if (relation.kind === 'role') push(this.roles, entity.id, relation.target);
        else if (relation.kind === 'government-of' || relation.kind === 'subsidiary-of') {
          push(this.pointingIn, relation.target, entity.id);
        }
      }
    }
  }

  /** The entity ids whose deals count as `entityId`'s (itself included). */
  reach(entityId: string): Set<string> {
    const reach = new Set([entityId]);
    if (this.known.has(entityId)) for (const target of this.roles.get(entityId) ?? []) reach.add(target);
    const queue = [...reach];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const source of this.pointingIn.get(next) ?? []) {
        if (reach.has(source)) continue;
        reach.add(source);
        queue.push(source);
      }
    }
    return reach;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
