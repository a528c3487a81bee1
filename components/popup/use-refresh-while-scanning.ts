import { useEffect, useRef } from 'preact/hooks';
import { isEnabledFor } from '@/lib/settings/settings-schema';
import { hostnameOf, type PopupData, pageStatus } from './popup-data';

/** How often the popup asks again while its page is being scanned, and for how long at most (ms). */
const REFRESH_MS = 400;
const REFRESH_FOR_MS = 30_000;

/**
 * Loads the popup's data again while its page is still being scanned, so that a popup opened mid-scan, or a site
 * just turned back on from it, ends up showing what the page holds instead of "Scanning…" (issue 25). Bounded: a
 * page that never finishes leaves the popup as it is after REFRESH_FOR_MS.
 */
export function useRefreshWhileScanning(
  data: PopupData | null,
  load: () => Promise<PopupData>,
  onData: (data: PopupData) => void,
): void {
  const since = useRef<number | null>(null);
  useEffect(() => {
    if (!data) return;
    const status = pageStatus(data, isEnabledFor(data.settings, data.tab ? hostnameOf(data.tab.url) : ''));
    if (status !== 'scanning') {
      since.current = null;
      return;
    }
    since.current ??= Date.now();
    if (Date.now() - since.current > REFRESH_FOR_MS) return;
    let live = true;
    const timer = setTimeout(() => {
      // A failed refresh keeps what is shown; the next change of data tries again.
      load().then(
        (next) => live && onData(next),
        () => undefined,
      );
    }, REFRESH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [data, load, onData]);
}
