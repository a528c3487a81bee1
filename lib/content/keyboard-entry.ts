import { matchesShortcut, type Shortcut } from '@/lib/keyboard/shortcut';
import type { PageUiLoader } from './page-ui-loader';

/**
 * The keyboard's way in, eager and small: the reader's shortcut starts (or ends) highlight navigation, loading
 * the page UI on first use; while navigation runs, keys go to it; Escape closes a card opened by hovering. Only
 * trusted key presses count.
 */
export function listenForKeys(options: {
  view: Window;
  shortcut: () => Shortcut;
  ui: PageUiLoader;
  signal: AbortSignal;
}): void {
  const { view, ui, signal } = options;
  const consume = (event: KeyboardEvent) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  view.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const loaded = ui.current();
      const isShortcut = matchesShortcut(options.shortcut(), event);
      if (loaded?.navigation.active) {
        if (isShortcut) {
          consume(event);
          loaded.navigation.stop(true);
        } else loaded.navigation.handleKey(event);
      } else if (isShortcut) {
        consume(event);
        ui.load().then(
          (page) => page.navigation.start(),
          (error: unknown) => console.warn('Deal Lens: keyboard navigation could not start', error),
        );
      } else if (event.key === 'Escape' && loaded?.cards.openMention) {
        consume(event);
        loaded.cards.close(true);
      }
    },
    { capture: true, signal },
  );
}
