/**
 * "Who is tok mat?": a nickname of ordinary words ("mat") is asked whole, and a briefing that gives it ("known at home
 * as 'Tok Mat'", a few words between "known" and "as") says whose it is; a name typed in quotes is that name.
 * Articles written for these tests.
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
  'kampala.txt': [
    '---\ntitle: Uganda and Rwanda presidents meet\ndate: 2025-04-10\n---',
    'President Yoweri Museveni received Rwandan President Paul Kagame at State House in Entebbe on Wednesday for ' +
      'talks on the border and the oil pipeline.',
    'Museveni, known among his supporters as "Sevo", said the two countries were bound by history.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a nickname told in a briefing, in quotes in the question', () => {
  it('is read without its quotes, of a briefing with three words between "known" and "as"', () => {
    const a = questionAnswer("who is 'sevo'?", briefings.ctx);
    expect(a.text).toMatch(/^Sevo is Yoweri Museveni, President of Uganda\b/);
  });
});

describe('a nickname told in a briefing', () => {
  it('is asked whole and answered with whose it is', () => {
    const a = questionAnswer('who is tok mat', briefings.ctx);
    expect(a.text).toMatch(/^Tok mat is Mohamad Hasan, Foreign Minister of Malaysia\b/);
  });

  it("is asked of an office as the one whose nickname it is: he is Malaysia's FM", () => {
    const a = questionAnswer('is tok mat the same guy as the malaysian FM?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: the briefings name Mohamad Hasan as Foreign Minister of Malaysia\./);
  });
});
