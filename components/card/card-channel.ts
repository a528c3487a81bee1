import { browser } from '#imports';
import { CARD_PORT_NAME, type FromCardFrame, ToCardFrameSchema } from '@/lib/card/card-port';
import type { CardChannel, CardShow } from './CardFrameApp';

/**
 * The card frame's port to the background. The background knows the frame by its URL (with the pairing token
 * in the hash) and its tab. When the service worker restarts the port closes: the frame connects again.
 * `onMoved` hears that the content script moved the frame in the page (see click-guard.ts).
 */
export function connectCardChannel(onMoved: () => void): CardChannel {
  const listeners = new Set<(message: CardShow) => void>();
  // The background may post as soon as the port opens, before the app has subscribed: keep the latest card.
  let latest: CardShow | undefined;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  // A worker restart closes the port once; a background that keeps refusing us is not asked forever.
  let reconnects = 0;
  const connect = () => {
    port = browser.runtime.connect({ name: CARD_PORT_NAME });
    port.onMessage.addListener((message: unknown) => {
      reconnects = 0;
      const parsed = ToCardFrameSchema.safeParse(message);
      if (!parsed.success) return;
      const data = parsed.data;
      if (data.type === 'moved') {
        onMoved();
        return;
      }
      latest = data;
      for (const listener of listeners) listener(data);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (reconnects++ < 3) setTimeout(connect, 50 * reconnects);
    });
  };
  connect();
  return {
    onShow(listener) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => listeners.delete(listener);
    },
    send(message: FromCardFrame) {
      port?.postMessage(message);
    },
  };
}
