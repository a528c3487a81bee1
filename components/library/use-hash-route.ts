import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatRoute, type LibraryRoute, parseRoute } from '@/lib/library/route';

/** The route in the page's hash, kept in step with back/forward and with links elsewhere in the page. */
export function useHashRoute(win: Window = window): [LibraryRoute, (route: LibraryRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(win.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(win.location.hash));
    win.addEventListener('hashchange', onChange);
    return () => win.removeEventListener('hashchange', onChange);
  }, [win]);
  const navigate = useCallback(
    (next: LibraryRoute) => {
      const hash = formatRoute(next);
      if (win.location.hash !== hash) win.location.hash = hash;
      setRoute(parseRoute(hash));
    },
    [win],
  );
  return [route, navigate];
}
