import { describe, expect, it } from 'vitest';
import { KeyedQueue, saveKey } from '@/lib/save/save-queue';

/** A task that logs when it starts and ends, and finishes when the test says so. */
function controlled(log: string[], name: string, fail = false) {
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const task = async () => {
    log.push(`${name} start`);
    await done;
    log.push(`${name} end`);
    if (fail) throw new Error(`${name} failed`);
    return name;
  };
  return { task, finish: () => finish() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('KeyedQueue', () => {
  it('runs tasks of one key one after another, in order', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const a = controlled(log, 'a');
    const b = controlled(log, 'b');
    const results = [queue.run('k', a.task), queue.run('k', b.task)];
    await settle();
    expect(log).toEqual(['a start']);
    a.finish();
    b.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('runs tasks of different keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const a = controlled(log, 'a');
    const b = controlled(log, 'b');
    const results = [queue.run('one', a.task), queue.run('two', b.task)];
    await settle();
    expect(log).toEqual(['a start', 'b start']);
    b.finish();
    a.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b']);
  });

  it('a failed task fails for its caller only; the next one still runs', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const a = controlled(log, 'a', true);
    const b = controlled(log, 'b');
    const first = queue.run('k', a.task);
    const second = queue.run('k', b.task);
    a.finish();
    b.finish();
    await expect(first).rejects.toThrow('a failed');
    await expect(second).resolves.toBe('b');
  });
});

describe('saveKey', () => {
  it.each([
    [
      'the canonical URL when the page gives one',
      { url: 'https://n.example/a?utm=1', canonicalUrl: 'https://n.example/a' },
      'https://n.example/a',
    ],
    ['the URL read otherwise', { url: 'https://n.example/a?utm=1' }, 'https://n.example/a?utm=1'],
  ])('%s', (_name, article, key) => {
    expect(saveKey(article)).toBe(key);
  });
});
