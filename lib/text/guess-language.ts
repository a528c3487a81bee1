import type { Language } from '@/lib/schema';

// The commonest short words of each language Deal Lens extracts facts from; a few hundred words of any news
// text contain dozens of them, and the three lists barely overlap.
const MARKERS: Record<'fr' | 'en' | 'es', Set<string>> = {
  fr: new Set([
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'dans',
    'pour',
    'qui',
    'que',
    'avec',
    'sur',
    'pas',
    'au',
    'aux',
    'ont',
    'été',
  ]),
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'for',
    'with',
    'was',
    'on',
    'are',
    'by',
    'this',
    'from',
    'has',
    'have',
    'will',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'del',
    'y',
    'es',
    'una',
    'por',
    'con',
    'para',
    'que',
    'se',
    'su',
    'al',
    'como',
    'más',
    'fue',
    'según',
  ]),
};

/**
 * The article's language: the one its markup declares when that is French, English or Spanish; otherwise a vote
 * of marker words over the first 20,000 characters; `und` when no language of the three clearly wins (German,
 * Chinese…), which the caller reports as a language it does not handle.
 */
export function guessLanguage(text: string, declared?: string): Language {
  const primary = declared?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'fr' || primary === 'en' || primary === 'es') return primary;
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const votes = { fr: 0, en: 0, es: 0 };
  for (const word of words) {
    for (const lang of ['fr', 'en', 'es'] as const) if (MARKERS[lang].has(word)) votes[lang]++;
  }
  const [best, second] = (Object.entries(votes) as ['fr' | 'en' | 'es', number][]).sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < Math.max(5, words.length * 0.05)) return 'und';
  // A declared other language (de, zh…) wins over a weak vote.
  if (primary && primary !== 'und' && best[1] < words.length * 0.15) return 'und';
  return best[1] >= (second?.[1] ?? 0) * 1.5 ? best[0] : 'und';
}
