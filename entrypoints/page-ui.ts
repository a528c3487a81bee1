import { createPageUi, PAGE_UI_GLOBAL } from '@/lib/content/page-ui';

// Injected by the background into the content script's own world (never the page's) the first time the reader
// hovers a mention or presses the navigation shortcut; the content script then finds the factory here.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_UI_GLOBAL] ??= createPageUi;
});
