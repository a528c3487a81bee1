import { browser, type ContentScriptContext } from '#imports';
import { HighlightPainter } from '@/lib/highlight/highlight-painter';
import { compareMentions, type Mention } from '@/lib/highlight/mention';
import { MentionIndex } from '@/lib/highlight/mention-index';
import { onMessageToPage, sendFromPage } from '@/lib/messages/page-link';
import type { CardEvent } from '@/lib/messages/to-page';
import { scanRoot } from '@/lib/scan/article-region';
import { type ScanState, STATE_ATTRIBUTE } from '@/lib/scan/contract';
import { VisibilityCheck } from '@/lib/scan/mention-visibility';
import { PageScanner } from '@/lib/scan/page-scanner';
import { isOnFor, type PageSettings, readPageSettings, SETTINGS_KEY } from '@/lib/settings/page-settings';
import { CardController } from './card-controller';
import { HoverIntent } from './hover-intent';
import { MentionNavigation } from './mention-navigation';

/** A running page layer: everything that exists only while highlighting is on. */
interface Layer {
  scanner: PageScanner;
  painter: HighlightPainter;
  mentions: MentionIndex;
  cards: CardController;
  navigation: MentionNavigation;
  listeners: AbortController;
}

/**
 * The content script: paints known entities while the reader's settings allow it, opens their cards in the
 * extension's frame, and follows setting changes (on/off, per site, scope, kinds, first mention only, style)
 * without a reload. It writes nothing into the page but `<html data-deal-lens>` and, while a card is open or
 * keyboard navigation runs, one closed host element; it reads nothing from the store. Everything is torn down
 * with the script's context.
 */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const hostname = location.hostname;
  let settings = readPageSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  let layer: Layer | undefined;

  const setState = (state: ScanState) => doc.documentElement.setAttribute(STATE_ATTRIBUTE, state);
  const report = (status: ScanState) =>
    sendFromPage('reportTabState', {
      url: location.href,
      status,
      entityCounts: layer && status !== 'off' ? layer.mentions.counts() : {},
    }).catch(() => {
      // The popup only shows stale data if this fails (e.g. the extension was reloaded): nothing to undo.
    });

  const turnOn = () => {
    if (layer) return;
    const listeners = new AbortController();
    const mentions = new MentionIndex(compareMentions);
    const painter = new HighlightPainter(settings.highlightStyle);
    let navigation: MentionNavigation | undefined;
    const showActive = (mention: Mention | undefined) => painter.setActive(mention);
    const cards = new CardController({
      doc,
      frameUrl: () => browser.runtime.getURL('/card.html'),
      frameTitle: browser.i18n.getMessage('cardFrameTitle') || 'Deal Lens',
      showCard: (request) => sendFromPage('showCard', request),
      onActive: showActive,
      // Back to the mention keyboard navigation is on, if it runs.
      onClosed: () => showActive(navigation?.currentMention),
    });
    navigation = new MentionNavigation({
      doc,
      mentions,
      cards,
      shortcut: () => settings.navigationShortcut,
      onActive: showActive,
      describe: (mention, position, total) =>
        browser.i18n.getMessage('navMention', [mention.text, String(position), String(total)]),
      messages: { none: browser.i18n.getMessage('navNone') },
      signal: listeners.signal,
    });
    new HoverIntent({
      doc,
      mentions,
      cards,
      delayMs: () => settings.hoverDelayMs,
      onHover: showActive,
      keyboardActive: () => navigation?.active ?? false,
      signal: listeners.signal,
    });
    const reposition = () => cards.reposition();
    window.addEventListener('scroll', reposition, { capture: true, passive: true, signal: listeners.signal });
    window.addEventListener('resize', reposition, { passive: true, signal: listeners.signal });
    const scanner = new PageScanner({
      doc,
      resolveRoot: () => scanRoot(doc, settings.scope),
      match: (segments, support) => sendFromPage('matchSegments', { segments, support }),
      mentions,
      layer: painter,
      visibility: new VisibilityCheck(doc),
      setState,
      accept: (_entityId, kind) => settings.kinds === null || kind === undefined || settings.kinds.includes(kind),
      firstMentionOnly: settings.firstMentionOnly,
      onScanned: () => void report('ready'),
      onError: (error) => console.warn('Deal Lens: a part of this page could not be scanned', error),
    });
    layer = { scanner, painter, mentions, cards, navigation, listeners };
    void report('scanning');
    scanner.start();
  };

  const turnOff = () => {
    if (layer) {
      layer.listeners.abort();
      layer.cards.close(false);
      layer.cards.host.remove();
      layer.scanner.stop();
      layer.painter.clear();
      layer = undefined;
    }
    // Also on a page that was never highlighted (the site was off from the start): the state is visible.
    setState('off');
    void report('off');
  };

  const apply = (next: PageSettings) => {
    // These change what is highlighted: the page is highlighted afresh. Style, delay and shortcut apply as they are.
    const rescan =
      next.scope !== settings.scope ||
      next.firstMentionOnly !== settings.firstMentionOnly ||
      String(next.kinds) !== String(settings.kinds);
    settings = next;
    if (!isOnFor(settings, hostname)) return turnOff();
    if (rescan) turnOff();
    layer?.painter.setStyle(settings.highlightStyle);
    turnOn();
  };

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) apply(readPageSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  ctx.onInvalidated(
    onMessageToPage({
      cardEvent: (event: CardEvent) => layer?.cards.onCardEvent(event),
      revealMention: ({ entityId }) => {
        const target = layer?.mentions.inOrder().find((m) => m.entityId === entityId);
        if (!layer || !target) return;
        layer.navigation.start(target);
        layer.navigation.openCurrent();
      },
    }),
  );
  // Single-page apps: a new URL is a new page for the popup, whose highlights the scanner keeps up to date.
  ctx.addEventListener(window, 'wxt:locationchange', () => void report(layer ? 'ready' : 'off'));
  ctx.onInvalidated(() => turnOff());
  apply(settings);
}
