// The context menus exist after install, after every browser start, and are never created twice (issue 12).
import { describe, expect, it, vi } from 'vitest';
import {
  createMenusOnEveryStart,
  type MenuItem,
  type MenusApi,
  type StartupEvents,
} from '@/lib/background/context-menus';

const ITEMS: MenuItem[] = [
  { id: 'deal-lens-save-article', title: 'Save', contexts: ['page', 'selection'] },
  { id: 'deal-lens-open-library', title: 'Library', contexts: ['action'] },
];

/** One event with a trigger. */
function fakeEvent() {
  const listeners: (() => void)[] = [];
  return {
    addListener: (listener: () => void) => void listeners.push(listener),
    fire: () => {
      for (const listener of listeners) listener();
    },
  };
}

/**
 * Menus as both browsers' parents handle them: asynchronously, an id that exists is refused through
 * `runtime.lastError` in the callback. `kept` is what survived the last restart.
 */
function fakeBrowser(kept: MenuItem[] = []) {
  const menus = new Map(kept.map((item) => [item.id, item]));
  const runtime = { onInstalled: fakeEvent(), onStartup: fakeEvent(), lastError: undefined } as StartupEvents & {
    onInstalled: ReturnType<typeof fakeEvent>;
    onStartup: ReturnType<typeof fakeEvent>;
    lastError: { message: string } | undefined;
  };
  const api: MenusApi = {
    removeAll: async () => {
      await Promise.resolve();
      menus.clear();
    },
    create: (item, callback) => {
      setTimeout(() => {
        if (menus.has(item.id)) runtime.lastError = { message: `The menu id ${item.id} already exists` };
        else menus.set(item.id, item);
        callback?.();
        runtime.lastError = undefined;
      });
      return item.id;
    },
  };
  return { runtime, api, ids: () => [...menus.keys()] };
}

const ids = ITEMS.map((item) => item.id);

describe('createMenusOnEveryStart', () => {
  it.each([
    ['kept by the browser (MV3)', ITEMS],
    ['forgotten by the browser (Firefox MV2, persistent background)', []],
  ])('a browser start with the menus %s leaves exactly our menus, with no error', async (_, kept) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { runtime, api, ids: present } = fakeBrowser(kept);
    createMenusOnEveryStart(runtime, api, () => ITEMS);
    runtime.onStartup.fire();
    await vi.waitFor(() => expect(present()).toEqual(ids));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(present()).toEqual(ids);
    expect(errors).not.toHaveBeenCalled();
  });

  it('creates them on install, and install and start firing together never create an id twice', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { runtime, api, ids: present } = fakeBrowser();
    const create = vi.spyOn(api, 'create');
    createMenusOnEveryStart(runtime, api, () => ITEMS);
    runtime.onInstalled.fire();
    runtime.onStartup.fire();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(4));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(present()).toEqual(ids);
    expect(errors).not.toHaveBeenCalled();
  });

  it('reports a menu the browser refused, and builds again at the next event', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { runtime, api, ids: present } = fakeBrowser();
    const removeAll = vi.spyOn(api, 'removeAll').mockResolvedValueOnce(undefined);
    // The first build: removeAll does nothing, and the browser still holds the save menu.
    api.create({ id: 'deal-lens-save-article', title: 'Old' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    createMenusOnEveryStart(runtime, api, () => ITEMS);
    runtime.onInstalled.fire();
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
    expect(String(errors.mock.calls[0]?.[1])).toContain('menu deal-lens-save-article: The menu id');
    runtime.onStartup.fire();
    await vi.waitFor(() => expect(removeAll).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(present()).toEqual(ids);
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
