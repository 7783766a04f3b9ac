/**
 * A visit's programme, as ministry readouts list it: items that open with a meeting word and leave the one the
 * briefing is about unsaid ("— talks with A (3 May)", "— a reception by President B"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

const PROGRAMME = [
  'Minister of Foreign Affairs of Estonia Margus Tsahkna has wrapped up a working visit to Riga, the ministry said.',
  'The programme of the two-day visit included:',
  '— talks with Latvian Foreign Minister Baiba Braže (5 March), centred on the preparations for the upcoming summit ' +
    'of the Baltic Council;',
  '— a meeting with Minister of Economics of Latvia Viktors Valainis (6 March) on the Rail Baltica line;',
  '— a reception by President of Latvia Edgars Rinkēvičs (6 March).',
].join('\n\n');

describe('the items of a programme', () => {
  it('gives each item the one the briefing is about, on the day the item says', () => {
    expect(rowsOf(meetingsOf(PROGRAMME, '2025-03-07'))).toEqual([
      'Baiba Braže + Margus Tsahkna · 2025-03-05',
      'Edgars Rinkēvičs + Margus Tsahkna · 2025-03-06',
      'Margus Tsahkna + Viktors Valainis · 2025-03-06',
    ]);
  });

  it('keeps an item held when it speaks of an upcoming summit after its day', () => {
    const [talks] = meetingsOf(PROGRAMME, '2025-03-07');
    expect(talks?.status).toBe('held');
  });

  it('reads a programme told in one sentence', () => {
    const text =
      'Foreign Minister Margus Tsahkna of Estonia visited Vilnius on Monday. The visit programme included talks ' +
      'with Lithuanian Foreign Minister Kęstutis Budrys on air defence.';
    expect(rowsOf(meetingsOf(text, '2025-03-11'))).toEqual(['Kęstutis Budrys + Margus Tsahkna · 2025-03-10']);
  });

  it('leaves a list of what was discussed alone', () => {
    const text = [
      'Foreign Minister Margus Tsahkna of Estonia met Lithuanian Foreign Minister Kęstutis Budrys in Vilnius on Monday.',
      'The two discussed:',
      '— energy links across the Baltic Sea;',
      '— visas for students.',
    ].join('\n\n');
    expect(rowsOf(meetingsOf(text, '2025-03-11'))).toEqual(['Kęstutis Budrys + Margus Tsahkna · 2025-03-10']);
  });
});

describe('meetings told in turn', () => {
  it('reads "The first was with A, followed by B" as meetings of the one the briefing is about', () => {
    const text = [
      'Foreign Minister Margus Tsahkna of Estonia held a series of bilateral meetings in Tallinn on Thursday.',
      'The first was with Latvian Foreign Minister Baiba Braže, followed by Finnish Foreign Minister Elina Valtonen.',
    ].join('\n\n');
    expect(rowsOf(meetingsOf(text, '2025-03-07'))).toEqual([
      'Baiba Braže + Margus Tsahkna · 2025-03-06',
      'Elina Valtonen + Margus Tsahkna · 2025-03-06',
    ]);
  });
});

describe('a list of whom one met', () => {
  it('reads "Her meetings on Wednesday included:" and a line for each', () => {
    const text = [
      'Foreign Minister Kamina Johnson Smith of Jamaica held bilateral meetings in Bridgetown this week.',
      'Her meetings on Wednesday included:',
      '• Barbados Foreign Minister Kerrie Symmonds, on regional air links;',
      '• Guyana Foreign Minister Hugh Todd, on food security.',
    ].join('\n\n');
    expect(rowsOf(meetingsOf(text, '2025-03-07'))).toEqual([
      'Hugh Todd + Kamina Johnson Smith · 2025-03-05',
      'Kamina Johnson Smith + Kerrie Symmonds · 2025-03-05',
    ]);
  });
});

describe('the day of meetings told in turn', () => {
  it('is not the day a statement told them on', () => {
    const text = [
      'Foreign Secretary Maria Santos held three bilateral meetings on Wednesday on the sidelines of the ASEAN meeting.',
      'The first was with Japanese Foreign Minister Toshimitsu Motegi, followed by Australia’s Penny Wong, the ' +
        'department said in a statement Thursday.',
    ].join('\n\n');
    expect(rowsOf(meetingsOf(text, '2026-07-23'))).toEqual([
      'Maria Santos + Penny Wong · 2026-07-22',
      'Maria Santos + Toshimitsu Motegi · 2026-07-22',
    ]);
  });
});
