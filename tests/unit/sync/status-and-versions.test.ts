import { describe, expect, it } from 'vitest';
import { SyncStatusSchema } from '@/lib/schema/sync';
import { differingFields, mergeVersions } from '@/lib/sync/field-versions';
import { syncStatusText } from '@/lib/sync/status-text';

const now = Date.UTC(2026, 0, 1, 12);
const status = (over: object) => SyncStatusSchema.parse({ state: 'synced', ...over });

describe('the status line', () => {
  it.each([
    ['not set up', status({ state: 'off' }), false, 'Not set up: nothing leaves this browser'],
    ['synced', status({ lastSyncedAt: now - 120_000, waiting: 3 }), true, 'Synced 2 minutes ago · 3 changes waiting'],
    ['syncing', status({ state: 'syncing' }), true, 'Syncing…'],
    [
      'down',
      status({ state: 'error', error: 'unreachable', waiting: 1 }),
      true,
      /^Server unreachable.* · 1 change waiting$/,
    ],
    ['wrong password', status({ state: 'error', error: 'wrong-password' }), true, /^Wrong user name or password/],
    ['non-member', status({ state: 'error', error: 'not-member' }), true, /^Not a member of this database/],
    ['too old', status({ state: 'error', error: 'too-old' }), true, /^Server too old/],
    [
      'conflicts and quarantine',
      status({ lastSyncedAt: now, conflicts: 1, quarantined: 2 }),
      true,
      'Synced just now · 1 record edited in two places · 2 documents from the server set aside (invalid)',
    ],
  ])('%s', (_name, input, configured, expected) => {
    const text = syncStatusText(input, configured, now);
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
});

describe('versions of a record edited in two places', () => {
  const versions = [
    {
      rev: '2-a',
      author: 'alice',
      changedAt: 1,
      record: { id: 'x', name: 'Acme', description: 'From A', origin: 'user', editedAt: 1 },
    },
    {
      rev: '2-b',
      author: 'bob',
      changedAt: 2,
      record: { id: 'x', name: 'Acme', description: 'From B', countryCode: 'FR', origin: 'user', editedAt: 2 },
    },
  ];

  it('lists only the fields that differ, bookkeeping aside', () => {
    expect(differingFields(versions)).toEqual([
      { field: 'description', values: ['From A', 'From B'] },
      { field: 'countryCode', values: [undefined, 'FR'] },
    ]);
  });

  it('merges the chosen field of each version, dropping a field absent from the pick', () => {
    expect(mergeVersions(versions, { description: 1, countryCode: 0 })).toEqual({
      id: 'x',
      name: 'Acme',
      description: 'From B',
      origin: 'user',
      editedAt: 1,
    });
  });
});
