// Issue 21: a name accepted from a saved article keeps the other ways the article wrote it as aliases.
import { beforeEach, describe, expect, it } from 'vitest';
import type { DealLensDatabase } from '@/lib/store/db';
import { addCandidateEntity } from '@/lib/store/saved-articles';
import { freshDatabase } from './helpers';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.candidates.put({
    articleId: 'story',
    facts: [],
    entities: [
      {
        name: 'Ecopetrol S.A.',
        kindGuess: 'company',
        aliases: ['EC', 'Ecopetrol'],
        count: 3,
        quote: 'Ecopetrol S.A. (NYSE: EC) firmó.',
        quoteStart: 0,
        quoteEnd: 32,
        score: 3,
      },
    ],
  });
});

describe('addCandidateEntity', () => {
  it('stores the ticker (as written) and the short spelling as aliases', async () => {
    const entity = await addCandidateEntity(db, 'story', 'Ecopetrol S.A.', 'company', 'es');
    expect(entity.aliases.map((a) => [a.text, a.case])).toEqual([
      ['Ecopetrol S.A.', 'insensitive'],
      ['EC', 'sensitive'],
      ['Ecopetrol', 'insensitive'],
    ]);
    expect((await db.entities.get(entity.id))?.aliases).toHaveLength(3);
  });

  it('a name the article did not propose gets its name alone', async () => {
    const entity = await addCandidateEntity(db, 'story', 'Pengyou Tech', 'company', 'fr');
    expect(entity.aliases.map((a) => a.text)).toEqual(['Pengyou Tech']);
  });
});
