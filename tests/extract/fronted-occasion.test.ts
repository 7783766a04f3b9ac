/**
 * "On the margins of the G20 summit in Johannesburg, A held talks with B": an occasion said before the sentence's first
 * meeting is that meeting's, as it is when said after the verb. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf } from './unseen-helpers.js';

const events = (text: string): (string | undefined)[] => meetingsOf(text, '2025-11-24').map((m) => m.event);

describe('an occasion before the meeting', () => {
  it('is the event of the first meeting', () => {
    expect(
      events(
        'On the margins of the G20 summit in Johannesburg, Indian Prime Minister Narendra Modi held talks with ' +
          'Brazilian President Luiz Inacio Lula da Silva on Sunday.',
      ),
    ).toEqual(['G20 summit']);
  });

  it('is not the event of a meeting told after another', () => {
    const found = meetingsOf(
      'During the G20 summit, Modi met Lula on Sunday; Japanese Prime Minister Sanae Takaichi later met Canadian ' +
        'Prime Minister Mark Carney in Tokyo.',
      '2025-11-24',
    ).filter((m) => m.participants.some((p) => p.name === 'Mark Carney'));
    expect(found.map((m) => m.event)).toEqual([undefined]);
  });
});
