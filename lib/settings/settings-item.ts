import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from './settings-schema';

/** The settings, in extension local storage: readable by the content script, the popup and the background. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings; anything malformed (a damaged or hand-edited value) is replaced by the defaults. */
export async function readSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Calls back with validated settings whenever any context changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = SettingsSchema.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
