import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from '@/lib/store/storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['the DOMException IndexedDB throws', quota(), true],
    ['Dexie’s own QuotaExceededError', new Dexie.QuotaExceededError('full', quota()), true],
    ['an aborted transaction whose cause is the quota', new Dexie.AbortError('Transaction aborted', quota()), true],
    [
      'the quota two wrappings down',
      new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('full', quota())),
      true,
    ],
    ['Firefox’s older name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['a constraint error', new Dexie.ConstraintError('key already exists'), false],
    ['an abort for another reason', new Dexie.AbortError('aborted', new Error('boom')), false],
    ['a plain error', new Error('QuotaExceededError in the message only'), false],
    ['a string', 'QuotaExceededError', false],
    ['nothing', undefined, false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('does not loop on an error that is its own cause', () => {
    const cyclic: { name: string; inner?: unknown } = { name: 'AbortError' };
    cyclic.inner = cyclic;
    expect(isQuotaError(cyclic)).toBe(false);
  });
});
