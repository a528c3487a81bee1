import type { EntityKind } from '@/lib/schema';
import type { Settings } from '@/lib/settings/settings-schema';

/**
 * The hostname a reader means by what they typed in "turn off on this site": a bare host ("lemonde.fr") or a
 * pasted address ("https://www.lemonde.fr/economie/…"). Undefined when it names no host.
 */
export function siteFromInput(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (!text) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`);
    const host = url.hostname.replace(/\.$/, '');
    return /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:]+\]$/.test(host) && host.length <= 253 ? host : undefined;
  } catch {
    return undefined;
  }
}

/** The settings with a site added to the disabled list (once). */
export function withDisabledSite(settings: Settings, site: string): Settings {
  return settings.disabledSites.includes(site)
    ? settings
    : { ...settings, disabledSites: [...settings.disabledSites, site].sort() };
}

/** The settings with one entity kind highlighted or not, kinds kept in the schema's order. */
export function withKind(settings: Settings, kind: EntityKind, on: boolean, order: readonly EntityKind[]): Settings {
  const set = new Set(settings.kinds);
  if (on) set.add(kind);
  else set.delete(kind);
  return { ...settings, kinds: order.filter((k) => set.has(k)) };
}
