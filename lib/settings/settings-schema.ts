import { z } from 'zod';
import { parseShortcut } from '@/lib/keyboard/shortcut';
import { EntityKindSchema } from '@/lib/schema';
import { DEFAULT_NAVIGATION_SHORTCUT } from './page-settings';

/** The reader's preferences. Stored with WXT storage; validated on every read, so a damaged value falls back. */
export const SettingsSchema = z.object({
  /** Highlighting everywhere; false turns Deal Lens off on every site. */
  enabled: z.boolean().default(true),
  /** Hostnames where the reader turned highlighting off. */
  disabledSites: z.array(z.string().min(1)).default([]),
  /** `article`: only the article region when the page has one; `page`: all readable text. */
  scope: z.enum(['article', 'page']).default('article'),
  /** How long a highlight must be hovered before its card opens, in milliseconds. */
  hoverDelayMs: z.number().int().min(0).max(3000).default(400),
  /** Entity kinds that get highlighted. */
  kinds: z.array(EntityKindSchema).default(EntityKindSchema.options),
  /** Highlight only the first mention of each entity. */
  firstMentionOnly: z.boolean().default(false),
  highlightStyle: z.enum(['underline', 'background']).default('underline'),
  /** Starts keyboard navigation of the page's highlights (highlights are painted, so they are not Tab stops). */
  navigationShortcut: z
    .string()
    .refine((text) => parseShortcut(text) !== null, 'must be a shortcut such as Alt+Shift+K')
    .default(DEFAULT_NAVIGATION_SHORTCUT),
  /**
   * How a card opens from a name: `point`, when the pointer rests on it (a page can tell that the reader's store
   * knows a name they point at, since the card appears); `alt`, only while Alt is held, so that nothing a page can
   * observe changes while the pointer merely rests on a known name. The keyboard walk works in both.
   */
  cardTrigger: z.enum(['point', 'alt']).default('point'),
  /**
   * The toolbar badge with the number of new and differing figures of a page that names something of the store
   * (issue 23). Off by default: it reads the page without the reader asking, and on a slow machine that reading
   * can show in the page's own timeline (a long-animation-frame entry) on pages that name something of the store
   * — a trace that differs between a known name and an unknown one (docs/privacy.md). The reader opts in.
   */
  badge: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Whether highlighting is on for a page's hostname. */
export function isEnabledFor(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

/** The settings with one site turned on or off. */
export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== hostname);
  return { ...settings, disabledSites: on ? others : [...others, hostname] };
}
