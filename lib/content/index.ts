import type { ContentScriptContext } from '#imports';
import { requestFromPage as request } from '@/lib/messages/page-client';
import { scanRoot } from '@/lib/scan/article-region';
import { STATE_ATTRIBUTE } from '@/lib/scan/contract';
import { PageScanner } from '@/lib/scan/page-scanner';
import { readSettings, watchSettings } from '@/lib/settings/settings-item';
import { isEnabledFor, type Settings } from '@/lib/settings/settings-schema';
import { loadCardUi } from './card-loader';
import { HoverCards } from './hover-cards';
import { installMarkStyle, removeMarkStyle, STYLE_ATTRIBUTE } from './mark-style';

/**
 * The content script: highlights known entities while the reader's settings allow it, and follows setting
 * changes (on/off, per site, scope, kinds, first mention only, style) without a reload. Everything is torn down with the script's context.
 */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const hostname = location.hostname;
  let settings: Settings = await readSettings();
  let scanner: PageScanner | undefined;
  let cards: AbortController | undefined;

  const report = (status: 'scanning' | 'ready' | 'off', entityCounts: Record<string, number> = {}) =>
    request('reportTabState', { url: location.href, status, entityCounts }).catch(() => {
      // The popup only shows stale data if this fails (e.g. the extension was reloaded): nothing to undo.
    });

  const turnOn = () => {
    if (scanner) return;
    installMarkStyle(doc);
    scanner = new PageScanner({
      doc,
      resolveRoot: () => scanRoot(doc, settings.scope),
      match: (segments, support) => request('matchSegments', { segments, support }),
      accept: (_entityId, kind) => kind === undefined || (settings.kinds as string[]).includes(kind),
      firstMentionOnly: settings.firstMentionOnly,
      onScanned: (counts) => void report('ready', counts),
      onError: (error) => console.warn('Deal Lens: scan stopped', error),
    });
    void report('scanning');
    scanner.start();
    cards = new AbortController();
    new HoverCards({
      doc,
      delayMs: () => settings.hoverDelayMs,
      loadUi: loadCardUi,
      fetchCard: (entityId) => request('getEntityCard', { entityId }),
      signal: cards.signal,
    });
  };

  const turnOff = () => {
    cards?.abort();
    cards = undefined;
    scanner?.stop();
    scanner = undefined;
    removeMarkStyle(doc);
    // Also on a page that was never highlighted (the site was off from the start): the state is visible.
    doc.documentElement.setAttribute(STATE_ATTRIBUTE, 'off');
    void report('off');
  };

  const apply = (next: Settings) => {
    // These change what is highlighted: the page is highlighted afresh. The style and the delay apply as they are.
    const rescan =
      next.scope !== settings.scope ||
      next.firstMentionOnly !== settings.firstMentionOnly ||
      next.kinds.join() !== settings.kinds.join();
    settings = next;
    doc.documentElement.setAttribute(STYLE_ATTRIBUTE, settings.highlightStyle);
    if (!isEnabledFor(settings, hostname)) return turnOff();
    if (rescan) turnOff();
    turnOn();
  };

  ctx.onInvalidated(watchSettings(apply));
  ctx.onInvalidated(() => turnOff());
  apply(settings);
}
