import { describe, expect, it } from 'vitest';
import { parseShortcut } from '@/lib/keyboard/shortcut';
import { isOnFor, readPageSettings } from '@/lib/settings/page-settings';
import { DEFAULT_SETTINGS, SettingsSchema } from '@/lib/settings/settings-schema';

/** What the content script should read, derived from the full schema's answer. */
const fromSchema = (raw: unknown) => {
  // The toolbar badge (issue 23) is the background's setting alone: the content script does not read it.
  const { badge: _badge, ...s } = SettingsSchema.parse(raw);
  const allKinds = s.kinds.length === DEFAULT_SETTINGS.kinds.length;
  return {
    ...s,
    kinds: allKinds && raw && typeof raw === 'object' && !('kinds' in raw) ? null : s.kinds,
    navigationShortcut: parseShortcut(s.navigationShortcut),
  };
};

describe('readPageSettings (the content script’s reading, without Zod)', () => {
  it.each([
    ['nothing stored', {}],
    [
      'everything set',
      {
        enabled: false,
        disabledSites: ['example.com'],
        scope: 'page',
        hoverDelayMs: 0,
        kinds: ['company', 'person'],
        firstMentionOnly: true,
        highlightStyle: 'background',
        navigationShortcut: 'Ctrl+Alt+J',
      },
    ],
    ['a few set', { scope: 'article', hoverDelayMs: 3000, highlightStyle: 'underline' }],
  ])('agrees with the full schema on valid settings: %s', (_label, raw) => {
    expect(readPageSettings(raw)).toEqual(fromSchema(raw));
  });

  it.each([
    ['enabled', 'yes', true],
    ['disabledSites', 'example.com', []],
    ['scope', 'everything', 'article'],
    ['hoverDelayMs', -5, 400],
    ['hoverDelayMs', 1.5, 400],
    ['firstMentionOnly', 1, false],
    ['highlightStyle', 'blink', 'underline'],
    ['navigationShortcut', 'K', parseShortcut('Alt+Shift+K')],
  ])('a damaged %s falls back to its default', (field, value, expected) => {
    expect(readPageSettings({ [field]: value })[field as keyof ReturnType<typeof readPageSettings>]).toEqual(expected);
  });

  it('reads null, a string or an array as nothing stored', () => {
    for (const raw of [null, 'settings', [1, 2]]) expect(readPageSettings(raw)).toEqual(readPageSettings({}));
  });

  it('is on unless turned off everywhere or for the site', () => {
    expect(isOnFor({ enabled: true, disabledSites: [] }, 'a.example')).toBe(true);
    expect(isOnFor({ enabled: true, disabledSites: ['a.example'] }, 'a.example')).toBe(false);
    expect(isOnFor({ enabled: false, disabledSites: [] }, 'a.example')).toBe(false);
  });
});
