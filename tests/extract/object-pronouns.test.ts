/**
 * Someone met told by an object pronoun: "the president received him", "held talks with her", "…, where the
 * president received him". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

const ARRIVAL = 'Foreign Minister Ruth Kamau of Kenya arrived in Lusaka on Monday for a two-day working visit.';

describe('an object pronoun', () => {
  it('is the visitor the briefing spoke of, not the host who received', () => {
    const text = `${ARRIVAL} President Hakainde Hichilema received her at State House on Tuesday.`;
    expect(rowsOf(meetingsOf(text, '2025-06-12'))).toEqual(['Hakainde Hichilema + Ruth Kamau · 2025-06-10']);
  });

  it('stays the one an earlier pronoun stood for', () => {
    const text = [
      ARRIVAL,
      'President Hakainde Hichilema received her at State House on Tuesday.',
      'Foreign Minister Mulambo Haimbe later held talks with her on the copper corridor.',
    ].join(' ');
    expect(rowsOf(meetingsOf(text, '2025-06-12'))).toEqual([
      'Hakainde Hichilema + Ruth Kamau · 2025-06-10',
      'Mulambo Haimbe + Ruth Kamau · 2025-06-10',
    ]);
  });

  it('is someone named before its clause in the same sentence', () => {
    const text =
      'Peru’s Foreign Minister Elena Ruiz flew to Quito on Thursday, where President Daniel Noboa received her at the ' +
      'Carondelet Palace.';
    expect(rowsOf(meetingsOf(text, '2025-06-13'))).toEqual(['Daniel Noboa + Elena Ruiz · 2025-06-12']);
  });

  it('is of those the sentence before names, the one the briefing speaks of', () => {
    const text = [
      'President Cyril Ramaphosa held a string of bilateral meetings on the last day of the summit in Johannesburg.',
      'Prime Minister Mark Carney met Ramaphosa in the morning to talk about critical minerals.',
      'Chancellor Friedrich Merz saw him shortly afterwards.',
    ].join(' ');
    expect(rowsOf(meetingsOf(text, '2025-06-15'))).toContain('Cyril Ramaphosa + Friedrich Merz · no date');
  });

  it('is never the spokesperson who reported the meeting', () => {
    const text = [
      ARRIVAL,
      'The ministry spokesperson, Chanda Mwale, said Foreign Minister Mulambo Haimbe received her on Tuesday.',
    ].join(' ');
    expect(rowsOf(meetingsOf(text, '2025-06-12'))).toEqual(['Mulambo Haimbe + Ruth Kamau · 2025-06-10']);
  });

  it('leaves "her" before a noun to the possessive it is', () => {
    const text = `${ARRIVAL} President Hakainde Hichilema praised her government for the new trade corridor.`;
    expect(rowsOf(meetingsOf(text, '2025-06-12'))).toEqual(['Ruth Kamau + Zambia · 2025-06-09']);
  });
});
