/**
 * Questions that end on their source ("acc to AA", "per the readout"), that name a people in the plural ("with
 * the Turks", "the Saudis"), and that ask who someone is whom the briefings do not know. Articles written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'bucharest-talks.txt': [
    '---\ntitle: Romania and Bulgaria plan a Black Sea meeting with Türkiye\ndate: 2025-10-22\n---',
    'Romanian Foreign Minister Oana Toiu received Bulgarian Foreign Minister Georg Georgiev in Bucharest on Tuesday.',
    'The two ministers agreed to hold a trilateral meeting with Turkish Foreign Minister Hakan Fidan in Istanbul ' +
      'next year on mine clearance in the Black Sea.',
  ].join('\n\n'),
  'riyadh-talks.txt': [
    '---\ntitle: Saudi and Indian ministers co-chair committee\ndate: 2024-11-14\n---',
    'Saudi Foreign Minister Prince Faisal bin Farhan received External Affairs Minister S. Jaishankar of India in ' +
      'Riyadh on Wednesday, and the two reviewed trade, energy and the situation in Gaza.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a source at the end of a question', () => {
  it('is no one asked about: "acc to AA", "per the readout", "according to the MFA"', () => {
    for (const q of [
      'when did toiu meet georgiev acc to AA?',
      'when did toiu meet georgiev per the readout',
      'when did toiu meet georgiev, according to the MFA?',
    ]) {
      const a = questionAnswer(q, briefings.ctx);
      expect(a.question.people).toEqual(['toiu', 'georgiev']);
      expect(a.text).toContain('21 Oct 2025');
    }
  });

  it('leaves "per year" in a question as it is', () => {
    expect(questionAnswer('how many times per year do toiu and georgiev meet', briefings.ctx).question.people).toEqual([
      'toiu',
      'georgiev',
    ]);
  });
});

describe('a people in the plural', () => {
  it('is their country: "with the turks", "the saudis"', () => {
    const turks = questionAnswer('what did toiu and georgiev agree to hold with the turks?', briefings.ctx);
    expect(turks.text).toContain('Fidan');
    expect(turks.text).not.toMatch(/no meeting/i);
    const saudis = questionAnswer('did jaishankar meet the saudis in riyadh?', briefings.ctx);
    expect(saudis.text).toMatch(/^Yes/);
  });
});

describe('a name the briefings do not know, asked with a place', () => {
  it('gets a sentence, never an empty answer', () => {
    const a = questionAnswer("who's OTG in that bucharest piece", briefings.ctx);
    expect(a.text).toMatch(/name no one/);
  });
});
