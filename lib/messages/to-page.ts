// Messages from the extension to a tab's content script (`tabs.sendMessage`). Only the extension can send
// these: a web page cannot reach a content script's runtime.onMessage. The content script still checks their
// shape by hand (it carries no schema library).

/** Background → content script: what the card frame did (it talks only to the background). */
export type CardEvent =
  | { token: string; showId: number; event: 'close'; returnFocus: boolean }
  | { token: string; showId: number; event: 'pointer'; inside: boolean };

export interface ToPageMessages {
  cardEvent: CardEvent;
  /** Popup → content script: take the reader to the first mention of an entity and open its card. */
  revealMention: { entityId: string };
}

export type ToPageName = keyof ToPageMessages;
