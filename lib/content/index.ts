import { browser } from '#imports';
import { compareMentions, type Mention } from '@/lib/highlight/mention';
import { MentionIndex } from '@/lib/highlight/mention-index';
import { OverlayPainter } from '@/lib/highlight/overlay-painter';
import { onMessageToPage, sendFromPage } from '@/lib/messages/page-link';
import type { CardEvent } from '@/lib/messages/to-page';
import { scanRoot } from '@/lib/scan/article-region';
import { type ScanState, STATE_ATTRIBUTE } from '@/lib/scan/contract';
import { VisibilityCheck } from '@/lib/scan/mention-visibility';
import { PageScanner } from '@/lib/scan/page-scanner';
import { isOnFor, type PageSettings, readPageSettings, SETTINGS_KEY } from '@/lib/settings/page-settings';
import { HoverIntent } from './hover-intent';
import { listenForKeys } from './keyboard-entry';
import { answerMentionListing } from './mention-listing';
import { PageHost } from './page-host';
import { PageUiLoader } from './page-ui-loader';
import { scriptLifetime } from './script-lifetime';

/** A running page layer: everything that exists only while highlighting is on. */
interface Layer {
  scanner: PageScanner;
  host: PageHost;
  painter: OverlayPainter;
  mentions: MentionIndex;
  ui: PageUiLoader;
  listeners: AbortController;
}

/** How often a single-page app's address is compared with the last one reported (ms). */
const LOCATION_CHECK_MS = 1_000;

/**
 * The content script: paints known entities while the reader's settings allow it, opens their cards in the
 * extension's frame, and follows setting changes (on/off, per site, scope, kinds, first mention only, style,
 * how cards open) without a reload. It writes nothing into the page but `<html data-deal-lens>` and one closed
 * host element, added the same way on every page while highlighting is on (see page-host.ts); it reads nothing
 * from the store. The card and keyboard
 * navigation load on first use (page-ui.ts). Everything is torn down when the extension goes away.
 */
export async function startContentScript(): Promise<void> {
  const doc = document;
  const hostname = location.hostname;
  const lifetime = scriptLifetime(() => Boolean(browser.runtime?.id));
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
    const host = new PageHost(doc);
    host.attach();
    const painter = new OverlayPainter(settings.highlightStyle, {
      doc,
      layer: host.marks,
      mentions,
      nextFrame: (callback) => requestAnimationFrame(callback),
    });
    const setActive = (mention: Mention | undefined) => painter.setActive(mention);
    const message = (name: string, substitutions?: string[]) => browser.i18n.getMessage(name as never, substitutions);
    const ui = new PageUiLoader(() => sendFromPage('loadPageUi', {}), {
      doc,
      host,
      mentions,
      setActive,
      showCard: (request) => sendFromPage('showCard', request),
      cardMoved: (request) => sendFromPage('cardMoved', request),
      onCardPointer: (inside) => hover.onCardPointer(inside),
      frameUrl: () => browser.runtime.getURL('/card.html'),
      texts: {
        frameTitle: message('cardFrameTitle') || 'Deal Lens',
        describe: (text, position, total) => message('navMention', [text, String(position), String(total)]),
        none: message('navNone'),
      },
      signal: listeners.signal,
    });
    const hover = new HoverIntent({
      doc,
      mentions,
      ui,
      delayMs: () => settings.hoverDelayMs,
      altOnly: () => settings.cardTrigger === 'alt',
      onHover: setActive,
      signal: listeners.signal,
    });
    listenForKeys({ view: window, shortcut: () => settings.navigationShortcut, ui, signal: listeners.signal });
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
    layer = { scanner, host, painter, mentions, ui, listeners };
    void report('scanning');
    scanner.start();
  };

  const turnOff = () => {
    if (layer) {
      // Closes the card (page-ui.ts), stops the scan and the drawing, and takes our host out of the page.
      layer.listeners.abort();
      layer.scanner.stop();
      layer.painter.clear();
      layer.host.remove();
      layer = undefined;
    }
    // An orphaned copy (its extension reloaded) leaves the page's state to the copy that replaced it.
    if (lifetime.orphaned) return;
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
  const stopMessages = onMessageToPage({
    cardEvent: (event: CardEvent) => layer?.ui.current()?.cards.onCardEvent(event),
    revealMention: ({ entityId }) => {
      const target = layer?.mentions.inOrder().find((m) => m.entityId === entityId);
      if (!layer || !target) return;
      void layer.ui.load().then(({ navigation }) => {
        navigation.start(target);
        navigation.openCurrent();
      });
    },
  });
  // The extension's own pages and service worker (tests, the popup) may ask which mentions are highlighted.
  const stopListing = answerMentionListing({
    doc,
    mentions: () => layer?.mentions.inOrder() ?? [],
    drawn: () => layer?.painter.drawn() ?? [],
    active: () => layer?.painter.activeMention,
    style: () => settings.highlightStyle,
  });
  // Single-page apps: a new address is a new page for the popup, whose highlights the scanner keeps up to date.
  let reportedUrl = location.href;
  const locationTimer = setInterval(() => {
    if (location.href === reportedUrl) return;
    reportedUrl = location.href;
    void report(layer ? 'ready' : 'off');
  }, LOCATION_CHECK_MS);
  lifetime.signal.addEventListener('abort', () => {
    clearInterval(locationTimer);
    turnOff();
    try {
      stopMessages();
      stopListing();
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // An orphaned copy's extension APIs are gone, and their listeners with them.
    }
  });
  apply(settings);
}
