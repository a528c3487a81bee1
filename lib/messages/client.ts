import { messenger } from './messenger';
import { type MessageName, protocol, type ReplyOf, type RequestOf } from './protocol';

/**
 * Sends a message to the background and validates the reply against the protocol before handing it back,
 * so a caller never works with data of the wrong shape. Throws if the background refused the request.
 */
export async function request<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ReplyOf<N>> {
  const reply: unknown = await messenger.sendMessage(name, data as never);
  return protocol[name].reply.parse(reply) as ReplyOf<N>;
}
