/**
 * Offices as Indian readouts write them in Hindi: "Raksha Mantri" (defence minister), "Pradhan Mantri" (prime
 * minister), with a name or standing for the one named before. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('offices written in Hindi', () => {
  it('is an office before a name, and "the Raksha Mantri" is the defence minister named before', () => {
    const text =
      'Defence ties with Kenya\n\n' +
      'Indian Defence Minister Rajnath Singh arrived in Nairobi on Monday for a two-day visit. The Raksha Mantri ' +
      'held talks with Defence Cabinet Secretary Soipan Tuya on Tuesday. Pradhan Mantri Narendra Modi will host ' +
      'President William Ruto in New Delhi next month.';
    const found = meetingsOf(text, '2025-06-11');
    expect(rowsOf(found, true)).toContainEqual('Rajnath Singh + Soipan Tuya · 2025-06-10 · Nairobi');
    const modi = found.find((m) => m.participants.some((p) => p.name === 'Narendra Modi'));
    expect(modi?.participants.find((p) => p.name === 'Narendra Modi')?.title).toBe('Prime Minister');
  });
});
