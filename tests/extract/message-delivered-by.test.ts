/**
 * "The Amir received a written message from President A, delivered by Foreign Minister B": the one who carried the
 * message met the one who received it; the sender, who was not there, met no one. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './unseen-helpers.js';

describe('a message delivered by an envoy', () => {
  it('is a meeting of the envoy and the one who received it', () => {
    const text =
      'Emir Sheikh Mishal Al-Ahmad received a written message from Ghanaian President John Mahama, delivered by ' +
      'Foreign Minister Samuel Ablakwa during an audience at Bayan Palace on Tuesday.';
    expect(pairs(text, '2025-04-10')).toEqual(['Mishal Al-Ahmad + Samuel Ablakwa']);
  });

  it('is no meeting when no one carried it in person', () => {
    const text =
      'President John Mahama sent a message of condolence to the Emir, and the embassy said it was read out.';
    expect(pairs(text, '2025-04-10')).toEqual([]);
  });
});
