/**
 * "… the agreements reached at their meeting in Dushanbe on 14 September": a meeting of the sentence's sides told in
 * passing, with its place or day, as readouts recall the last one. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

const READOUT = [
  'Astana, 12 November - President Kassym-Jomart Tokayev had a telephone conversation on Tuesday with President ' +
    'of Kyrgyzstan Sadyr Japarov.',
  'The two presidents reviewed how the road map adopted at their meeting in Cholpon-Ata on 9 August was being ' +
    'carried out, in particular the projects on water and energy.',
].join('\n\n');

describe('a meeting told as "at their meeting in …"', () => {
  it('is a meeting of the two, on its day and in its place, beside the call', () => {
    const rows = rowsOf(meetingsOf(READOUT, '2024-11-12'), true);
    expect(rows).toContain('Kassym-Jomart Tokayev + Sadyr Japarov · 2024-08-09 · Cholpon-Ata');
    expect(rows).toContain('Kassym-Jomart Tokayev + Sadyr Japarov · 2024-11-12 · by telephone');
  });

  it('is not read without a place or day after it', () => {
    const bare = READOUT.replace('at their meeting in Cholpon-Ata on 9 August', 'at their meeting');
    expect(rowsOf(meetingsOf(bare, '2024-11-12'), true)).toHaveLength(1);
  });
});
