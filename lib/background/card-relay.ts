import {
  CARD_PORT_NAME,
  type CardState,
  cardTokenOf,
  FromCardFrameSchema,
  type ToCardFrame,
} from '@/lib/card/card-port';
import type { PageReplyOf, PageRequestOf } from '@/lib/messages/page-protocol';
import type { MessageSender } from '@/lib/messages/sender';
import type { CardEvent } from '@/lib/messages/to-page';
import { isHttpUrl } from '@/lib/schema';

/** The parts of a `runtime.Port` the relay uses. */
export interface CardPort {
  name: string;
  sender?: MessageSender;
  postMessage(message: ToCardFrame): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface CardRelayOptions {
  /** The card page's URL without hash, as its frame reports it (`chrome-extension://<id>/card.html`). */
  cardPageUrl: string;
  /** Everything the store knows about an entity (null when it is not in the store). */
  loadCard: (entityId: string, tabId: number) => Promise<CardState>;
  /** Opens a tab of the extension's own that asks the reader whether to open a link the card refused. */
  confirmLink: (url: string, tabId: number) => Promise<unknown>;
  /** Sends a card event to the content script in one frame of a tab. */
  sendToTab: (tabId: number, frameId: number, event: CardEvent) => Promise<unknown>;
  /** How long a `showCard` waits for its frame to connect (it may still be loading), ms. */
  connectTimeoutMs?: number;
}

interface FrameEntry {
  port: CardPort;
  tabId: number;
  /** The content script that made the frame (learnt from its `showCard`). */
  contentFrameId?: number;
}

/**
 * Pairs each card frame with the content script that made it, and carries messages between them, so neither
 * ever listens to a window message a page could forge: the content script sends `showCard` (with the frame's
 * token), the background reads the store and posts the card to the frame's port, and the frame's answers
 * (its size, "close") go back to that content script with `tabs.sendMessage`. A frame is accepted only from the
 * extension's own card page, in a tab, with a well-formed token; a `showCard` only for a frame of its own tab.
 */
export class CardRelay {
  private readonly frames = new Map<string, FrameEntry>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly options: CardRelayOptions) {}

  /** Accepts a card frame's port (call from `runtime.onConnect`); returns whether it was one. */
  connect(port: CardPort): boolean {
    if (port.name !== CARD_PORT_NAME) return false;
    const url = port.sender?.url;
    const tabId = port.sender?.tab?.id;
    const token = cardTokenOf(url);
    if (!url?.startsWith(`${this.options.cardPageUrl}#`) || tabId === undefined || !token) return false;
    const entry: FrameEntry = { port, tabId };
    this.frames.set(token, entry);
    port.onMessage.addListener((message) => this.fromFrame(token, entry, message));
    port.onDisconnect.addListener(() => {
      if (this.frames.get(token) === entry) this.frames.delete(token);
    });
    for (const wake of this.waiting.get(token) ?? []) wake();
    this.waiting.delete(token);
    return true;
  }

  /** The `showCard` handler: shows an entity's card in the sender's own frame. */
  async show(request: PageRequestOf<'showCard'>, sender: MessageSender): Promise<PageReplyOf<'showCard'>> {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('showCard: only a content script in a tab can show a card');
    const entry = this.frames.get(request.token) ?? (await this.waitFor(request.token));
    if (!entry || entry.tabId !== tabId) return { delivered: false };
    entry.contentFrameId = sender.frameId ?? 0;
    const state = await this.options.loadCard(request.entityId, tabId).catch(
      (error: unknown): CardState => ({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    try {
      entry.port.postMessage({
        type: 'show',
        showId: request.showId,
        state,
        scheme: request.scheme === 'dark' ? 'dark' : 'light',
        focus: request.focus === true,
      });
    } catch {
      return { delivered: false }; // the frame went away meanwhile
    }
    return { delivered: true };
  }

  /** The `cardMoved` handler: tells the sender's own frame that it just moved. */
  moved(request: PageRequestOf<'cardMoved'>, sender: MessageSender): PageReplyOf<'cardMoved'> {
    const entry = this.frames.get(request.token);
    if (!entry || sender.tab?.id === undefined || entry.tabId !== sender.tab.id) return { delivered: false };
    try {
      entry.port.postMessage({ type: 'moved', showId: request.showId });
    } catch {
      return { delivered: false };
    }
    return { delivered: true };
  }

  private fromFrame(token: string, entry: FrameEntry, message: unknown): void {
    const parsed = FromCardFrameSchema.safeParse(message);
    if (!parsed.success) return;
    const data = parsed.data;
    if (data.type === 'confirm-link') {
      if (isHttpUrl(data.url)) void this.options.confirmLink(data.url, entry.tabId).catch(() => {});
      return;
    }
    if (entry.contentFrameId === undefined) return;
    const event: CardEvent =
      data.type === 'close'
        ? { token, showId: data.showId, event: 'close', returnFocus: data.returnFocus }
        : { token, showId: data.showId, event: 'pointer', inside: data.inside };
    this.options.sendToTab(entry.tabId, entry.contentFrameId, event).catch(() => {
      // The page navigated away or was closed: nothing is waiting for this card any more.
    });
  }

  private waitFor(token: string): Promise<FrameEntry | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.set(
          token,
          (this.waiting.get(token) ?? []).filter((w) => w !== wake),
        );
        resolve(undefined);
      }, this.options.connectTimeoutMs ?? 5_000);
      const wake = () => {
        clearTimeout(timer);
        resolve(this.frames.get(token));
      };
      this.waiting.set(token, [...(this.waiting.get(token) ?? []), wake]);
    });
  }
}
