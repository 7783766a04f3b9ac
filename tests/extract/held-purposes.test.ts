/**
 * A meeting that was the purpose of something done in the past was held: "used the forum to meet", "took the
 * opportunity to hold talks with", "managed to meet"; "is to meet" and "agreed to meet" stay plans. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf } from './unseen-helpers.js';

const statuses = (text: string): string[] =>
  meetingsOf(text, '2025-02-17')
    .map((m) => `${m.status} ${m.participants.map((p) => p.name ?? p.country).join(' + ')}`)
    .sort();

describe('a meeting as the purpose of a past act', () => {
  it('was held after "used the forum to meet" and "took the opportunity to meet"', () => {
    const text =
      'Nepali Foreign Minister Arzu Rana Deuba used the regional forum in Colombo to meet Sri Lankan Foreign ' +
      'Minister Vijitha Herath on Sunday. Deuba also took the opportunity to meet Bhutanese Foreign Minister ' +
      'D.N. Dhungyel.';
    expect(statuses(text)).toEqual(['held Arzu Rana Deuba + D.N. Dhungyel', 'held Arzu Rana Deuba + Vijitha Herath']);
  });

  it('was held after "managed to meet"', () => {
    const text = 'Arzu Rana Deuba managed to meet Vijitha Herath in Colombo on Sunday despite the storm.';
    expect(statuses(text)).toEqual(['held Arzu Rana Deuba + Vijitha Herath']);
  });

  it('is still a plan after "is to meet" and "agreed to meet"', () => {
    const text =
      'Arzu Rana Deuba is to meet Vijitha Herath in Colombo on Thursday. The two foreign ministers agreed to meet ' +
      'Bhutanese Foreign Minister D.N. Dhungyel in Thimphu in April.';
    expect(statuses(text).every((s) => s.startsWith('planned'))).toBe(true);
  });
});
