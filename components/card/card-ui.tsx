import { render } from 'preact';
import { placeCard } from '@/lib/card/card-position';
import type { CardShowRequest, CardUi } from '@/lib/card/card-ui-api';
import { pageLooksDark } from '@/lib/card/page-scheme';
import { createI18n } from '@/lib/i18n';
import { CARD_HOST_TAG } from '@/lib/scan/contract';
import { CardPopover } from './CardPopover';
import cardCss from './card.css?inline';

// The host's own box is empty and fixed at the viewport's corner; the card inside positions itself. Inline
// !important declarations outrank any page stylesheet, even one that styles `deal-lens-card` with !important.
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'z-index: 2147483647',
  'pointer-events: none',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

/** Creates the one `<deal-lens-card>` host (open shadow root) and the functions that show and hide a card in it. */
export function createCardUi(doc: Document = document): CardUi {
  const i18n = createI18n();
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);

  let current: CardShowRequest | undefined;
  const position = (card: HTMLElement) => {
    if (!current) return;
    const anchor = current.anchor.getBoundingClientRect();
    const view = doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    card.style.maxHeight = '';
    const { top, left, maxHeight } = placeCard(
      anchor,
      { width: card.offsetWidth, height: card.scrollHeight },
      viewport,
    );
    card.style.maxHeight = `${Math.floor(maxHeight)}px`;
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  };

  return {
    host,
    show(request) {
      current = request;
      if (!host.isConnected) doc.documentElement.append(host);
      render(
        <CardPopover
          state={request.state}
          i18n={i18n}
          dark={pageLooksDark(doc)}
          focus={request.focus}
          onClose={request.onClose}
          onRendered={position}
        />,
        mount,
      );
    },
    hide() {
      current = undefined;
      render(null, mount);
      host.remove();
    },
  };
}
