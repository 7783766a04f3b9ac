/**
 * Visits to a country (extract/visits.ts): the visitor and the country as a meeting of kind "visit", when no other
 * meeting of the briefing tells the same trip. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf, who } from './unseen-helpers.js';

const visits = (text: string, date?: string) => meetingsOf(text, date).filter((m) => m.kind === 'visit');

describe('a visit told on its own', () => {
  it('reads a visit ahead, to a country by name, with the year it says', () => {
    const [v] = visits(
      'Foreign Minister Hakan Fidan of Türkiye said President Recep Tayyip Erdoğan is expected to pay a visit to ' +
        'Iraq next year.',
      '2025-10-15',
    );
    expect(v?.participants.map(who)).toEqual(['Recep Tayyip Erdoğan', 'Iraq']);
    expect(v?.status).toBe('planned');
    expect(v?.date).toEqual({ year: 2026 });
  });

  it('reads a visit held, to a city, as a visit to its country there', () => {
    const [v] = visits('Swiss Foreign Minister Ignazio Cassis made a two-day visit to Berlin on Monday.', '2025-10-15');
    expect(rowsOf([v!], true)).toEqual(['Germany + Ignazio Cassis · 2025-10-13 · Berlin']);
    expect(v?.status).toBe('held');
  });

  it('reads "to visit" after a verb of the past as a visit held, not one ahead', () => {
    const [v] = visits(
      'In November 2023 Anthony Albanese travelled to visit China, the first such trip in years.',
      '2025-01-10',
    );
    expect(v?.status).toBe('held');
    expect(v?.participants.map(who)).toEqual(['Anthony Albanese', 'China']);
  });

  it('reads an invitation the visitor accepted, its inviter unnamed, as a visit ahead', () => {
    const [v] = visits(
      'Foreign Secretary Elena Bautista accepted an invitation to visit Wellington next year, the department said.',
      '2025-07-09',
    );
    expect(rowsOf([v!], true)).toEqual(['Elena Bautista + New Zealand · 2026 · Wellington']);
    expect(v?.status).toBe('planned');
  });
});

describe('a journey to a gathering', () => {
  it('is a visit ahead when the gathering is of the two countries only, not a summit of many', () => {
    const bilateral = visits(
      'President Recep Tayyip Erdogan is expected to travel to Tehran for the next meeting of the Iran-Turkey ' +
        'High-Level Cooperation Council.',
      '2025-09-20',
    );
    expect(bilateral.map((v) => v.participants.map(who).join(' + '))).toEqual(['Recep Tayyip Erdogan + Iran']);
    expect(visits('Prime Minister Ana Ruiz will travel to Brussels for the NATO summit next week.')).toEqual([]);
  });
});

describe('an invitation taken up', () => {
  it('is the invitee\'s visit ahead when the invitation "to pay an official visit" was accepted, in a later month', () => {
    const [v] = visits(
      'Ambassador Tran Van Long accepted the invitation to pay an official visit to Cambodia in March.',
      '2025-07-09',
    );
    expect(rowsOf([v!])).toEqual(['Cambodia + Tran Van Long · 2026-03']);
    expect(v?.status).toBe('planned');
  });

  it('is a visit ahead when the inviter is said after "the invitation of"', () => {
    const [v] = visits(
      'President Ana Ruiz accepted the invitation of her counterpart to make a state visit to Lima.',
      '2025-07-09',
    );
    expect(v?.participants.map(who)).toEqual(['Ana Ruiz', 'Peru']);
    expect(v?.status).toBe('planned');
  });

  it('is the visit of the one the invitation was conveyed to, not of the one it is from', () => {
    const text =
      'Foreign Minister Ana Lupu met President Janis Ozols in Riga on Monday. Lupu conveyed to President Ozols an ' +
      'invitation from President Irina Vulpe to visit Moldova; the invitation was accepted with gratitude.';
    expect(visits(text, '2025-07-09').map((v) => v.participants.map(who).join(' + '))).toEqual([
      'Janis Ozols + Moldova',
    ]);
  });

  it('is the visit of the one invited to travel there, once they accepted in the next sentence', () => {
    const text =
      'President Tomas Silva met President Jonas Dlamini in Pretoria on Thursday. Silva extended an invitation to ' +
      'President Dlamini to travel to Maputo later this year. Dlamini accepted the invitation.';
    const [v] = visits(text, '2025-03-28');
    expect(rowsOf([v!], true)).toEqual(['Jonas Dlamini + Mozambique · 2025 · Maputo']);
  });

  it('is never the visit of the one it is from, named beside the unnamed invitee', () => {
    const text =
      'Foreign Minister Kerrie Simmons met Cuban Foreign Minister Bruno Parra in Havana on Tuesday. Simmons conveyed ' +
      'to the Cuban head of state an invitation from Prime Minister Ana Mottram to visit Barbados, which the ' +
      'president accepted.';
    const found = meetingsOf(text, '2024-03-13').map((m) => m.participants.map(who).join(' + '));
    expect(found.filter((m) => m.includes('Ana Mottram'))).toEqual([]);
  });

  it('is the visit of the one who "also accepted" it, past the words saying whom it came through', () => {
    const text =
      'President Maria Sousa received the Angolan foreign minister Paulo Neto in Maputo on Tuesday. The ' +
      'Mozambican leader also accepted an invitation, extended through the Angolan minister, to undertake a state ' +
      'visit to Angola.';
    const [v] = visits(text, '2025-08-13');
    expect(v?.participants.map(who)).toEqual(['Maria Sousa', 'Angola']);
    expect(v?.status).toBe('planned');
  });

  it('is no visit of the inviter who handed it over', () => {
    const text =
      'Foreign Minister Omar Rashid met his Iraqi counterpart Ali Hadi in Moscow on Tuesday. Hadi handed over an ' +
      'invitation to visit Baghdad, which was accepted with gratitude.';
    expect(visits(text, '2025-04-10').map((v) => v.participants.map(who).join(' + '))).not.toContain('Ali Hadi + Iraq');
  });
});

describe('the day of a visit ahead', () => {
  it('is not the day its plan was told ("officials said on Tuesday")', () => {
    const [v] = visits(
      'President Maria Sousa will pay a state visit to Angola, officials said on Tuesday.',
      '2025-08-13',
    );
    expect(v?.status).toBe('planned');
    expect(v?.date).toBeUndefined();
  });
});

describe('what is no visit', () => {
  it('is an invitation not yet accepted', () => {
    expect(visits('The Somali President invited Prime Minister Abiy Ahmed of Ethiopia to visit Mogadishu.')).toEqual(
      [],
    );
  });

  it('is a visit to a body of a country ("the Australian Federal Police")', () => {
    expect(
      visits(
        'Prime Minister James Marape of Papua New Guinea will then make a visit to the Australian Federal Police.',
      ),
    ).toEqual([]);
  });

  it('is a trip the briefing tells by its meetings', () => {
    const found = meetingsOf(
      'Foreign Minister Margus Tsahkna of Estonia, who is on an official visit to Latvia, held talks on Wednesday with ' +
        'Latvian Foreign Minister Baiba Braže in Riga.',
      '2025-03-06',
    );
    expect(found.map((m) => m.kind)).toEqual(['talks']);
  });

  it('is a visit of someone to their own country', () => {
    expect(visits('President William Ruto of Kenya will visit Mombasa on Friday.')).toEqual([]);
  });
});
