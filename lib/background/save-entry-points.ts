import { browser } from '#imports';
import { createI18n, detectLanguage } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import type { SaveOutcome } from '@/lib/schema';
import { createMenusOnEveryStart } from './context-menus';
import { choiceOfMenu, type SelectionChoice, type SelectionMenuResult, selectionMenuItems } from './selection-menu';

const SAVE_MENU_ID = 'deal-lens-save-article';
const LIBRARY_MENU_ID = 'deal-lens-open-library';
export const SAVE_COMMAND = 'save-article';

/**
 * Saving without the popup: a context-menu item on pages and a keyboard shortcut (commands API); and the
 * library from the toolbar button's context menu. The result shows
 * on the toolbar button: a ✓ badge, or ! with the reason in its tooltip.
 */
export function registerSaveEntryPoints(
  save: (tabId: number) => Promise<SaveOutcome>,
  addSelection: (request: {
    choice: SelectionChoice;
    selectionText: string;
    tabId?: number;
    pageUrl?: string;
  }) => Promise<SelectionMenuResult>,
): void {
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
    // Add what was missed (issue 21): the selection as a name of a kind, or as a figure.
    ...selectionMenuItems(i18n),
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
  const addAndShow = async (choice: SelectionChoice, selectionText: string, tabId?: number, pageUrl?: string) => {
    const result = await addSelection({ choice, selectionText, tabId, pageUrl }).catch((error: unknown) => ({
      ok: false,
      message: i18n.t('menuAddFailed', { error: String(error) }),
    }));
    if (tabId === undefined) return;
    await browser.action.setBadgeText({ tabId, text: result.ok ? '+' : '!' });
    await browser.action.setTitle({ tabId, title: result.message });
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void saveAndShow(tab?.id);
    const choice = choiceOfMenu(info.menuItemId);
    // The selection and the page's address come from the browser, not from the page.
    if (choice && info.selectionText) void addAndShow(choice, info.selectionText, tab?.id, info.pageUrl ?? tab?.url);
    if (info.menuItemId === LIBRARY_MENU_ID) void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void saveAndShow(tab?.id);
  });
}
