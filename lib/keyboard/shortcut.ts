/** A keyboard shortcut: modifiers and one key, by physical position (`KeyboardEvent.code`). */
export interface Shortcut {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  /** `KeyK`, `Digit5`, `F7`… */
  code: string;
}

const MODIFIERS: Record<string, 'alt' | 'ctrl' | 'shift' | 'meta'> = {
  alt: 'alt',
  option: 'alt',
  ctrl: 'ctrl',
  control: 'ctrl',
  shift: 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
};

/** The `code` of a key written as the reader writes it: "K", "5", "F7". */
function codeOf(key: string): string | null {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  if (/^f([1-9]|1[0-2])$/i.test(key)) return key.toUpperCase();
  return null;
}

/**
 * Reads a shortcut written like "Alt+Shift+K" (case and spaces do not matter). It must hold at least one of
 * Alt, Ctrl or Meta (Shift alone would take a letter from the page's own typing) and exactly one key among
 * A–Z, 0–9, F1–F12. Returns null for anything else.
 */
export function parseShortcut(text: string): Shortcut | null {
  const parts = text
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  const shortcut: Shortcut = { alt: false, ctrl: false, shift: false, meta: false, code: '' };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier) {
      if (shortcut[modifier]) return null;
      shortcut[modifier] = true;
      continue;
    }
    const code = codeOf(part);
    if (!code || shortcut.code) return null;
    shortcut.code = code;
  }
  if (!shortcut.code || !(shortcut.alt || shortcut.ctrl || shortcut.meta)) return null;
  return shortcut;
}

/** The shortcut written the usual way: "Ctrl+Alt+Shift+K". */
export function formatShortcut(shortcut: Shortcut): string {
  const key = shortcut.code.replace(/^Key|^Digit/, '');
  return [shortcut.ctrl && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.meta && 'Meta', key]
    .filter(Boolean)
    .join('+');
}

/** Whether a key press is the shortcut (exactly its modifiers, no others). */
export function matchesShortcut(
  shortcut: Shortcut,
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey' | 'code'>,
): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === shortcut.alt &&
    event.ctrlKey === shortcut.ctrl &&
    event.shiftKey === shortcut.shift &&
    event.metaKey === shortcut.meta
  );
}
