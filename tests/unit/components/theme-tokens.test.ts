// components/theme/tokens.css writes the dark palette twice: once for the system's dark mode (extension pages) and
// once for data-scheme="dark" (the card, which follows the page). Both copies must say the same thing, and every
// colour the light palette sets must have a dark value, or one surface would show a light colour on a dark page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TOKENS = readFileSync(path.resolve(__dirname, '../../../components/theme/tokens.css'), 'utf8');

/** The custom properties declared in the first block that follows `selector` (a literal piece of the CSS). */
function declarationsAfter(selector: string): Map<string, string> {
  const start = TOKENS.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector} in tokens.css`);
  const open = TOKENS.indexOf('{', start + selector.length);
  const close = TOKENS.indexOf('}', open);
  const body = TOKENS.slice(open + 1, close);
  return new Map([...body.matchAll(/(--dl-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

describe('theme tokens', () => {
  const light = declarationsAfter('[data-scheme="light"]');
  const systemDark = declarationsAfter('@media (prefers-color-scheme: dark) {\n  :root');
  const pageDark = declarationsAfter('[data-scheme="dark"]');

  it('reads real palettes', () => {
    expect(light.get('--dl-bg')).toBe('#ffffff');
    expect(systemDark.size).toBeGreaterThan(5);
  });

  it('the two dark palettes are the same', () => {
    expect(Object.fromEntries(pageDark)).toEqual(Object.fromEntries(systemDark));
  });

  it('every light colour has a dark value', () => {
    expect([...systemDark.keys()].sort()).toEqual([...light.keys()].sort());
  });
});
