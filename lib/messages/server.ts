import type { z } from 'zod';
import { isPageMessage } from './page-protocol';
import { type MessageName, protocol, type ReplyOf } from './protocol';
import { type MessageSender, senderTrust } from './sender';
import { isWireRequest, type WireReply } from './wire';

export type { MessageSender } from './sender';

export type Handlers = {
  [N in MessageName]: (
    request: z.infer<(typeof protocol)[N]['request']>,
    sender: MessageSender,
  ) => Promise<ReplyOf<N>> | ReplyOf<N>;
};

/** Who the background is: its extension id and base URL (`runtime.getURL('')`). */
export interface OwnIdentity {
  id: string;
  origin: string;
}

/**
 * Checks a request's sender and shape, then runs its handler. Refuses (throws, naming the reason):
 * - a message from another extension or a web page;
 * - from a content script, anything outside the page protocol (store reads, saves, edits);
 * - a malformed request, naming the offending field (e.g. `segments.3: Expected string`).
 */
export async function dispatch<N extends MessageName>(
  handlers: Handlers,
  name: N,
  data: unknown,
  sender: MessageSender,
  self: OwnIdentity,
): Promise<ReplyOf<N>> {
  if (!Object.hasOwn(protocol, name)) throw new Error(`Refused ${String(name)}: unknown message`);
  const trust = senderTrust(sender, self.id, self.origin);
  if (trust === 'foreign') throw new Error(`Refused ${name}: not sent by Deal Lens`);
  if (trust === 'content-script' && !isPageMessage(name)) {
    throw new Error(`Refused ${name}: not allowed from a web page`);
  }
  const parsed = protocol[name].request.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Refused ${name}: ${issue?.path.join('.') || '(request)'}: ${issue?.message}`);
  }
  return handlers[name](parsed.data as never, sender);
}

/** The browser's runtime.onMessage, as far as the server needs it. */
export interface MessageEvents {
  addListener(
    listener: (message: unknown, sender: MessageSender, sendResponse: (reply: WireReply) => void) => boolean,
  ): void;
  removeListener(
    listener: (message: unknown, sender: MessageSender, sendResponse: (reply: WireReply) => void) => boolean,
  ): void;
}

/**
 * Answers every protocol message arriving on `events` (the background's `runtime.onMessage`); returns a
 * function that stops. Replies go back through `sendResponse`, the one form every browser supports.
 */
export function handleMessages(handlers: Handlers, self: OwnIdentity, events: MessageEvents): () => void {
  const listener = (message: unknown, sender: MessageSender, sendResponse: (reply: WireReply) => void) => {
    if (!isWireRequest(message)) return false;
    dispatch(handlers, message.dl as MessageName, message.data, sender, self).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
