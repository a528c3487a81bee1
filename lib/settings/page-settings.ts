import { parseShortcut, type Shortcut } from '@/lib/keyboard/shortcut';

/** The settings as the content script reads them: only the fields it uses. */
export interface PageSettings {
  enabled: boolean;
  disabledSites: string[];
  scope: 'article' | 'page';
  hoverDelayMs: number;
  /** The kinds to highlight; null means every kind. */
  kinds: string[] | null;
  firstMentionOnly: boolean;
  highlightStyle: 'underline' | 'background';
  navigationShortcut: Shortcut;
  /** `point`: a card opens when the pointer rests on a name; `alt`: only while Alt is held (pages learn nothing). */
  cardTrigger: 'point' | 'alt';
}

/** The storage key of the settings (WXT's `local:settings` item, see settings-item.ts). */
export const SETTINGS_KEY = 'settings';
export const DEFAULT_NAVIGATION_SHORTCUT = 'Alt+Shift+K';

const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const strings = (value: unknown) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;

/**
 * The content script's reading of the stored settings, by hand: the page must not pay for building Zod schemas
 * on every load. For valid settings it gives what the full schema (settings-schema.ts) gives, which a unit test
 * checks; a missing or malformed field falls back to its default on its own.
 */
export function readPageSettings(raw: unknown): PageSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const delay = value.hoverDelayMs;
  return {
    enabled: bool(value.enabled, true),
    disabledSites: strings(value.disabledSites)?.filter((s) => s.length > 0) ?? [],
    scope: value.scope === 'page' ? 'page' : 'article',
    hoverDelayMs: typeof delay === 'number' && Number.isInteger(delay) && delay >= 0 && delay <= 3000 ? delay : 400,
    kinds: strings(value.kinds),
    firstMentionOnly: bool(value.firstMentionOnly, false),
    highlightStyle: value.highlightStyle === 'background' ? 'background' : 'underline',
    navigationShortcut:
      (typeof value.navigationShortcut === 'string' ? parseShortcut(value.navigationShortcut) : null) ??
      (parseShortcut(DEFAULT_NAVIGATION_SHORTCUT) as Shortcut),
    cardTrigger: value.cardTrigger === 'alt' ? 'alt' : 'point',
  };
}

/** Whether highlighting is on for a page's hostname. */
export function isOnFor(settings: Pick<PageSettings, 'enabled' | 'disabledSites'>, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
