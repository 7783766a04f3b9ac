/**
 * "the two leaders" of a briefing that has named two people and told no meeting of theirs before: those two.
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('"the two leaders" when only two people are named', () => {
  it('reads a call told in a clause of the sentence that names them', () => {
    const text =
      'Wharf opening confirmed\n\n' +
      'Fijian Prime Minister Sitiveni Rabuka will open the new wharf at Lautoka next month, Vanuatu Prime Minister ' +
      'Jotham Napat said after the two leaders spoke by telephone on Thursday.';
    expect(rowsOf(meetingsOf(text, '2025-06-13'), true)).toEqual([
      'Jotham Napat + Sitiveni Rabuka · 2025-06-12 · by telephone',
    ]);
  });

  it('reads a meeting told in the sentence after the one that names them', () => {
    const text =
      'Border crossing reopened\n\n' +
      'President Gustavo Petro thanked Ecuadorean President Daniel Noboa for reopening the border crossing at ' +
      'Rumichaca. The two leaders met in Quito on Wednesday, according to the presidency.';
    expect(rowsOf(meetingsOf(text, '2025-06-13'), true)).toEqual(['Daniel Noboa + Gustavo Petro · 2025-06-11 · Quito']);
  });
});
