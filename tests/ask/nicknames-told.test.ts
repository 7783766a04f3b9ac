/**
 * "Who is tok mat?": a nickname of ordinary words ("mat") is asked whole, and a briefing that gives it ("known at home
 * as 'Tok Mat'", a few words between "known" and "as") says whose it is. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'hanoi.txt': [
    '---\ntitle: Malaysia and Vietnam review trade\ndate: 2025-03-06\n---',
    'Vietnamese Foreign Minister Bui Thanh Son held talks with Malaysian Foreign Minister Mohamad Hasan in Hanoi on ' +
      'Wednesday on trade and fisheries.',
    'Minister Mohamad, widely known at home as "Tok Mat", said Kuala Lumpur regards Hanoi as a key partner.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a nickname told in a briefing', () => {
  it('is asked whole and answered with whose it is', () => {
    const a = questionAnswer('who is tok mat', briefings.ctx);
    expect(a.text).toMatch(/^Tok mat is Mohamad Hasan, Foreign Minister, Malaysia\b/);
  });

  it("is asked of an office as the one whose nickname it is: he is Malaysia's FM", () => {
    const a = questionAnswer('is tok mat the same guy as the malaysian FM?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: the briefings name Mohamad Hasan as Foreign Minister, Malaysia\./);
  });
});
