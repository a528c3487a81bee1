import type { Browser } from '#imports';

export type MenuItem = Browser.contextMenus.CreateProperties & { id: string };

/** What this module needs of `browser.contextMenus` (a fake in unit tests). */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: MenuItem, callback?: () => void): unknown;
}

/** What this module needs of `browser.runtime`. */
export interface StartupEvents {
  onInstalled: { addListener(listener: () => void): void };
  onStartup: { addListener(listener: () => void): void };
  readonly lastError?: { message?: string } | undefined;
}

/**
 * Creates Deal Lens's menus on install and update, and again on every browser start.
 *
 * Why every start: the menus must exist after a restart, and what a browser keeps across one is its own
 * bookkeeping. Chrome and Firefox's MV3 event pages keep them; Firefox with a persistent background (MV2) forgot
 * menus created only in `runtime.onInstalled` (issue 12). Building them again costs one background start per
 * browser start.
 *
 * Each build removes all of ours first, so it never meets an id that already exists (Firefox and Chrome both
 * refuse a duplicate id), and builds run one after the other, so the two events firing together cannot interleave.
 * `items` is read at each build (titles follow the browser's language).
 */
export function createMenusOnEveryStart(runtime: StartupEvents, menus: MenusApi, items: () => MenuItem[]): void {
  let building: Promise<void> = Promise.resolve();
  const build = () => {
    building = building
      .then(() => rebuildMenus(runtime, menus, items()))
      .catch((error: unknown) => console.error('Deal Lens: the menus could not be created', error));
  };
  runtime.onInstalled.addListener(build);
  runtime.onStartup.addListener(build);
}

/** Removes every menu of ours, then creates `items`; rejects with the first creation error. */
export async function rebuildMenus(runtime: StartupEvents, menus: MenusApi, items: MenuItem[]): Promise<void> {
  await menus.removeAll();
  await Promise.all(
    items.map(
      (item) =>
        new Promise<void>((resolve, reject) => {
          // create() reports errors only through runtime.lastError in its callback, in both browsers.
          menus.create(item, () => {
            const error = runtime.lastError;
            if (error) reject(new Error(`menu ${item.id}: ${error.message ?? 'not created'}`));
            else resolve();
          });
        }),
    ),
  );
}
