/**
 * A short meeting as desks write it ("had a brief catch-up with", "a quick chat with") and a second person met later
 * in the same list ("met A and later B"). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('a catch-up, a chat, and a person met later', () => {
  it('reads a catch-up or a chat with someone as a meeting', () => {
    for (const noun of ['a brief catch-up', 'a quick chat']) {
      const text = `Trade Minister Todd McClay had ${noun} with Indonesian Trade Minister Budi Santoso in Jakarta on Monday.`;
      expect(rowsOf(meetingsOf(text, '2025-03-12'), true)).toEqual([
        'Budi Santoso + Todd McClay · 2025-03-10 · Jakarta',
      ]);
    }
  });

  it('reads "met A and later B" as two meetings', () => {
    const text =
      'Foreign Minister Vivian Balakrishnan met Prime Minister Hun Manet and later King Norodom Sihamoni in ' +
      'Phnom Penh on Tuesday.';
    expect(rowsOf(meetingsOf(text, '2025-03-12'), true)).toEqual([
      'Hun Manet + Vivian Balakrishnan · 2025-03-11 · Phnom Penh',
      'Norodom Sihamoni + Vivian Balakrishnan · 2025-03-11 · Phnom Penh',
    ]);
  });
});
