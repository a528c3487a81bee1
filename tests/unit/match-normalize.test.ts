import { describe, expect, it } from 'vitest';
import { foldAlias, foldKeepingCase, normalizeForMatch } from '@/lib/match/normalize';

/** Every folded unit's original range, read back as text. */
function pieces(original: string): string[] {
  const { start, end } = normalizeForMatch(original);
  return Array.from(start, (from, i) => original.slice(from, end[i]));
}

describe('normalizeForMatch', () => {
  it.each([
    ['Pérou', 'perou'],
    ['PÉROU', 'perou'],
    ['Pe\u0301rou', 'perou'], // decomposed accent
    ['México', 'mexico'],
    ['Perú', 'peru'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['l‘AWS', "l'aws"],
    ['Huaweiʼs', "huawei's"],
    ['O′Neil', "o'neil"],
    ['l`usine', "l'usine"],
    ['Nouveau‐Mexique', 'nouveau-mexique'],
    ['Nouveau‑Mexique', 'nouveau-mexique'],
    ['2020–2023', '2020-2023'],
    ['Bukele — président', 'bukele - president'],
    ['Google\u00a0Cloud', 'google cloud'],
    ['7\u202fans', '7 ans'],
    ['a \t\n  b', 'a b'],
    ['İstanbul', 'istanbul'],
    ['ﬁnance', 'finance'],
    ['Ｇｏｏｇｌｅ', 'google'],
    ['Straße', 'strasse'],
    ['ΣΟΦΊΑ', 'σοφια'],
    ['Hua\u00adwei', 'huawei'], // soft hyphen
    ['\u200fمرحبا', 'مرحبا'], // bidi mark dropped, RTL letters kept
    ['北京 😀', '北京 😀'],
  ])('folds %j to %j', (original, folded) => {
    expect(normalizeForMatch(original).text).toBe(folded);
  });

  it('maps every folded unit back to the original characters it came from', () => {
    expect(pieces('Pé\u00a0 rou')).toEqual(['P', 'é', '\u00a0 ', 'r', 'o', 'u']);
    // A ligature yields two units, both mapped to the whole ligature.
    expect(pieces('ﬁn')).toEqual(['ﬁ', 'ﬁ', 'n']);
    // A combining accent is dropped and taken into the letter before it.
    expect(pieces('e\u0301t')).toEqual(['e\u0301', 't']);
    // Both units of an astral character map to the whole surrogate pair.
    expect(pieces('a😀b')).toEqual(['a', '😀', '😀', 'b']);
  });

  it('keeps start and end in step with the folded text', () => {
    const original = 'İ ﬃ  Ａ😀é\u0301\u200b—x';
    const { text, start, end } = normalizeForMatch(original);
    expect(start.length).toBe(text.length);
    expect(end.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      expect(start[i]).toBeLessThan(end[i] ?? 0);
      if (i > 0) expect(start[i]).toBeGreaterThanOrEqual(start[i - 1] ?? 0);
    }
  });

  it('handles empty text and lone surrogates', () => {
    expect(normalizeForMatch('').text).toBe('');
    expect(normalizeForMatch('a\ud800b').text).toBe('a\ud800b');
    expect(normalizeForMatch('\udc00').text).toBe('\udc00');
  });

  it('grows past the input length when characters expand', () => {
    const original = 'ﬃ'.repeat(10_000);
    const { text, start } = normalizeForMatch(original);
    expect(text).toBe('ffi'.repeat(10_000));
    expect(start[text.length - 1]).toBe(original.length - 1);
  });
});

describe('foldAlias', () => {
  it.each([
    ['  Google   Cloud ', 'google cloud'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Salvador Dalí', 'salvador dali'],
    ['Tecnológico Nacional de México', 'tecnologico nacional de mexico'],
  ])('folds %j like page text', (alias, folded) => {
    expect(foldAlias(alias)).toBe(folded);
    expect(normalizeForMatch(alias.trim()).text).toBe(folded);
  });
});

describe('foldKeepingCase', () => {
  it.each([
    ['AWS', 'AWS'],
    ['Aws', 'Aws'],
    ['PÉROU', 'PEROU'],
    ['l’AWS', "l'AWS"],
  ])('folds %j to %j without lower-casing', (text, folded) => {
    expect(foldKeepingCase(text)).toBe(folded);
  });
});
