// The one validated road to the settings, used by the library and the popup alike.
import { describe, expect, it } from 'vitest';
import { storageSettings } from '@/lib/library/settings-access';
import { RecordValidationError } from '@/lib/library/validation';
import { settingsItem } from '@/lib/settings/settings-item';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings-schema';

describe('storageSettings', () => {
  it('refuses settings the schema refuses, naming the field, and stores nothing', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hoverDelayMs: 250 });
    const bad = { ...DEFAULT_SETTINGS, hoverDelayMs: 9999, disabledSites: [''] } as Settings;
    const refusal = await storageSettings.write(bad).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RecordValidationError);
    expect((refusal as RecordValidationError).issues.map((i) => i.path)).toEqual(['disabledSites.0', 'hoverDelayMs']);
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 250 });
  });

  it('stores valid settings, and every watcher hears of them', async () => {
    const heard: Settings[] = [];
    const stop = storageSettings.watch((settings) => heard.push(settings));
    const next = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    expect(await storageSettings.write(next)).toEqual(next);
    expect(await storageSettings.read()).toEqual(next);
    await expect.poll(() => heard).toEqual([next]);
    stop();
  });
});
