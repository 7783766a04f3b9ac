/**
 * A place asked with a meeting ("did A meet B in Lisbon?") is where the meeting was. A sentence that names the city as
 * its government ("Lisbon welcomed the offer") or names someone else by one of the pair ("Rangel's predecessor") is
 * no meeting of the pair there; a meeting the briefing gives no place, beside one it places elsewhere, is most likely
 * that one. And a meeting dated only by its year is another meeting than one dated in it somewhere else.
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'madrid.txt': [
    '---\ntitle: Rangel and Albares hold first formal talks in Madrid\ndate: 2025-02-11\n---',
    'Portuguese Foreign Minister Paulo Rangel raised water sharing on the Tagus during his first formal meeting ' +
      'with Spanish Foreign Minister José Manuel Albares in Madrid.',
    'The two men met at the Santa Cruz palace this afternoon for around an hour, in what officials called a frank ' +
      'encounter.',
    'Mr Rangel said he had told Mr Albares that Lisbon welcomed the offer of a joint commission on the river and ' +
      'wanted to see it at work before the summer.',
    'The pair also discussed the high-speed rail link and agreed on a timetable for it.',
    'It was the first time the two had met in person, though they spoke by phone in January.',
    "Mr Albares visited Lisbon last October, when he held talks with Mr Rangel's predecessor, João Cravinho.",
  ].join('\n\n'),
  'apia.txt': [
    '---\ntitle: Fiji and Samoa leaders meet again\ndate: 2024-10-24\n---',
    'Prime Minister Sitiveni Rabuka of Fiji held talks with Samoan Prime Minister Fiamē Naomi Mataʻafa in Apia ' +
      'yesterday on the margins of the Commonwealth summit.',
    'Rabuka and Fiamē had already met in Suva this year, when they agreed to open a seasonal labour scheme.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a place asked with a meeting', () => {
  it('is No when they met elsewhere, though a sentence names the city as its government', () => {
    const a = questionAnswer('did rangel meet albares in lisbon?', briefings.ctx);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Madrid/);
  });

  it('is Yes where they met', () => {
    const a = questionAnswer('did rangel meet albares in madrid?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: .*Tue 11 Feb 2025 in Madrid/);
  });
});

describe('a meeting dated only by its year', () => {
  it('is counted apart from one dated that year in another city', () => {
    const a = questionAnswer('how many times did rabuka and fiame meet in 2024?', briefings.ctx);
    expect(a.text).toMatch(/\b2 times\b/);
  });
});

describe('a city the briefings write as one word, asked in two or three', () => {
  const capital = useBriefings({
    'naypyidaw.txt': [
      '---\ntitle: Thai minister in Myanmar\ndate: 2024-08-15\n---',
      'Thai Foreign Minister Maris Sangiampongsa met Myanmar Foreign Minister Than Swe in Naypyidaw on Wednesday ' +
        'to discuss border trade and the return of workers.',
      'The two ministers also reviewed plans for a new bridge over the Moei river and a joint patrol of the border.',
    ].join('\n\n'),
  });

  it('is that city, not a person called "pyi taw"', () => {
    const a = questionAnswer('when did sangiampongsa meet than swe in nay pyi taw?', capital.ctx);
    expect(a.question.people).not.toContain('pyi taw');
    expect(a.question.filter.in).toBe('Naypyidaw');
    expect(a.text).toMatch(/^Maris Sangiampongsa met (?:Than )?Swe on Wed 14 Aug 2024 in Naypyidaw/);
  });
});
