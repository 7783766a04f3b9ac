/**
 * A wire dateline whose day is written in figures ("Dakar, 14/05/2025 (APS) - "): it dates the briefing, and is no
 * day of the meeting the sentence after it tells ("received on Tuesday"). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOfFiles, rowsOf } from './unseen-helpers.js';

const WIRE = [
  'APS - Agence de Presse Sénégalaise',
  'Dakar, 14/05/2025 (APS) - Prime Minister Ousmane Sonko received on Tuesday at the Primature in Dakar the ' +
    'Gambian Minister of Foreign Affairs, Mamadou Tangara, who brought him a message from President Adama Barrow.',
  'The two men discussed the Senegambia bridge, cross-border trade and the joint patrols along the river.',
].join('\n\n');

describe('a dateline with its day in figures', () => {
  it('is not the meeting’s day: the weekday after it is read against it', () => {
    const rows = rowsOf(meetingsOfFiles(WIRE), true);
    expect(rows).toContainEqual('Mamadou Tangara + Ousmane Sonko · 2025-05-13 · Dakar');
  });
});
