/**
 * A list that gives each country before its minister: "the foreign ministers of Ghana, A, of Togo, B, and of Benin,
 * C". Each name holds the office for the country written before it, and all three were met together. Articles
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf } from './unseen-helpers.js';

describe('countries written before their ministers in a list', () => {
  it('gives each name its country and office, and reads the list on over them', () => {
    const text =
      'President Bassirou Diomaye Faye received on Thursday at the Palace in Dakar the Ministers of Foreign Affairs ' +
      'of Ghana, Samuel Okudzeto Ablakwa, of Togo, Robert Dussey, and of Benin, Olushegun Adjadi Bakari.';
    const [meeting, ...rest] = meetingsOf(text, '2025-07-04');
    expect(rest).toEqual([]);
    expect(meeting!.participants[0]!.name).toBe('Bassirou Diomaye Faye');
    const sides = meeting!.participants.slice(1).map((p) => `${p.name} · ${p.title} · ${p.country}`);
    expect(sides).toEqual([
      'Samuel Okudzeto Ablakwa · Minister of Foreign Affairs · Ghana',
      'Robert Dussey · Minister of Foreign Affairs · Togo',
      'Olushegun Adjadi Bakari · Minister of Foreign Affairs · Benin',
    ]);
  });
});
