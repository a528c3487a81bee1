import { describe, expect, it } from 'vitest';
import { figureFromSelection, locateSelection } from '@/lib/review/selection-figure';

const at = (text: string, selected: string) => {
  const start = text.indexOf(selected);
  return { start, end: start + selected.length };
};

describe('a figure the reader selects', () => {
  it.each([
    // [language, text, selection, value, unit, measure]
    [
      'en',
      'Analysts estimate the campus could add half a percentage point to national output by 2030.',
      'half a percentage point',
      0.5,
      'percentage-points',
      'percentage-points',
    ],
    ['en', 'The site covers 40 hectares near the port.', '40 hectares', 40, 'objects', undefined],
    ['fr', 'Le campus formera 1 200 personnes d’ici 2028.', '1 200 personnes', 1200, 'people', 'people-trained'],
    [
      'es',
      'La empresa invertirá US$ 300 millones en la planta, según el ministerio.',
      'US$ 300 millones',
      300_000_000,
      'USD',
      'investment',
    ],
    ['fr', 'Le groupe détiendra 12,5 % du capital.', '12,5 %', 12.5, 'percent', undefined],
  ] as const)('%s: “%s” → %s', (lang, text, selected, value, unit, measure) => {
    const fact = figureFromSelection({ text, lang, articleId: 'a', ...at(text, selected), takenIds: new Set() });
    expect(fact?.value).toBe(value);
    expect(fact?.unit).toBe(unit);
    if (measure) expect(fact?.measure).toBe(measure);
    // The quote is the sentence, an exact substring of the text, and holds the selection.
    expect(fact && text.slice(fact.quoteStart, fact.quoteEnd)).toBe(fact?.quote);
    expect(fact?.quote).toContain(selected);
  });

  it('reads the figure in its sentence when the selection cuts it, and takes a free id', () => {
    const text = 'Intro.\nThe plan will create 800 jobs, the company said.';
    const fact = figureFromSelection({
      text,
      lang: 'en',
      articleId: 'a',
      ...at(text, '800'),
      takenIds: new Set(['a-jobs-created-added']),
    });
    expect(fact?.figure.text).toBe('800 jobs');
    expect(fact?.id).toBe('a-jobs-created-added-2');
    expect(fact?.quote).toBe('The plan will create 800 jobs, the company said.');
  });

  it.each([
    ['words with no number', 'the company said'],
    ['an empty stretch', '   '],
  ])('proposes nothing for %s', (_name, selected) => {
    const text = 'The plan will create jobs, the company said.    ';
    expect(
      figureFromSelection({ text, lang: 'en', articleId: 'a', ...at(text, selected), takenIds: new Set() }),
    ).toBeUndefined();
  });
});

describe('locateSelection', () => {
  it('finds a live page’s selection in the saved text whatever its line breaks', () => {
    const text = 'First paragraph ends here.\nSecond one starts.';
    expect(locateSelection(text, 'ends here.\n\n Second')).toEqual({ start: 16, end: 33 });
    expect(locateSelection(text, 'not there')).toBeUndefined();
    expect(locateSelection(text, '  ')).toBeUndefined();
  });
});
