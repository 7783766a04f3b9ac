/**
 * A meeting told in a clause after the sentence's own news: "… said on Friday, after hosting B in Oslo", "spoke to
 * reporters after meeting B". The subject of the sentence met B, on the clause's own day; a plan the subject speaks of
 * ("the two countries will work together") is not the meeting's tense. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('a meeting in a clause after "after"', () => {
  it('reads "after hosting B": the subject hosted B, on the clause’s day, though a plan is spoken of', () => {
    const text =
      'Norwegian Foreign Minister Espen Barth Eide said the two countries will coordinate their aid to Sudan, after ' +
      'hosting Kenyan Cabinet Secretary Musalia Mudavadi in Oslo on Wednesday.';
    const found = meetingsOf(text, '2025-06-13');
    expect(rowsOf(found, true)).toEqual(['Espen Barth Eide + Musalia Mudavadi · 2025-06-11 · Oslo']);
    expect(found[0]!.status).toBe('held');
  });

  it('takes the one named as the subject, not a lone office joined to the name ("the Tánaiste and …")', () => {
    const text =
      'The Taoiseach and Minister for Defence Micheál Martin said Ireland would back the mission, after hosting ' +
      'Finnish Prime Minister Petteri Orpo in Dublin on Wednesday.';
    expect(rowsOf(meetingsOf(text, '2025-06-13'), true)).toEqual([
      'Micheál Martin + Petteri Orpo · 2025-06-11 · Dublin',
    ]);
  });

  it('reads "after meeting B", held or, when the subject will speak afterwards, planned', () => {
    const held = meetingsOf(
      'Prime Minister Luc Frieden spoke to reporters after meeting Slovak Prime Minister Robert Fico in ' +
        'Luxembourg on Tuesday.',
      '2025-06-13',
    );
    expect(rowsOf(held, true)).toEqual(['Luc Frieden + Robert Fico · 2025-06-10 · Luxembourg']);
    expect(held[0]!.status).toBe('held');
    const planned = meetingsOf(
      'Prime Minister Luc Frieden will speak to reporters on Monday, after meeting Slovak Prime Minister Robert Fico ' +
        'in Luxembourg.',
      '2025-06-13',
    );
    expect(planned.map((m) => m.status)).toEqual(['planned']);
  });

  it('is no meeting when what came is no one: "after receiving a letter from B", "after meeting in Geneva"', () => {
    const text =
      'President Alexander Stubb spoke to reporters after receiving a letter from President Volodymyr Zelensky on ' +
      'Tuesday. Foreign Minister Elina Valtonen said the ministers agreed to keep talking after meeting in Geneva.';
    expect(meetingsOf(text)).toEqual([]);
  });
});
