/**
 * "A and B sat down in the Philippine capital with C and D": all four met, the place between "sat down" and "with"
 * notwithstanding; and one office in its British and American spellings ("Defense Minister", "defence minister").
 * Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { coreTitle } from '../../src/extract/people.js';
import { pairs } from './unseen-helpers.js';

describe('"sat down" with a place before "with"', () => {
  it('is a meeting of those before and after', () => {
    const text =
      'Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara sat down in the Philippine capital with ' +
      'Foreign Affairs Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro on Monday.';
    expect(pairs(text, '2024-07-09')).toEqual(['Enrique Manalo + Gilberto Teodoro + Minoru Kihara + Yoko Kamikawa']);
  });
});

describe('an office in two spellings', () => {
  it('is one office', () => {
    expect(coreTitle('Defense Minister')).toBe(coreTitle('defence minister'));
    expect(coreTitle('Minister of Labor')).toBe(coreTitle('Minister of Labour'));
  });
});
