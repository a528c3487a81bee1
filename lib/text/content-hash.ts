/**
 * Text an article is compared by: the same words with any layout. Whitespace runs fold to one space and
 * typographic apostrophes to ASCII, so one article copied from two sites with different markup hashes the same.
 */
export function normalizeArticleText(text: string): string {
  return text.normalize('NFC').replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

/** SHA-256 (hex) of the article's normalised text: finds the same article saved from another URL. */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(normalizeArticleText(text));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
