/**
 * A palace whose name starts like another venue's ("Istana Nurul Iman" is in Brunei, not the Istana of Singapore),
 * and a town of several words misspelt after "in" ("Bandar Seri Begwan"): where the meeting was, and no one called so.
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

const AUDIENCE = [
  'DILI, 14 March 2025 - Prime Minister Kay Rala Xanana Gusmão was received in audience on Thursday by Sultan ' +
    'Hassanal Bolkiah at Istana Nurul Iman, in Bandar Seri Begwan, during a two-day visit to the Sultanate.',
  "Xanana thanked the Sultan for Brunei's steady backing of Timor-Leste's bid to become ASEAN's eleventh member, " +
    'and asked for more technical help for Timorese ministries.',
  'The two leaders discussed scholarships for Timorese students, petroleum revenue management and the timetable of ' +
    "Timor-Leste's accession to ASEAN, according to a statement from the Office of the Prime Minister.",
].join('\n\n');

describe('a palace and a misspelt town', () => {
  const rows = rowsOf(meetingsOf(AUDIENCE, '2025-03-14'), true);

  it('place the audience in the town the palace stands in, not in Singapore', () => {
    expect(rows).toContainEqual(expect.stringMatching(/Hassanal Bolkiah.*· 2025-03-13 · Bandar Seri Begawan$/));
    expect(rows.join('\n')).not.toContain('Singapore');
  });

  it('read the misspelt town as no one', () => {
    expect(rows.join('\n')).not.toMatch(/Begwan \+|\+ Bandar/);
  });
});
