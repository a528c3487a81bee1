import type { Mention } from '@/lib/highlight/mention';
import type { MentionIndex } from '@/lib/highlight/mention-index';
import type { PageReplyOf, PageRequestOf } from '@/lib/messages/page-protocol';
import { CardController } from './card-controller';
import { MentionNavigation } from './mention-navigation';
import type { PageHost } from './page-host';

/** What the page UI needs from the eager content script. */
export interface PageUiOptions {
  doc: Document;
  /** The page host, whose closed shadow root holds the card frame and the live region. */
  host: PageHost;
  mentions: MentionIndex;
  /** Marks the mention the reader is on (the active highlight), or none. */
  setActive: (mention: Mention | undefined) => void;
  showCard: (request: PageRequestOf<'showCard'>) => Promise<PageReplyOf<'showCard'>>;
  cardMoved: (request: PageRequestOf<'cardMoved'>) => Promise<PageReplyOf<'cardMoved'>>;
  /** The pointer entered or left the card's frame. */
  onCardPointer: (inside: boolean) => void;
  frameUrl: () => string;
  /** Localized texts: the frame's title, a mention as announced, and "no highlight on this page". */
  texts: { frameTitle: string; describe: (text: string, position: number, total: number) => string; none: string };
  signal: AbortSignal;
}

/** The card and keyboard navigation of one page, created on first use. */
export interface PageUi {
  cards: CardController;
  navigation: MentionNavigation;
}

/**
 * Creates the page UI. It lives in its own script (entrypoints/page-ui.ts), injected into the content script's
 * world the first time the reader hovers a mention or presses the navigation shortcut, so that pages a reader
 * never interacts with do not pay for it.
 */
export function createPageUi(options: PageUiOptions): PageUi {
  const { doc, mentions, setActive, texts, signal } = options;
  let navigation: MentionNavigation | undefined;
  const cards = new CardController({
    doc,
    host: options.host,
    cardMoved: options.cardMoved,
    onPointer: options.onCardPointer,
    frameUrl: options.frameUrl,
    frameTitle: texts.frameTitle,
    showCard: options.showCard,
    onActive: setActive,
    // Back to the mention keyboard navigation is on, if it runs.
    onClosed: () => setActive(navigation?.currentMention),
  });
  navigation = new MentionNavigation({
    doc,
    mentions,
    cards,
    onActive: setActive,
    describe: (mention, position, total) => texts.describe(mention.text, position, total),
    messages: { none: texts.none },
    signal,
  });
  const reposition = () => cards.reposition();
  const view = doc.defaultView;
  view?.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  view?.addEventListener('resize', reposition, { passive: true, signal });
  signal.addEventListener('abort', () => cards.close(false));
  return { cards, navigation };
}

/** The global under which entrypoints/page-ui.ts publishes `createPageUi` in the content script's world. */
export const PAGE_UI_GLOBAL = '__dealLensPageUi';
