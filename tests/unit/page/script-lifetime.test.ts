import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptLifetime } from '@/lib/content/script-lifetime';

afterEach(() => {
  vi.useRealTimers();
});

describe('scriptLifetime', () => {
  it('ends by itself, as orphaned, once its extension is gone', () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = scriptLifetime(() => alive);
    vi.advanceTimersByTime(5_000);
    expect(lifetime.signal.aborted).toBe(false);
    alive = false;
    vi.advanceTimersByTime(1_000);
    expect(lifetime.signal.aborted).toBe(true);
    expect(lifetime.orphaned).toBe(true);
  });

  it('ends when asked, not orphaned', () => {
    const lifetime = scriptLifetime(() => true);
    lifetime.end();
    expect(lifetime.signal.aborted).toBe(true);
    expect(lifetime.orphaned).toBe(false);
  });
});
