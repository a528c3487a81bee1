import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PersistentStorage, requestPersistentStorage } from '@/lib/store/persistent-storage';

describe('requestPersistentStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const storage = (persist: () => Promise<boolean>, persisted?: () => Promise<boolean>): PersistentStorage => ({
    persist: vi.fn(persist),
    ...(persisted ? { persisted: vi.fn(persisted) } : {}),
  });

  it.each([
    ['granted', storage(async () => true), true],
    ['refused', storage(async () => false), false],
    [
      'already persistent: not asked again',
      storage(
        async () => false,
        async () => true,
      ),
      true,
    ],
    [
      'not yet persistent: asked',
      storage(
        async () => true,
        async () => false,
      ),
      true,
    ],
    [
      'the API throws',
      storage(async () => {
        throw new Error('not allowed');
      }),
      false,
    ],
    ['a storage without persist()', {} as PersistentStorage, undefined],
  ])('%s → %s', async (_name, given, expected) => {
    await expect(requestPersistentStorage(given)).resolves.toBe(expected);
  });

  it.each([
    ['no navigator', undefined],
    ['a navigator without storage', {}],
  ])('%s: nothing to ask, nothing thrown', async (_name, navigator) => {
    vi.stubGlobal('navigator', navigator);
    await expect(requestPersistentStorage()).resolves.toBeUndefined();
  });

  it("asks the browser's own navigator.storage by default", async () => {
    const own = storage(async () => true);
    vi.stubGlobal('navigator', { storage: own });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(own.persist).toHaveBeenCalledOnce();
  });

  it('asks only when the store is not persistent yet', async () => {
    const already = storage(
      async () => true,
      async () => true,
    );
    await requestPersistentStorage(already);
    expect(already.persist).not.toHaveBeenCalled();
  });
});
