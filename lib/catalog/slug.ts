/** Latin letters that Unicode decomposition leaves alone but an ASCII slug must still spell. */
const LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * A readable ASCII id for a name, as `SlugSchema` wants it: accents dropped, lower-case, every run of other
 * characters one dash ("Côte d’Ivoire" → "cote-d-ivoire", "St. Kitts & Nevis" → "st-kitts-nevis").
 * Returns "" for a name with no Latin letter or digit at all; the caller must then choose another id.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[æœøßđðłþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
