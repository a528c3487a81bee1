import { useCallback, useRef, useState } from 'preact/hooks';

/**
 * A form's draft record. The ref always holds the latest value, even before Preact re-renders, so a save fired
 * straight after a keystroke (Enter in a field) reads what the reader typed.
 */
export function useDraft<T>(initial: () => T): [T, (change: (draft: T) => T) => void, () => T] {
  const ref = useRef<T | null>(null);
  if (ref.current === null) ref.current = initial();
  const [draft, setDraft] = useState<T>(ref.current);
  const update = useCallback((change: (draft: T) => T) => {
    ref.current = change(ref.current as T);
    setDraft(ref.current);
  }, []);
  const latest = useCallback(() => ref.current as T, []);
  return [draft, update, latest];
}
