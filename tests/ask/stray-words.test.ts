/**
 * A lone word in lower case that names no one of the briefings, beside two people they know ("gregorian date pls",
 * "w/o a mediator"), is a word of the question, not a third person asked: the answer is about the two, and says it
 * read the question without the word. Of a yes or no, or of a name of two words, the word stays someone asked; but a
 * word the briefings write only in lower case ("the minsk collegium") is no one of any question.
 * Shorthand for countries ("tz", "ph") is read as the country. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'hanoi.txt': [
    '---\ntitle: Lao premier in Hanoi for border talks\ndate: 2025-02-20\n---',
    'Lao Prime Minister Sonexay Siphandone was received by his Vietnamese counterpart Pham Minh Chinh in Hanoi on ' +
      'Wednesday for talks on border markets and rice exports.',
  ].join('\n\n'),
  'muscat.txt': [
    '---\ntitle: Oman and Tanzania review ties\ndate: 2025-05-27\n---',
    'Omani Foreign Minister Badr Albusaidi received Tanzanian Foreign Minister Mahmoud Thabit Kombo in Muscat on ' +
      'Monday. The two ministers discussed the state visit that Sultan Haitham bin Tarik is to pay to Tanzania next ' +
      'year.',
    'The visit follows a pledge by President Samia Suluhu Hassan to deepen ties with the Gulf.',
  ].join('\n\n'),
  'manila.txt': [
    '---\ntitle: Vietnam and the Philippines talk fisheries\ndate: 2025-04-11\n---',
    'Vietnamese Foreign Minister Bui Thanh Son held talks with Philippine Foreign Secretary Enrique Manalo in Manila on ' +
      'Thursday on fisheries and the South China Sea.',
  ].join('\n\n'),
  'minsk.txt': [
    '---\ntitle: Lavrov addresses Belarusian diplomats\ndate: 2025-06-27\n---',
    'Russian Foreign Minister Sergei Lavrov held talks with his Belarusian counterpart Maxim Ryzhenkov in Minsk on ' +
      'Thursday, before the two addressed a joint collegium of their ministries.',
    'The collegium adopted a plan of consultations for the next two years.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a stray word beside two people', () => {
  it('is left out, and the answer says so', () => {
    const a = questionAnswer('when exactly did chinh host sonexay in hanoi? gregorian date pls', briefings.ctx);
    expect(a.text).toMatch(/^No meeting in the briefings has anyone called “gregorian”; read without it\. /);
    expect(a.text).toContain('Wed 19 Feb 2025');
  });

  it('stays someone asked when a briefing writes it: a name of a meeting not read', () => {
    const a = questionAnswer('when did albusaidi and kombo meet samia?', briefings.ctx);
    expect(a.text).not.toMatch(/read without it/);
  });

  it('stays someone asked in a yes or no question', () => {
    const a = questionAnswer('did chinh and sonexay meet rambo in hanoi?', briefings.ctx);
    expect(a.text).toMatch(/^No\b/);
  });

  it('is not a name of two words', () => {
    const a = questionAnswer('when did chinh and sonexay meet khaleda zia?', briefings.ctx);
    expect(a.text).not.toContain('Wed 19 Feb 2025');
  });

  it('is not "w/o", which is "without"', () => {
    const a = questionAnswer('have chinh and sonexay ever met w/o their foreign ministers? where?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: Pham Minh Chinh and Sonexay Siphandone met .* in Hanoi/);
  });
});

describe('a country by its short form', () => {
  it('is read as the country: "tz" is Tanzania', () => {
    const a = questionAnswer('is sultan haitham coming to tz himself?', briefings.ctx);
    expect(a.text).toMatch(/^Planned, not confirmed: .*visit Tanzania\b.* in 2026/);
  });

  it('is read as the country: "ph" is the Philippines', () => {
    const a = questionAnswer('when did son meet the ph foreign secretary?', briefings.ctx);
    expect(a.text).toMatch(/^Bui Thanh Son met Enrique Manalo on Thu 10 Apr 2025/);
  });
});

describe('a word the briefings write only in lower case', () => {
  it('is no one asked, and the answer is of the people', () => {
    const a = questionAnswer('when did lavrov n ryzhenkov meet at the minsk collegium?', briefings.ctx);
    expect(a.text).toMatch(/^Sergei Lavrov met Maxim Ryzhenkov on Thu 26 Jun 2025/);
    expect(a.text).not.toMatch(/and collegium|collegium and/);
  });

  it('is no one asked of a count either', () => {
    const q = 'how many times had lavrov n ryzhenkov met in 2025 by the time of the minsk collegium?';
    expect(questionAnswer(q, briefings.ctx).text).toBe(
      'Sergei Lavrov met Maxim Ryzhenkov once in the briefings (Thu 26 Jun 2025).',
    );
  });
});
