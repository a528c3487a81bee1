/**
 * Lower case, accents dropped, typographic apostrophes made straight: the form the extractor's word lists are
 * written in, so "Économie", "economie" and "ÉCONOMIE" compare equal. Length may change (NFD), so never use
 * offsets into the folded text for the original.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘ʼ]/g, "'");
}
