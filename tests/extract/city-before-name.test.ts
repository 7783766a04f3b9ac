/**
 * A city written right before the name of the one met ("received on Tuesday in Abidjan Sheikh Shakhboot …") is where
 * they met, not part of the name. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('a city right before a name', () => {
  it('is the place, and the name starts after it, with its style', () => {
    const text =
      'Minister in Nairobi\n\n' +
      'Cabinet Secretary Musalia Mudavadi received on Wednesday in Nairobi Sheikh Shakhboot bin Nahyan Al Nahyan, ' +
      'the Emirati Minister of State, for talks on the Berbera corridor.';
    const found = meetingsOf(text, '2025-06-13');
    expect(rowsOf(found, true)).toEqual(['Musalia Mudavadi + Shakhboot bin Nahyan Al Nahyan · 2025-06-11 · Nairobi']);
  });

  it('leaves a place of several words known whole', () => {
    const text = 'Talks in Chile\n\nPresident Daniel Noboa met in Santiago de Chile President Gabriel Boric on Monday.';
    expect(rowsOf(meetingsOf(text, '2025-06-13'), true)).toEqual([
      'Daniel Noboa + Gabriel Boric · 2025-06-09 · Santiago',
    ]);
  });
});
