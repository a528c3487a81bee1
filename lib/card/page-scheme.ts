/**
 * Whether the page itself looks dark, from the colour actually painted behind its text (the body's or the root's
 * background); a transparent page follows the browser's preference. Sites with their own dark mode rarely
 * announce it through prefers-color-scheme, so the painted colour is the better witness.
 */
export function pageLooksDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return luminance(rgb) < 0.4;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function parseRgb(color: string): { r: number; g: number; b: number; alpha: number } | null {
  const m = color.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/);
  if (!m) return null;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), alpha };
}

function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
