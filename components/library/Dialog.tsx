import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** Id of the dialog's heading. */
  labelledBy: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A modal `<dialog>`: the browser traps focus in it, makes the page behind it inert and closes it on Escape
 * (reported through `onClose`, so the owner decides). Falls back to a plain open dialog where `showModal` is missing.
 */
export function Dialog({ labelledBy, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = dialog.ownerDocument.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      // Back where the reader was, as a native modal would do on its own.
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="dl-dialog"
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
