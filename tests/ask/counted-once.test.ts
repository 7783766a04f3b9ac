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
    expect(a.text).toMatch(/^Bola Tinubu met John Mahama once in the briefings \(Wed 28 May 2025 in Lagos\)/);
  });
});

describe('a visit and its talks', () => {
  const trip = useBriefings({
    'colombo.txt': [
      '---\ntitle: Maldivian minister on official visit to Sri Lanka\ndate: 2025-02-19\n---',
      'Maldivian Foreign Minister Abdulla Khaleel arrived in Colombo yesterday on a four-day official visit at the ' +
        'invitation of Sri Lankan Foreign Minister Vijitha Herath.',
      'Khaleel held official talks today with Herath at the Ministry of Foreign Affairs in Colombo on fisheries, ' +
        'tourism and the training of diplomats.',
    ].join('\n\n'),
  });

  it('are one time the two met: the arrival the day before the talks is not another', () => {
    const a = questionAnswer('how many times did khaleel and herath meet?', trip.ctx);
    expect(a.text).toMatch(/^Abdulla Khaleel met Vijitha Herath once in the briefings \(Wed 19 Feb 2025 in Colombo\)/);
  });
});
