/**
 * Ministry readouts' own ways of writing (extract/candidates.ts): "the new Ambassador of Spain to our country", where
 * "our" is the ministry's, no speaker's. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './unseen-helpers.js';

describe('readouts', () => {
  it('reads a sentence that names "our country" as the ministry writing, not someone quoted', () => {
    expect(
      pairs(
        'The Minister of Foreign Affairs, Mr. Ahmed Ould Salem, received on Tuesday H.E. Mrs. Elena Ruiz Gómez, the ' +
          'new Ambassador of Spain to our country.',
      ),
    ).toEqual(['Ahmed Ould Salem + Elena Ruiz Gómez']);
  });

  it('still reads "we met" outside quotes as someone speaking', () => {
    expect(pairs('Later we met Foreign Minister Ahmed Ould Salem of Mauritania in Nouakchott.')).toEqual([]);
  });
});
