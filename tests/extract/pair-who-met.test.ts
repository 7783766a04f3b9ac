/**
 * Two people named together and then said to have met, in a clause of "who": "the deal struck by President A and
 * President B, who met in Nairobi in May". Both met, each other. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('"A and B, who met …"', () => {
  it('is a meeting of the two', () => {
    const text =
      'Officials praised the corridor deal struck by President William Ruto and President Samia Suluhu Hassan, who ' +
      'met at the Presidential Villa in Nairobi on Jan. 31, 2025.';
    expect(rowsOf(meetingsOf(text, '2025-06-12'), true)).toEqual([
      'Samia Suluhu Hassan + William Ruto · 2025-01-31 · Nairobi',
    ]);
  });

  it('is still the one named before "who" when no one is named with them', () => {
    const text =
      'Kenyan Foreign Minister Musalia Mudavadi thanked President Samia Suluhu Hassan, who met him at State House ' +
      'in Dar es Salaam on 14 May 2025.';
    expect(rowsOf(meetingsOf(text, '2025-06-12'), true)).toEqual([
      'Musalia Mudavadi + Samia Suluhu Hassan · 2025-05-14 · Dar es Salaam',
    ]);
  });
});
