import { browser } from '#imports';
import type { PageMessageName, PageReplyOf, PageRequestOf } from './page-protocol';
import type { ToPageMessages, ToPageName } from './to-page';
import { isWireRequest, unwrapReply } from './wire';

/**
 * The content script's line to the background: page-protocol messages only. It imports the protocol's types,
 * never its schemas, so no Zod is evaluated in the page; the background validates the request and the caller
 * checks what it reads of the reply.
 */
export async function sendFromPage<N extends PageMessageName>(
  name: N,
  data: PageRequestOf<N>,
): Promise<PageReplyOf<N>> {
  return unwrapReply(name, await browser.runtime.sendMessage({ dl: name, data })) as PageReplyOf<N>;
}

type ToPageHandlers = { [N in ToPageName]?: (data: ToPageMessages[N]) => void };

/**
 * Listens for the extension's messages to this content script (only the extension can send them: a page cannot
 * reach runtime.onMessage). Returns a function that stops listening.
 */
export function onMessageToPage(handlers: ToPageHandlers): () => void {
  const listener = (message: unknown) => {
    if (!isWireRequest(message)) return;
    const handler = (handlers as Record<string, ((data: unknown) => void) | undefined>)[message.dl];
    if (typeof message.data === 'object' && message.data !== null) handler?.(message.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
