import { browser } from '#imports';
import { createI18n, detectLanguage } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import type { SaveOutcome } from '@/lib/schema';
import { createMenusOnEveryStart } from './context-menus';

const SAVE_MENU_ID = 'deal-lens-save-article';
const LIBRARY_MENU_ID = 'deal-lens-open-library';
export const SAVE_COMMAND = 'save-article';

/**
 * Saving without the popup: a context-menu item on pages and a keyboard shortcut (commands API); and the
 * library from the toolbar button's context menu. The result shows
 * on the toolbar button: a ✓ badge, or ! with the reason in its tooltip.
 */
export function registerSaveEntryPoints(save: (tabId: number) => Promise<SaveOutcome>): void {
  const i18n = createI18n(detectLanguage(browser.i18n.getUILanguage()));
  createMenusOnEveryStart(browser.runtime, browser.contextMenus, () => [
    {
      id: SAVE_MENU_ID,
      title: i18n.t('saveArticleMenu'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    },
    // On the toolbar button's own menu: the library, from anywhere.
    { id: LIBRARY_MENU_ID, title: i18n.t('openLibraryMenu'), contexts: ['action'] },
  ]);
  const saveAndShow = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    const outcome = await save(tabId).catch((error: unknown) => ({
      ok: false as const,
      reason: 'extraction-failed' as const,
      detail: String(error),
    }));
    await browser.action.setBadgeText({ tabId, text: outcome.ok ? '✓' : '!' });
    await browser.action.setTitle({
      tabId,
      title: outcome.ok
        ? i18n.t('savedTitle', { title: outcome.title })
        : i18n.t(`saveFailed_${outcome.reason.replaceAll('-', '_')}` as MessageKey),
    });
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void saveAndShow(tab?.id);
    if (info.menuItemId === LIBRARY_MENU_ID) void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void saveAndShow(tab?.id);
  });
}
