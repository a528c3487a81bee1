import { useEffect, useState } from 'preact/hooks';
import type { FromCardFrame, ToCardFrame } from '@/lib/card/card-port';
import type { I18n } from '@/lib/i18n';
import { CardPopover } from './CardPopover';

/** A card to show, as the background sends it. */
export type CardShow = Extract<ToCardFrame, { type: 'show' }>;

/** The card frame's line to the background (a runtime port in the extension; a fake in tests). */
export interface CardChannel {
  /** Calls back with every card the background sends; returns a function that stops listening. */
  onShow(listener: (message: CardShow) => void): () => void;
  send(message: FromCardFrame): void;
}

interface Props {
  channel: CardChannel;
  i18n: I18n;
}

/**
 * The card page: shows what the background sends and asks to be closed (×, Escape). The frame is always of one
 * size, whatever the card holds (it scrolls inside), so it reports nothing about its content. It takes orders
 * from the background's port only; it never listens to window messages, which the page around it could send.
 */
export function CardFrameApp({ channel, i18n }: Props) {
  const [shown, setShown] = useState<CardShow>();

  useEffect(() => channel.onShow(setShown), [channel]);

  if (!shown) return null;
  return (
    <CardPopover
      state={shown.state}
      i18n={i18n}
      dark={shown.scheme === 'dark'}
      focusKey={shown.focus ? shown.showId : undefined}
      onClose={() => channel.send({ type: 'close', showId: shown.showId, returnFocus: true })}
    />
  );
}
