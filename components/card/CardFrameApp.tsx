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

  // The page around the frame hears nothing of the pointer's moves inside it: tell the content script (through
  // the background) when the pointer comes in and goes out, so that the card stays open while it is read.
  const showId = shown?.showId;
  useEffect(() => {
    if (showId === undefined) return;
    const root = document.documentElement;
    let inside = false;
    const tell = (now: boolean) => (event: PointerEvent) => {
      if (!event.isTrusted || now === inside) return;
      inside = now;
      channel.send({ type: 'pointer', showId, inside });
    };
    const enter = tell(true);
    const out = tell(false);
    // Out of the frame altogether: nothing of this document is under the pointer any more.
    const leave = (event: PointerEvent) => {
      if (event.relatedTarget === null) out(event);
    };
    root.addEventListener('pointerover', enter);
    root.addEventListener('pointermove', enter);
    root.addEventListener('pointerout', leave);
    return () => {
      root.removeEventListener('pointerover', enter);
      root.removeEventListener('pointermove', enter);
      root.removeEventListener('pointerout', leave);
    };
  }, [channel, showId]);

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
