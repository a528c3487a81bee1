import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to the first field of a row the reader just added ("Add an alias"), so keyboard and screen-reader
 * users land where they are about to type. Call `mark()` from the add button; removing rows moves nothing.
 */
export function useFocusAdded(count: number, fieldIdOf: (index: number) => string): () => void {
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    document.getElementById(fieldIdOf(count - 1))?.focus();
  }, [count, fieldIdOf]);
  return () => {
    added.current = true;
  };
}
