import { describe, expect, it } from 'vitest';
import { guessLanguage } from '@/lib/text/guess-language';

describe('guessLanguage', () => {
  it.each([
    [
      'Le Pérou a signé un accord avec Huawei pour former des jeunes dans le domaine de l’IA et de la santé.',
      undefined,
      'fr',
    ],
    [
      'The company said on Monday that it will invest in the region and that the deal is subject to approval.',
      undefined,
      'en',
    ],
    [
      'El gobierno de México firmó un acuerdo con la empresa para la construcción de una región de centros de datos.',
      undefined,
      'es',
    ],
    [
      'Die Bundesregierung hat am Montag ein neues Gesetz beschlossen, das die Digitalisierung beschleunigen soll.',
      undefined,
      'und',
    ],
    ['中国和秘鲁签署了人工智能培训协议。', undefined, 'und'],
    ['anything at all', 'fr-FR', 'fr'],
    // Pages often declare a wrong language: clearly English text wins over a declared "de".
    ['The text is English and the page declares German, which is a mistake of the page', 'de', 'en'],
    ['Kurz und gut: ein Satz mit the', 'de', 'und'],
  ] as const)('%s (declared %s) → %s', (text, declared, expected) => {
    expect(guessLanguage(text.repeat(3), declared)).toBe(expected);
  });
});
