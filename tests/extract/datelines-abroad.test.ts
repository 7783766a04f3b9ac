/**
 * A briefing filed at home about a trip abroad: its dateline's city is the agency's, and the meeting that no sentence
 * places is where the lead says the visitor travelled ("travelled to the Chilean capital"), past an editor's note in
 * square brackets. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOfFiles, rowsOf } from './unseen-helpers.js';

const briefing = (lead: string): string =>
  [
    'Andina English | Peruvian News Agency\nHome  Politics  Economy  Society  Sports  Photo  Video',
    "Schialer hands Boluarte's letter to Chile's President, holds talks with Van Klaveren",
    'Lima, 12 Kanun 1404 (March 4, 2025) – Andina – [Translated from the Spanish service]',
    lead,
    'Before the audience, Schialer and Foreign Minister Alberto van Klaveren had held two hours of talks at the ' +
      'ministry, where they reviewed the border crossings and a new port agreement.',
  ].join('\n\n');

describe('the place of a meeting that no sentence places, in a briefing filed at home', () => {
  it('is where the lead says the visitor travelled, not the dateline’s city', () => {
    const lead =
      'Foreign Minister Elmer Schialer, who travelled to the Chilean capital at the head of a delegation, was ' +
      'received yesterday by President Gabriel Boric at La Moneda.';
    const rows = rowsOf(meetingsOfFiles(briefing(lead)), true);
    expect(rows).toContain('Alberto van Klaveren + Elmer Schialer · 2025-03-03 · Santiago');
  });

  it('stays the dateline’s city when the lead says no trip', () => {
    const lead =
      'Foreign Minister Elmer Schialer received yesterday the visiting Chilean Foreign Minister Alberto van ' +
      'Klaveren, who is on his first trip abroad this year.';
    const rows = rowsOf(meetingsOfFiles(briefing(lead)), true);
    expect(rows.some((r) => r.startsWith('Alberto van Klaveren + Elmer Schialer · 2025-03-03 · Lima'))).toBe(true);
  });
});
