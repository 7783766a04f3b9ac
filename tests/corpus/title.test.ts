/** A story's dateline dropped from a sentence quoted as evidence (corpus/title.ts). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { stripDateline } from '../../src/corpus/title.js';

describe('stripDateline', () => {
  it.each([
    ['DUSHANBE/MOSCOW (Reuters) - Leaders met.', 'Leaders met.'],
    ['ISLAMABAD: Leaders met.', 'Leaders met.'],
    // A place and a full date, in any case: the date is the page's, not the meeting's ("yesterday").
    [
      'Belmopan. June 4, 2025. The prime minister yesterday welcomed the president.',
      'The prime minister yesterday welcomed the president.',
    ],
    ['Lima, Peru, 4 June 2025 (Andina) – The ministers met.', 'The ministers met.'],
  ])('drops the dateline of %j', (sentence, rest) => {
    expect(stripDateline(sentence)).toBe(rest);
  });

  it.each([
    'On 4 June 2025 - the minister said the talks went well.',
    'The ministers met in Lima on 4 June 2025.',
    'Lima, the capital, hosted the talks.',
  ])('keeps %j whole', (sentence) => {
    expect(stripDateline(sentence)).toBe(sentence);
  });
});
