import { describe, expect, it } from 'vitest';
import { clickVerdict, SETTLE_MS } from '@/lib/card/click-verdict';

describe('clickVerdict', () => {
  it.each([
    ['seen for a while, unmoved', { now: 5_000, canTell: true, visibleSince: 1_000 }, 'act'],
    ['seen exactly long enough', { now: 1_000 + SETTLE_MS, canTell: true, visibleSince: 1_000 }, 'act'],
    ['only just shown', { now: 1_100, canTell: true, visibleSince: 1_000 }, 'confirm'],
    ['covered (no visible verdict)', { now: 5_000, canTell: true }, 'confirm'],
    ['visible only after the click', { now: 5_000, canTell: true, visibleSince: 5_050 }, 'confirm'],
    ['a browser that cannot tell (Firefox)', { now: 5_000, canTell: false, visibleSince: 1_000 }, 'confirm'],
    [
      'moved under the pointer just before',
      { now: 5_000, canTell: true, visibleSince: 1_000, movedAt: 4_900 },
      'moved',
    ],
    ['moved long ago', { now: 5_000, canTell: true, visibleSince: 1_000, movedAt: 1_500 }, 'act'],
    ['moved just before, in Firefox', { now: 5_000, canTell: false, movedAt: 4_990 }, 'moved'],
  ] as const)('%s → %s', (_name, facts, verdict) => {
    expect(clickVerdict(facts)).toBe(verdict);
  });
});
