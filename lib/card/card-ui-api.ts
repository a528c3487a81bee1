import type { EntityCard } from '@/lib/schema';

/** What a card shows: data on its way, the data, or why it could not come. */
export type CardState =
  | { status: 'loading'; entityId: string }
  | { status: 'ready'; card: EntityCard }
  | { status: 'error'; entityId: string; message: string };

export interface CardShowRequest {
  anchor: Element;
  state: CardState;
  /** Move keyboard focus into the card (it was opened with Enter). */
  focus: boolean;
  onClose: () => void;
}

/**
 * The card's code is loaded only when a highlight is first hovered or focused, as a separate script injected
 * into the content script's own world; it then publishes this object under `CARD_UI_GLOBAL`.
 */
export interface CardUi {
  show(request: CardShowRequest): void;
  hide(): void;
  /** The one `<deal-lens-card>` host element. */
  readonly host: HTMLElement;
}

export const CARD_UI_GLOBAL = '__dealLensCardUi';

/** The card UI if its script has been loaded into this world. */
export function loadedCardUi(): CardUi | undefined {
  return (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
}
