import { describe, expect, it } from 'vitest';
import type { ArticleCandidates, CandidateFact, Fact } from '@/lib/schema';
import { candidateFactKey, decide, keepDecisions } from '@/lib/store/candidate-decisions';

const sentence = 'Huawei formera 20 000 jeunes et 5 000 enseignants en cinq ans.';

/** A proposed figure of `sentence`, found at `figureText`, with the sentence starting at `offset` in the text. */
function candidate(figureText: string, offset = 0, id = 'a-people'): CandidateFact {
  const start = offset + sentence.indexOf(figureText);
  return {
    id,
    articleId: 'a',
    label: 'People trained',
    value: Number.parseInt(figureText.replace(/\s/g, ''), 10),
    unit: 'people',
    quote: sentence,
    quoteStart: offset,
    quoteEnd: offset + sentence.length,
    figure: { kind: 'count', unit: 'people', start, end: start + figureText.length, text: figureText },
  };
}

const record = (facts: CandidateFact[], entities: string[] = [], decided?: ArticleCandidates['decided']) => ({
  articleId: 'a',
  facts,
  entities: entities.map((name) => ({
    name,
    kindGuess: 'company' as const,
    count: 2,
    quote: name,
    quoteStart: 0,
    quoteEnd: 1,
    score: 2,
  })),
  decided,
});

describe('candidateFactKey', () => {
  it.each([
    [
      'the same figure when the text before it grew',
      candidate('20 000 jeunes'),
      candidate('20 000 jeunes', 120, 'a-people-2'),
      true,
    ],
    ['two figures of one sentence', candidate('20 000 jeunes'), candidate('5 000 enseignants'), false],
  ])('%s → same key: %s', (_name, a, b, same) => {
    expect(candidateFactKey(a) === candidateFactKey(b)).toBe(same);
  });
});

describe('keepDecisions: saving again keeps what the reader decided', () => {
  const young = candidate('20 000 jeunes');
  const teachers = candidate('5 000 enseignants', 0, 'a-people-2');
  const discarded = decide(record([young, teachers], ['Pengyou Tech', 'Lima Data']), 'fact', candidateFactKey(young));
  const both = decide(discarded, 'entity', 'Pengyou Tech');
  const accepted: Fact = {
    id: 'a-people-2',
    articleId: 'a',
    subject: { type: 'deal', id: 'd' },
    label: 'Teachers trained',
    value: 5000,
    unit: 'people',
    quote: sentence,
    origin: 'user',
  };

  it.each([
    [
      'nothing decided yet',
      record([young, teachers], ['Pengyou Tech']),
      undefined,
      [],
      ['20 000 jeunes', '5 000 enseignants'],
      ['Pengyou Tech'],
    ],
    [
      'a discarded figure and name',
      record([young, teachers], ['Pengyou Tech', 'Lima Data']),
      both,
      [],
      ['5 000 enseignants'],
      ['Lima Data'],
    ],
    // The same figures, now 120 characters further into an updated text, under new ids.
    [
      'decisions survive a longer text',
      record([candidate('20 000 jeunes', 120, 'x'), candidate('5 000 enseignants', 120, 'y')]),
      both,
      [],
      ['5 000 enseignants'],
      [],
    ],
    [
      'a figure already stored as a fact of the article',
      record([young, teachers]),
      undefined,
      [accepted],
      ['20 000 jeunes'],
      [],
    ],
    [
      'the same figure stored for another article',
      record([young, teachers]),
      undefined,
      [{ ...accepted, articleId: 'b' }],
      ['20 000 jeunes', '5 000 enseignants'],
      [],
    ],
  ])('%s', (_name, fresh, previous, facts, keptFigures, keptNames) => {
    const kept = keepDecisions(fresh, previous, facts);
    expect(kept.facts.map((f) => f.figure.text)).toEqual(keptFigures);
    expect(kept.entities.map((e) => e.name)).toEqual(keptNames);
    expect(kept.decided).toEqual(previous?.decided ?? { facts: [], entities: [] });
  });

  it('decide removes the candidate and records it once', () => {
    const twice = decide(
      decide(record([young, teachers]), 'fact', candidateFactKey(young)),
      'fact',
      candidateFactKey(young),
    );
    expect(twice.facts).toEqual([teachers]);
    expect(twice.decided).toEqual({ facts: [candidateFactKey(young)], entities: [] });
  });
});
