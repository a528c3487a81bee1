import { type CardUi, loadedCardUi } from '@/lib/card/card-ui-api';
import { requestFromPage as request } from '@/lib/messages/page-client';

let loading: Promise<CardUi> | undefined;

/**
 * The card UI, injected by the background on first use: the eager content script stays small and pages that
 * are never hovered never load Preact or the card's styles.
 */
export function loadCardUi(): Promise<CardUi> {
  const ready = loadedCardUi();
  if (ready) return Promise.resolve(ready);
  loading ??= request('loadCardUi', {})
    .then(() => {
      const ui = loadedCardUi();
      if (!ui) throw new Error('the card script did not start');
      return ui;
    })
    .finally(() => {
      loading = undefined;
    });
  return loading;
}
