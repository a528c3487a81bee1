import { browser } from '#imports';
import type { Mention } from '@/lib/highlight/mention';
import { bodyTextSpans } from './text-offsets';

/** `{ type: LIST_MENTIONS }` → `{ mentions: [{ start, end }] }`: every highlighted mention of this frame. */
export const LIST_MENTIONS = 'deal-lens:list-mentions';
/** `{ type: DESCRIBE_LAYER }` → what the highlight layer drew in its last frame, and the active mention. */
export const DESCRIBE_LAYER = 'deal-lens:describe-layer';

/** The fields of `runtime.MessageSender` this checks. */
interface Sender {
  id?: string;
  url?: string;
  origin?: string;
}

/**
 * Whether a message comes from the extension itself: its service worker or one of its own pages (popup, library,
 * an extension page open in a tab), never a content script (which has the page's URL) nor another extension.
 */
export function isOwnExtension(sender: Sender, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  const where = sender.url ?? sender.origin ?? '';
  return where.startsWith(ownOrigin) || `${where}/` === ownOrigin;
}

/**
 * Answers the extension's own questions about this frame's highlights, in offsets into
 * `document.body.textContent` (end exclusive): the test contract that replaces reading the shared highlight
 * registry, which any page could read too. Returns the function that stops answering.
 */
export function answerMentionListing(options: {
  doc: Document;
  mentions: () => readonly Mention[];
  drawn: () => readonly Mention[];
  active: () => Mention | undefined;
  style: () => string;
}): () => void {
  const { doc } = options;
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type !== LIST_MENTIONS && type !== DESCRIBE_LAYER) return;
    if (!isOwnExtension(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
    if (type === LIST_MENTIONS) {
      sendResponse({ mentions: bodyTextSpans(doc.body, options.mentions()) });
      return;
    }
    const active = options.active();
    sendResponse({
      style: options.style(),
      drawn: bodyTextSpans(doc.body, options.drawn()),
      active: active ? (bodyTextSpans(doc.body, [active])[0] ?? null) : null,
    });
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
