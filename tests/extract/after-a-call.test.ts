/**
 * A call or a meeting named as what came before what someone said: "After a 40-minute call with A on Tuesday, B
 * said …", "Following his meeting with A, B …", "B, after a phone call with A, said …", "B concluded a state visit
 * after talks with A". Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('a call or a meeting before what was said', () => {
  it('is a call of the two, opening the sentence or after its subject', () => {
    const texts = [
      'After a 40-minute call with Ukrainian President Volodymyr Zelenskyy on Tuesday, Prime Minister Keir Starmer ' +
        'said support would continue.',
      'Prime Minister Keir Starmer, after a phone call with Ukrainian President Volodymyr Zelenskyy on Tuesday, said ' +
        'support would continue.',
    ];
    for (const t of texts)
      expect(rowsOf(meetingsOf(t, '2025-06-12'), true)).toEqual([
        'Keir Starmer + Volodymyr Zelenskyy · 2025-06-10 · by telephone',
      ]);
  });

  it('is a meeting of the two after "following his meeting with"', () => {
    const text =
      'Following his meeting with Ukrainian President Volodymyr Zelenskyy on Tuesday, Prime Minister Keir Starmer ' +
      'said support would continue.';
    expect(rowsOf(meetingsOf(text, '2025-06-12'))).toEqual(['Keir Starmer + Volodymyr Zelenskyy · 2025-06-10']);
  });

  it('is a meeting of the two after "after talks with" within the sentence', () => {
    const text =
      'Qatar’s Emir Sheikh Tamim bin Hamad Al Thani concluded a state visit to Kazakhstan on Wednesday after talks ' +
      'with President Kassym-Jomart Tokayev.';
    expect(rowsOf(meetingsOf(text, '2025-06-12'))).toEqual([
      'Kassym-Jomart Tokayev + Tamim bin Hamad Al Thani · 2025-06-11',
    ]);
  });

  it('is a meeting of the two after talks said of what kind ("after bilateral talks with")', () => {
    const text =
      'Foreign Minister Elmer Schialer announced a new border commission on Monday, after bilateral talks with his ' +
      'Chilean counterpart, Alberto van Klaveren, at the Torre Tagle Palace in Lima.';
    expect(rowsOf(meetingsOf(text, '2025-03-12'), true)).toEqual([
      'Alberto van Klaveren + Elmer Schialer · 2025-03-10 · Lima',
    ]);
  });

  it('is no meeting of a call with reporters', () => {
    const text = 'In a call with reporters on Tuesday, Prime Minister Keir Starmer said support would continue.';
    expect(meetingsOf(text, '2025-06-12')).toEqual([]);
  });
});
