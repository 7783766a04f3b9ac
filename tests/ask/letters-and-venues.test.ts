/**
 * Two ways a question's words were taken for more than they say. "Did the envoy give the president samia's letter?":
 * whose letter it is names the sender, not someone met. "Did she sit down with Ruto in Nairobi?" of a plan placed only
 * at "State House": a venue names no city, so the plan is not elsewhere and answers "Planned, not confirmed".
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'doha.txt': [
    '---\ntitle: Tanzanian minister carries message to Qatar\ndate: 2025-05-27\n---',
    'Tanzanian Foreign Minister Mahmoud Thabit Kombo held talks with Qatari Prime Minister Sheikh Mohammed bin ' +
      'Abdulrahman Al Thani in Doha on Monday and handed him a letter from President Samia Suluhu Hassan.',
  ].join('\n\n'),
  'nairobi.txt': [
    '---\ntitle: Swedish minister heads to Kenya\ndate: 2026-02-05\n---',
    'Swedish Foreign Minister Maria Malmer Stenergard is expected to hold talks with President William Ruto at ' +
      'State House on 11 February, during a two-day trip to Kenya.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('whose letter it is', () => {
  it('names the sender, not someone asked to have met', () => {
    const a = questionAnswer("when did kombo hand the qatari PM samia's letter?", briefings.ctx);
    expect(a.text).toMatch(/^Mahmoud Thabit Kombo met Sheikh Mohammed bin Abdulrahman Al Thani on Mon 26 May 2025/);
  });

  it('names the sender when the letter is "from" them', () => {
    const a = questionAnswer('when did kombo hand the qatari PM the letter from samia?', briefings.ctx);
    expect(a.text).toMatch(/^Mahmoud Thabit Kombo met Sheikh Mohammed bin Abdulrahman Al Thani on Mon 26 May 2025/);
  });
});

describe('whose letter it is, asked yes or no', () => {
  it('is someone asked: a letter from another is No', () => {
    const a = questionAnswer('did kombo bring the qatari PM a letter from ruto?', briefings.ctx);
    expect(a.text).toMatch(/^No\b/);
  });
});

describe('a plan placed only at a venue', () => {
  it('is the plan asked of in the city asked', () => {
    const a = questionAnswer('did malmer stenergard actually sit down with ruto in nairobi?', briefings.ctx);
    expect(a.text).toMatch(/^Planned, not confirmed: .*Wed 11 Feb 2026 at State House/);
  });
});
