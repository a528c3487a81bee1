import { readSettings, settingsItem, watchSettings } from '@/lib/settings/settings-item';
import { type Settings, SettingsSchema } from '@/lib/settings/settings-schema';
import { validateRecord } from './validation';

/** How the library reads and writes the settings; a parameter so component tests can hand in their own. */
export interface SettingsAccess {
  read: () => Promise<Settings>;
  /** Validates, then saves: every open page follows at once (the content scripts watch the item). */
  write: (next: Settings) => Promise<Settings>;
  watch: (callback: (settings: Settings) => void) => () => void;
}

/** The settings in extension storage. */
export const storageSettings: SettingsAccess = {
  read: readSettings,
  async write(next) {
    const valid = validateRecord(SettingsSchema, next, 'settings');
    await settingsItem.setValue(valid);
    return valid;
  },
  watch: watchSettings,
};
