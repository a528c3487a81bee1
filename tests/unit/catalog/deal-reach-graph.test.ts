// The background's cached relation graph must answer exactly as dealReach does over the whole entity list, which
// cards and the popup used before (and the save path still uses).
import { describe, expect, it } from 'vitest';
import { dealReach } from '@/lib/catalog/deal-reach';
import { DealReachGraph } from '@/lib/catalog/deal-reach-graph';
import type { Entity } from '@/lib/schema';
import { loadSeedBundle } from '@/lib/seed/seed-bundle';
import { buildSeedRecords } from '@/lib/seed/seed-records';

const rel = (kind: string, target: string) => ({ kind, target }) as Entity['relations'][number];
const entity = (id: string, ...relations: Entity['relations']) => ({ id, relations });

describe('DealReachGraph', () => {
  it('follows roles one step, then governments and subsidiaries all the way down', () => {
    const graph = new DealReachGraph([
      entity('sheinbaum', rel('role', 'government-of-mexico')),
      entity('government-of-mexico', rel('government-of', 'mexico')),
      entity('mexico'),
      entity('amazon'),
      entity('aws', rel('subsidiary-of', 'amazon')),
      entity('aws-mexico', rel('subsidiary-of', 'aws')),
      entity('bezos', rel('role', 'amazon')),
    ]);
    expect([...graph.reach('mexico')].sort()).toEqual(['government-of-mexico', 'mexico']);
    expect([...graph.reach('amazon')].sort()).toEqual(['amazon', 'aws', 'aws-mexico']);
    expect([...graph.reach('sheinbaum')].sort()).toEqual(['government-of-mexico', 'sheinbaum']);
    expect([...graph.reach('unknown')]).toEqual(['unknown']);
  });

  it('answers as dealReach does for every entity of the seed catalog', async () => {
    const { entities } = await buildSeedRecords(loadSeedBundle(), 0);
    const graph = new DealReachGraph(entities);
    expect(entities.length).toBeGreaterThan(200);
    let withRelations = 0;
    for (const { id } of entities) {
      const expected = [...dealReach(id, entities)].sort();
      if (expected.length > 1) withRelations++;
      expect([...graph.reach(id)].sort(), id).toEqual(expected);
    }
    expect(withRelations).toBeGreaterThan(10);
  });
});
