/**
 * A leg of a tour that brought or featured meetings: "The second leg, in Tashkent on Tuesday, featured talks with
 * A" reports a meeting of the one the briefing is about with A. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('a leg of a tour that brought meetings', () => {
  it('is a meeting of the traveller with each person named', () => {
    const text =
      'Hungarian Foreign Minister Péter Szijjártó toured Central Asia this week.\n\n' +
      'The second leg, in Tashkent on Tuesday, featured talks with Foreign Minister Bakhtiyor Saidov and a ' +
      'meeting with President Shavkat Mirziyoyev.';
    expect(rowsOf(meetingsOf(text, '2025-03-14'), true)).toEqual([
      'Bakhtiyor Saidov + Péter Szijjártó · 2025-03-11 · Tashkent',
      'Péter Szijjártó + Shavkat Mirziyoyev · 2025-03-11 · Tashkent',
    ]);
  });
});
