import type { z } from 'zod';
import { messenger } from './messenger';
import { type MessageName, protocol, type ReplyOf } from './protocol';

/** Who sent a message, as the browser reports it. */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type Handlers = {
  [N in MessageName]: (
    request: z.infer<(typeof protocol)[N]['request']>,
    sender: MessageSender,
  ) => Promise<ReplyOf<N>> | ReplyOf<N>;
};

/** A message from outside the extension's own contexts (another extension, a web page) is refused. */
export function isOwnSender(sender: MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * Validates a request against the protocol and runs its handler. Throws an error naming the offending field
 * (e.g. `segments.3: Expected string`) when the request is malformed.
 */
export async function dispatch<N extends MessageName>(
  handlers: Handlers,
  name: N,
  data: unknown,
  sender: MessageSender,
  ownId: string,
): Promise<ReplyOf<N>> {
  if (!isOwnSender(sender, ownId)) throw new Error(`Refused ${name}: not sent by Deal Lens`);
  const parsed = protocol[name].request.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Refused ${name}: ${issue?.path.join('.') || '(request)'}: ${issue?.message}`);
  }
  return handlers[name](parsed.data as never, sender);
}

/** Registers every handler with the transport; returns a function that removes them. */
export function handleMessages(handlers: Handlers, ownId: string): () => void {
  const removers = (Object.keys(protocol) as MessageName[]).map((name) =>
    messenger.onMessage(name, (message) => dispatch(handlers, name, message.data, message.sender, ownId) as never),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
