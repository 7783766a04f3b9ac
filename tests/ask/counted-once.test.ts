/**
 * "How many times have A and B met?" when the briefings read one day's meeting twice (the talks, then the same
 * leaders with a third at the table), or one meeting on its day in one briefing and only in its month in another:
 * each day is counted once, and said once. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'lagos.txt': [
    '---\ntitle: Tinubu and Mahama talk trade in Lagos\ndate: 2025-05-29\n---',
    'President Bola Tinubu received Ghanaian President John Mahama at the State House in Lagos on Wednesday.',
    'Tinubu and Mahama were later joined by Senegalese President Bassirou Diomaye Faye and presidential spokesman ' +
      'Bayo Onanuga for a working lunch in Lagos on Wednesday.',
  ].join('\n\n'),
  'accra.txt': [
    '---\ntitle: Mahama looks back on a year of diplomacy\ndate: 2025-12-30\n---',
    'Ghanaian President John Mahama held talks with Nigerian President Bola Tinubu in Lagos in 2025, his office said ' +
      'in a review of the year, which also covered trade, the cedi and the cocoa harvest.',
    'The review said the two leaders discussed the West African power pool and the coastal highway.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a day of meetings read twice', () => {
  it('is counted once, its day said once', () => {
    const a = questionAnswer('how many times have tinubu and mahama met?', briefings.ctx);
    expect(a.text).toMatch(/^Bola Tinubu met John Mahama once in the briefings \(Wed 28 May 2025\)/);
  });
});
