/**
 * A wire dateline that names its agency between slashes ("Chisinau, Mar 4 /Moldpres/ - ") or as a word after the
 * date ("Kyiv, 4 June 2025, Ukrinform - "): the city and day of an undated briefing, against which its other days are
 * read. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOfFiles, rowsOf } from './unseen-helpers.js';

const WIRE = [
  'MOLDPRES - State News Agency',
  'Chisinau, Mar 4 /Moldpres/ - President Maia Sandu said on Wednesday that she had spoken by telephone on Tuesday ' +
    'with Romanian President Nicusor Dan about energy security and the new gas interconnector, which is due to be ' +
    'completed in 2026.',
  'Sandu also received the Austrian foreign minister Beate Meinl-Reisinger in Chisinau on Wednesday to discuss the ' +
    'accession talks with the European Union.',
].join('\n\n');

const WORD_AGENCY = [
  'Ukrinform',
  'Kyiv, 4 June 2025, Ukrinform - Foreign Minister Andrii Sybiha received on Tuesday his Moldovan counterpart Mihai ' +
    'Popsoi in Kyiv to discuss the reconstruction of the Reni bridge.',
].join('\n\n');

describe('a dateline with its agency between slashes', () => {
  it('dates the briefing: its days are read against it', () => {
    const rows = rowsOf(meetingsOfFiles(WIRE), true);
    expect(rows).toContainEqual('Maia Sandu + Nicusor Dan · 2026-03-03 · by telephone');
    expect(rows).toContainEqual('Beate Meinl-Reisinger + Maia Sandu · 2026-03-04 · Chisinau');
  });

  it("is read with its agency written as a word after the date too: its day is the briefing's, not the meeting's", () => {
    expect(rowsOf(meetingsOfFiles(WORD_AGENCY), true)).toEqual(['Andrii Sybiha + Mihai Popsoi · 2025-06-03 · Kyiv']);
  });
});
