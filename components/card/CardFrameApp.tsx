import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { FromCardFrame, ToCardFrame } from '@/lib/card/card-port';
import type { I18n } from '@/lib/i18n';
import { CardPopover } from './CardPopover';

/** The card frame's line to the background (a runtime port in the extension; a fake in tests). */
export interface CardChannel {
  /** Calls back with every card the background sends; returns a function that stops listening. */
  onShow(listener: (message: ToCardFrame) => void): () => void;
  send(message: FromCardFrame): void;
}

interface Props {
  channel: CardChannel;
  i18n: I18n;
  /** The document's root, measured to tell the content script the card's height. */
  measure: () => { width: number; height: number };
}

/**
 * The card page: shows what the background sends, reports its size after each render (the content script sizes
 * and places the frame with it), and asks to be closed (×, Escape). It takes orders from the background's port
 * only; it never listens to window messages, which the page around it could send.
 */
export function CardFrameApp({ channel, i18n, measure }: Props) {
  const [shown, setShown] = useState<ToCardFrame>();

  useEffect(() => channel.onShow(setShown), [channel]);

  useLayoutEffect(() => {
    if (!shown) return;
    const report = () => channel.send({ type: 'rendered', showId: shown.showId, ...measure() });
    report();
    // Fonts and folded sections change the height after the first render.
    const observer = new ResizeObserver(report);
    const card = document.querySelector('.dl-card');
    if (card) observer.observe(card);
    return () => observer.disconnect();
  }, [shown, channel, measure]);

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
