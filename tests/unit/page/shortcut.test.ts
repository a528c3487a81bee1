import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut, parseShortcut } from '@/lib/keyboard/shortcut';

describe('parseShortcut', () => {
  it.each([
    ['Alt+Shift+K', { alt: true, ctrl: false, shift: true, meta: false, code: 'KeyK' }],
    ['ctrl + alt + 5', { alt: true, ctrl: true, shift: false, meta: false, code: 'Digit5' }],
    ['Cmd+F7', { alt: false, ctrl: false, shift: false, meta: true, code: 'F7' }],
    ['Option+j', { alt: true, ctrl: false, shift: false, meta: false, code: 'KeyJ' }],
  ])('%s', (text, expected) => {
    expect(parseShortcut(text)).toEqual(expected);
  });

  it.each(['K', 'Shift+K', 'Alt+Shift', 'Alt+K+J', 'Alt+Alt+K', 'Alt+Enter', '', 'Alt+F13'])('refuses %j', (text) => {
    expect(parseShortcut(text)).toBeNull();
  });

  it('writes a shortcut back and matches exactly its modifiers', () => {
    const shortcut = parseShortcut('shift+alt+k');
    if (!shortcut) throw new Error('unparsed');
    expect(formatShortcut(shortcut)).toBe('Alt+Shift+K');
    const press = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyK' };
    expect(matchesShortcut(shortcut, press)).toBe(true);
    expect(matchesShortcut(shortcut, { ...press, ctrlKey: true })).toBe(false);
    expect(matchesShortcut(shortcut, { ...press, code: 'KeyL' })).toBe(false);
  });
});
