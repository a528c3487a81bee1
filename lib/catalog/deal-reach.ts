import type { Entity } from '@/lib/schema';

/**
 * The entities whose deals count as an entity's own, following relations the way a reader does: a country
 * through its government, a person through the organizations they speak for, a parent company through its
 * subsidiaries (and their products).
 */
export function dealReach(entityId: string, entities: readonly Entity[]): Set<string> {
  const reach = new Set([entityId]);
  const self = entities.find((e) => e.id === entityId);
  for (const relation of self?.relations ?? []) {
    if (relation.kind === 'role') reach.add(relation.target);
  }
  // Reverse edges: governments of this country, subsidiaries of this company, repeated for subsidiaries' subsidiaries.
  let grew = true;
  while (grew) {
    grew = false;
    for (const entity of entities) {
      if (reach.has(entity.id)) continue;
      const pointsIn = entity.relations.some(
        (r) => (r.kind === 'government-of' || r.kind === 'subsidiary-of') && reach.has(r.target),
      );
      if (pointsIn) {
        reach.add(entity.id);
        grew = true;
      }
    }
  }
  return reach;
}
