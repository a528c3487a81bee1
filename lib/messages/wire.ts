/**
 * The envelope of every message between Deal Lens's contexts (over `runtime.sendMessage` and
 * `tabs.sendMessage`). Plain objects and no library, so the content script, which every page loads, carries only
 * these few lines; the background validates each request's `data` against the protocol's Zod schema.
 */
export interface WireRequest {
  /** The message's name (see protocol.ts and to-page.ts). */
  dl: string;
  data: unknown;
}

/** The answer to a request: its value, or why it was refused or failed. */
export type WireReply = { ok: true; value: unknown } | { ok: false; error: string };

/** Whether a runtime message is one of ours (other extensions' and the browser's messages are ignored). */
export function isWireRequest(message: unknown): message is WireRequest {
  return typeof message === 'object' && message !== null && typeof (message as { dl?: unknown }).dl === 'string';
}

/** The value of a reply, or the error it carries, thrown. A missing reply (no listener) is an error too. */
export function unwrapReply(name: string, reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const typed = reply as WireReply;
    if (typed.ok) return typed.value;
    if (typeof typed.error === 'string') throw new Error(typed.error);
  }
  throw new Error(`${name}: no valid reply from Deal Lens`);
}
