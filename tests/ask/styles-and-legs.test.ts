/**
 * A style typed before a name that the briefing does not write beside it ("sheikh mohamed" of Mohamed bin Zayed),
 * a demonym papers write besides the one of the country table ("Slovenian"), and a trip's leg as a landmark ("before
 * the australian leg"). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'doha.txt': [
    '---\ntitle: Qatar and Iran review regional situation\ndate: 2025-02-19\n---',
    'Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani received Iranian ' +
      'Foreign Minister Abbas Araghchi in Doha on Tuesday for talks on Gaza and shipping in the Gulf.',
  ].join('\n\n'),
  'abudhabi.txt': [
    '---\ntitle: UAE and Japan agree on clean energy partnership\ndate: 2023-07-17\n---',
    'UAE President Mohamed bin Zayed Al Nahyan held talks with Japanese Prime Minister Fumio Kishida at Qasr Al ' +
      'Watan in Abu Dhabi on Sunday, with hydrogen supplies and investment on the agenda.',
  ].join('\n\n'),
  'tour.txt': [
    '---\ntitle: Wang Yi wraps up visit to Australia\ndate: 2024-03-21\n---',
    'Chinese Foreign Minister Wang Yi held talks with New Zealand Foreign Minister Winston Peters in Wellington ' +
      'on Monday before flying on to Australia for the second leg of his trip. They discussed kiwifruit exports.',
    'In Canberra on Wednesday, Wang met Australian Foreign Minister Penny Wong for the annual strategic dialogue ' +
      'between the two countries, the first in Australia since 2017. Wong said she raised human rights and the ' +
      'detention of an Australian writer, and the two also spoke of direct flights to the city of Darwin.',
  ].join('\n\n'),
  'ljubljana.txt': [
    '---\ntitle: Slovenia and Croatia foreign ministers meet in Ljubljana\ndate: 2025-03-07\n---',
    'Tanja Fajon, First Deputy Prime Minister and Minister of Foreign and European Affairs of the Republic of ' +
      'Slovenia, received Croatian Foreign Minister Gordan Grlić Radman in Ljubljana on Thursday for talks on the ' +
      'Krško nuclear plant and border crossings.',
    'The two ministers had last met in Zagreb in November 2024, when they agreed on a joint rail project.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a style typed before a name', () => {
  it('is left out when the briefings write the name asked without it', () => {
    const a = questionAnswer('when did sheikh mohamed meet kishida?', briefings.ctx);
    expect(a.text).toMatch(/^Mohamed bin Zayed Al Nahyan met Fumio Kishida on Sun 16 Jul 2023 in Abu Dhabi\.$/);
  });

  it('still finds the one the briefings style so', () => {
    const a = questionAnswer('when did sheikh mohammed meet araghchi?', briefings.ctx);
    expect(a.text).toMatch(/^Sheikh Mohammed bin Abdulrahman Al Thani met Abbas Araghchi on Tue 18 Feb 2025/);
  });
});

describe("a trip's leg as a landmark", () => {
  it("is one of them's meetings there, when they did not meet there together", () => {
    const a = questionAnswer('did peters meet wang yi before the australian leg?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: Winston Peters and Wang Yi met on Mon 18 Mar 2024 in Wellington\./);
  });

  it('is asked with words that ask nothing besides ("kiwi", "aussie", "right?", "which city")', () => {
    const a = questionAnswer('the kiwi FM met wang yi just before the aussie leg right? which city', briefings.ctx);
    expect(a.text).toMatch(/^Winston Peters met Wang Yi in Wellington on Mon 18 Mar 2024\./);
    expect(a.text).not.toMatch(/a briefing says/);
  });
});

describe('a demonym the country table lacks', () => {
  it('is the country papers mean by it ("the slovenian FM")', () => {
    const a = questionAnswer('how many times have grlic radman and the slovenian FM met?', briefings.ctx);
    expect(a.text).toMatch(/^Gordan Grlić Radman met Tanja Fajon 2 times in the briefings/);
  });
});
