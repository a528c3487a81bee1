/** Who sent a message, as the browser reports it (`runtime.MessageSender`, the fields we read). */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * How far a sender is trusted:
 * - `extension-page`: a document of Deal Lens's own origin (popup, library, saved-article page, the card frame):
 *   may use the whole protocol;
 * - `content-script`: Deal Lens's content script, running inside a web page (the sender carries a tab and the
 *   page's URL): may use the page protocol only, because whatever runs in a page's process is within reach of a
 *   hostile page;
 * - `foreign`: another extension, or anything else: refused.
 */
export type SenderTrust = 'extension-page' | 'content-script' | 'foreign';

/**
 * Classifies a sender. `ownOrigin` is the extension's base URL (`runtime.getURL('')`, e.g.
 * `chrome-extension://<id>/`). A sender with our id but no URL is treated as a content script when it has a
 * tab, else refused: every extension page has a URL.
 */
export function senderTrust(sender: MessageSender, ownId: string, ownOrigin: string): SenderTrust {
  if (sender.id !== ownId) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return 'foreign';
}
