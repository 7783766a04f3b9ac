/**
 * "How many times have A and B met?" when a briefing counts their meetings itself ("their third meeting this year",
 * "the two have met four times"), more than the meetings read from the briefings: its count, with its sentence, then
 * the meetings read. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'rabat.txt': [
    '---\ntitle: Morocco and Portugal review water projects\ndate: 2025-06-11\n---',
    'Moroccan Foreign Minister Nasser Bourita received Portuguese Foreign Minister Paulo Rangel in Rabat on Tuesday, ' +
      'their third meeting this year, to discuss desalination and the 2030 World Cup.',
  ].join('\n\n'),
  'tallinn.txt': [
    '---\ntitle: Baltic ministers in Tallinn\ndate: 2025-05-08\n---',
    'Estonian Foreign Minister Margus Tsahkna hosted Latvian Foreign Minister Baiba Braze in Tallinn on Wednesday.',
    'Tsahkna travelled to Vilnius for the fourth time this month, his office said.',
  ].join('\n\n'),
  'montevideo.txt': [
    '---\ntitle: Uruguay and the EU take stock of the trade agreement\ndate: 2026-11-09\n---',
    'Uruguayan Foreign Minister Mario Lubetkin hosted European Trade Commissioner Maroš Šefčovič in Montevideo on ' +
      'Friday to review the first months of the EU-Mercosur agreement.',
    'It was the second meeting between Lubetkin and the Slovak commissioner, who had first met him in Brussels.',
    'On Saturday Lubetkin received Paraguayan Foreign Minister Rubén Ramírez Lezcano, their fourth meeting with ' +
      'his Paraguayan counterpart this year according to the ministry.',
  ].join('\n\n'),
};

ARTICLES['maputo.txt'] = [
  '---\ntitle: Mozambique and Malawi presidents meet at the border\ndate: 2024-08-20\n---',
  'President Daniel Chapo and Malawian President Lazarus Chakwera held talks in Mwanza on Monday, which was their ' +
    'second this year, on rail links to the port of Nacala.',
].join('\n\n');

ARTICLES['entebbe.txt'] = [
  '---\ntitle: Ruto and Museveni discuss the oil pipeline\ndate: 2025-02-04\n---',
  'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Entebbe on Monday.',
  'The two leaders reviewed the crude oil pipeline to the coast and the standard gauge railway, officials said.',
].join('\n\n');
ARTICLES['nairobi.txt'] = [
  '---\ntitle: Museveni in Nairobi\ndate: 2025-09-10\n---',
  'Ruto and Museveni met in Nairobi on Tuesday, their fourth meeting this year, to sign a power deal.',
  'The agreement covers the sale of electricity across the border and a new transmission line near Busia.',
  'The two presidents had met in Entebbe on 3 February to review the crude oil pipeline.',
].join('\n\n');

const briefings = useBriefings(ARTICLES);

describe('a count the briefing gives itself', () => {
  it('is said with its sentence when it is more than the meetings read', () => {
    const a = questionAnswer('how many times have bourita and rangel met?', briefings.ctx);
    expect(a.text).toMatch(/^By a briefing's count, they have met 3 times: “.*third meeting this year/);
    expect(a.text).toContain('one meeting of Nasser Bourita and Paulo Rangel (Tue 10 Jun 2025 in Rabat)');
  });

  it('is no count of their meetings when it counts something else of one of them', () => {
    const a = questionAnswer('how many times have tsahkna and braze met?', briefings.ctx);
    expect(a.text).toBe('Margus Tsahkna met Baiba Braze once in the briefings (Wed 7 May 2025 in Tallinn).');
  });

  it('is read where one is named and the other described ("between Lubetkin and the Slovak commissioner")', () => {
    const a = questionAnswer('how many times have lubetkin and sefcovic met?', briefings.ctx);
    expect(a.text).toMatch(/^By a briefing's count, they have met 2 times: “It was the second meeting between/);
  });

  it('is not read where the sentence names someone else the briefing reports meeting', () => {
    const a = questionAnswer('how many times have lubetkin and sefcovic met?', briefings.ctx);
    expect(a.text).not.toMatch(/4 times/);
  });
});

describe('a count the briefing gives itself, of a period asked', () => {
  it('is of a year asked when the sentence says "this year" in a briefing of that year', () => {
    const a = questionAnswer('how many times did bourita and rangel meet in 2025?', briefings.ctx);
    expect(a.text).toMatch(/^By a briefing's count, they have met 3 times: /);
  });

  it('is of no other year', () => {
    const a = questionAnswer('how many times did bourita and rangel meet in 2024?', briefings.ctx);
    expect(a.text).not.toContain("briefing's count");
  });

  it('is of "by" a month when the briefing is dated by its end, and not when it is later', () => {
    expect(questionAnswer('how many times had bourita and rangel met by june 2025?', briefings.ctx).text).toMatch(
      /^By a briefing's count, they have met 3 times: /,
    );
    const a = questionAnswer('how many times had bourita and rangel met by may 2025?', briefings.ctx);
    expect(a.text).not.toContain("briefing's count");
  });

  it('is not of a period that ended before the briefing giving it', () => {
    const a = questionAnswer('how many times had ruto and museveni met by march 2025?', briefings.ctx);
    expect(a.text).toBe('William Ruto met Yoweri Museveni once in the briefings (Mon 3 Feb 2025 in Entebbe).');
  });

  it('is read of a rank without its noun: "their second this year"', () => {
    const a = questionAnswer('how many times have chapo and chakwera met?', briefings.ctx);
    expect(a.text).toMatch(/^By a briefing's count, they have met 2 times: /);
  });
});
