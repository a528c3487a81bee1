import { browser } from '#imports';
import { type MessageName, protocol, type ReplyOf, type RequestOf } from './protocol';
import { unwrapReply } from './wire';

/**
 * For the extension's own pages: sends a message to the background and validates the reply against the
 * protocol before handing it back, so a caller never works with data of the wrong shape. Throws if the
 * background refused the request.
 */
export async function request<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ReplyOf<N>> {
  const reply: unknown = await browser.runtime.sendMessage({ dl: name, data });
  return protocol[name].reply.parse(unwrapReply(name, reply)) as ReplyOf<N>;
}
