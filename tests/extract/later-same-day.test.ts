/**
 * "He later met …", "Subsequently, A was received by …", "After the talks, …": a meeting that gives no date of its
 * own, told after another, is of that meeting's day, not of the briefing's first meeting or its dateline. "Two years
 * later" is no such day. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, who } from './unseen-helpers.js';

const days = (text: string, published: string): string[] =>
  meetingsOf(text, published).map((m) => `${m.participants.map(who).sort().join(' + ')}: ${JSON.stringify(m.date)}`);

describe('a meeting told "later"', () => {
  it('is of the day of the meeting told before it', () => {
    const text =
      'President Lena Varga spoke by telephone with Prime Minister Tomas Berg on Wednesday evening. On Tuesday, ' +
      'Foreign Minister Ivo Petrov hosted his Slovak counterpart Jan Novak in Sofia. Novak was later received by ' +
      'President Varga.';
    expect(days(text, '2025-07-17')).toContain('Jan Novak + Lena Varga: {"year":2025,"month":7,"day":15}');
  });

  it('is so after "subsequently" and "after the talks"', () => {
    const text =
      'President Lena Varga spoke by telephone with Prime Minister Tomas Berg on Wednesday evening. On Monday, ' +
      'Foreign Minister Ivo Petrov received his Slovak counterpart Jan Novak in Sofia. After the talks, Novak called ' +
      'on Prime Minister Dimitar Kolev.';
    expect(days(text, '2025-07-17')).toContain('Dimitar Kolev + Jan Novak: {"year":2025,"month":7,"day":14}');
  });
});
