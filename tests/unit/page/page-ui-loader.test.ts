import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageUi, PageUiOptions } from '@/lib/content/page-ui';
import { PAGE_UI_GLOBAL } from '@/lib/content/page-ui';
import { PageUiLoader } from '@/lib/content/page-ui-loader';

const scope = globalThis as Record<string, unknown>;
afterEach(() => {
  delete scope[PAGE_UI_GLOBAL];
});

describe('PageUiLoader', () => {
  it('injects the UI script once, however many ask at once, and makes the UI once', async () => {
    const ui = { cards: {}, navigation: {} } as unknown as PageUi;
    const create = vi.fn((_options: PageUiOptions) => ui);
    const inject = vi.fn(async () => {
      scope[PAGE_UI_GLOBAL] = create;
    });
    const loader = new PageUiLoader(inject, {} as PageUiOptions);
    expect(loader.current()).toBeUndefined();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(ui);
    expect(b).toBe(ui);
    expect(await loader.load()).toBe(ui);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledTimes(1);
    expect(loader.current()).toBe(ui);
  });

  it('reports a script that did not start, and tries again next time', async () => {
    const inject = vi.fn(async () => {});
    const loader = new PageUiLoader(inject, {} as PageUiOptions);
    await expect(loader.load()).rejects.toThrow(/did not start/);
    await expect(loader.load()).rejects.toThrow(/did not start/);
    expect(inject).toHaveBeenCalledTimes(2);
  });
});
