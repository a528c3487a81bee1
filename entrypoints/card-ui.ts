import { createCardUi } from '@/components/card/card-ui';
import { CARD_UI_GLOBAL } from '@/lib/card/card-ui-api';

// Injected by the background into a page's content-script world the first time a highlight is hovered or
// focused; the content script then finds the card UI under CARD_UI_GLOBAL.
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[CARD_UI_GLOBAL] ??= createCardUi(document);
});
