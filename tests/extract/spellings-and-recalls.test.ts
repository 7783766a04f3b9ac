/**
 * One name written apart or run together, or in two transliterations; meetings recalled as "the previous round of
 * talks between the two" or "they spoke on the margins of"; compound portfolios before an office; a plan said with a
 * word between "is" and "expected"; a headline's "A to visit B". Invented sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { clusterPeople } from '../../src/extract/people.js';
import { namesCompatible, transliteratedAlike } from '../../src/text/names.js';
import { meetingsOf, meetingsOfFiles, pairs, rowsOf, who } from './unseen-helpers.js';

describe('one name written apart or run together', () => {
  it('is compatible, as a whole name and as a surname', () => {
    expect(namesCompatible('Badr Abdel Aty', 'Badr Abdelatty')).toBe(true);
    expect(namesCompatible('Abdelatty', 'Badr Abdel Aty')).toBe(true);
    expect(namesCompatible('Ali Khan', 'Alik Han')).toBe(false);
  });

  it('is one person in the registry, named as written run together', () => {
    const { people } = clusterPeople([
      { name: 'Badr Abdel Aty', title: 'Foreign Minister', country: 'EGY' },
      { name: 'Badr Abdelatty', title: 'Foreign Minister', country: 'EGY' },
      { name: 'Abdelatty' },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Badr Abdelatty']);
  });
});

describe('one name in two transliterations', () => {
  it('is alike when letters another alphabet writes otherwise differ', () => {
    expect(transliteratedAlike('Mukhriddin', 'Muhriddin')).toBe(true);
    expect(transliteratedAlike('Araqchi', 'Araghchi')).toBe(true);
    expect(transliteratedAlike('al-Khuraiji', 'Elkhereiji')).toBe(true);
    expect(transliteratedAlike('Karimov', 'Kasimov')).toBe(false);
  });

  it('joins an initial and a surname spelt otherwise to the full name of the same office', () => {
    const { people } = clusterPeople([
      { name: 'Sirojiddin Muhriddin', title: 'Minister of Foreign Affairs', country: 'TJK' },
      { name: 'S. Mukhriddin', title: 'Minister of Foreign Affairs', country: 'TJK' },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Sirojiddin Muhriddin']);
  });
});

describe('a meeting recalled without a verb of its own', () => {
  const today =
    'Foreign Minister Sirojiddin Muhriddin held talks today with Turkmen Foreign Minister Rashid Meredov in Dushanbe.';

  it('is "the previous round of talks between the two ministers took place in …"', () => {
    const text = `${today} It was recalled that the previous round of talks between the two ministers took place in Ashgabat in November 2024.`;
    expect(rowsOf(meetingsOf(text, '2026-05-14'), true)).toEqual([
      'Rashid Meredov + Sirojiddin Muhriddin · 2024-11 · Ashgabat',
      'Rashid Meredov + Sirojiddin Muhriddin · 2026-05-14 · Dushanbe',
    ]);
  });

  it('is "the previous round of consultations between the two ministers was held in …"', () => {
    const text = `${today} The previous round of consultations between the two ministers was held in Ashgabat in November 2024.`;
    expect(rowsOf(meetingsOf(text, '2026-05-14'))).toContain('Rashid Meredov + Sirojiddin Muhriddin · 2024-11');
  });

  it("is not the briefing's pair when the sentence names who met", () => {
    const text =
      `${today} The last summit between the two governments took place in Lisbon in April 2019, co-chaired by ` +
      'Prime Minister Ulisses Correia e Silva and Prime Minister Antonio Costa.';
    expect(rowsOf(meetingsOf(text, '2026-05-14'))).not.toContain('Rashid Meredov + Sirojiddin Muhriddin · 2019-04');
  });

  it('is "they previously spoke on the margins of …"', () => {
    const text =
      'Foreign Minister Radoslaw Sikorski held talks in Doha on Monday with Qatari Prime Minister Sheikh Mohammed ' +
      'bin Abdulrahman Al Thani about gas supplies. It was the second meeting between the two politicians in less ' +
      'than a month: they previously spoke on the margins of the Munich Security Conference in February.';
    expect(rowsOf(meetingsOf(text), true)).toEqual([
      'Radoslaw Sikorski + Sheikh Mohammed bin Abdulrahman Al Thani · 2025-02 · Munich',
      'Radoslaw Sikorski + Sheikh Mohammed bin Abdulrahman Al Thani · 2025-03-03 · Doha',
    ]);
  });
});

describe('an office after two portfolios', () => {
  it('is read whole, with an Indian "Shri" before the name and "Upon" opening the sentence', () => {
    const text =
      'Upon his arrival on 24 February, Foreign Minister Vijitha Herath met Commerce and Industry Minister Shri ' +
      'Piyush Goyal.';
    expect(pairs(text)).toEqual(['Piyush Goyal + Vijitha Herath']);
  });
});

describe('a plan', () => {
  it('is "is also expected to hold talks with"', () => {
    const text =
      'Foreign Minister Bakhtiyor Saidov arrived in New Delhi on Tuesday. He is also expected to hold talks with ' +
      'Commerce and Industry Minister Piyush Goyal, officials said.';
    const goyal = meetingsOf(text).find((m) => m.participants.some((p) => p.name === 'Piyush Goyal'));
    expect(goyal?.status).toBe('planned');
  });

  it('is a headline\'s "A to visit B", not "the first minister to visit B"', () => {
    const tour = readFileSync('tests/fixtures/meetings-blind-6/f-expresstribune-pm-four-nation-tour.txt', 'utf8');
    const visits = meetingsOfFiles(tour).filter((m) => m.kind === 'visit');
    expect(visits.filter((m) => m.status === 'held').map((m) => m.participants.map(who))).toEqual([]);
    const first =
      'Foreign Minister Cho Tae-yul, on a two-day trip to Japan, is the first South Korean foreign minister to visit ' +
      'Tokyo since the anniversary began.';
    expect(meetingsOf(first).filter((m) => m.status === 'planned')).toEqual([]);
  });
});

describe('a journey ahead', () => {
  it('is a visit planned to the country of its city', () => {
    const text =
      'Foreign Minister Ishaq Dar spoke with Seyed Abbas Araghchi by telephone on Saturday. The two agreed that ' +
      'Araghchi would travel to Islamabad next week for talks with Pakistani officials.';
    expect(rowsOf(meetingsOf(text), true)).toContain('Pakistan + Seyed Abbas Araghchi · 2025-03 · Islamabad');
  });

  it('is not one rumoured, nor that of someone named in a clause before the traveller', () => {
    const rumoured =
      'A spokesman rejected online rumours that Prime Minister Paetongtarn Shinawatra would fly to Phnom Penh to ' +
      'meet Hun Sen this weekend.';
    const clause =
      'International Relations Minister Ronald Lamola, who shadowed President Cyril Ramaphosa through most of the ' +
      'weekend, will travel to New Delhi in January to meet his counterpart.';
    expect([...meetingsOf(rumoured), ...meetingsOf(clause)].filter((m) => m.kind === 'visit')).toEqual([]);
  });
});

describe('a planned call of no day during a planned visit', () => {
  it("is of the visit's month", () => {
    const text =
      'External Affairs Minister Dr. S. Jaishankar will pay an official visit to Uzbekistan from 03-05 December 2026. ' +
      'He will hold talks with Foreign Minister Bakhtiyor Saidov in Tashkent on 04 December 2026. The minister is ' +
      'also scheduled to call on President Shavkat Mirziyoyev.';
    expect(rowsOf(meetingsOf(text, '2026-11-30'))).toContain('S. Jaishankar + Shavkat Mirziyoyev · 2026-12');
  });
});

describe('an official told by country alone', () => {
  it('is the one of that country the briefing named, not the last one named', () => {
    const text =
      'Egyptian Foreign Minister Badr Abdel-Aty held talks in Cairo on Wednesday with Qatari Prime Minister Sheikh ' +
      'Mohammed bin Abdulrahman on the Gaza agreement. The Qatari official was also received by President ' +
      'Abdel-Fattah El-Sisi, the presidency said.';
    expect(pairs(text, '2026-05-07')).toContain('Abdel-Fattah El-Sisi + Sheikh Mohammed bin Abdulrahman');
  });
});

describe('a venue of the government', () => {
  it('names no one: "at the Government Buildings"', () => {
    const text =
      'Foreign Minister Winston Peters called on Prime Minister Sitiveni Rabuka at the Government Buildings in Suva ' +
      'on Thursday, and went on to hold separate meetings with Deputy Prime Minister and Finance Minister Biman ' +
      'Prasad and Home Affairs Minister Pio Tikoduadua.';
    expect(pairs(text)).toContain('Pio Tikoduadua + Winston Peters');
  });
});

describe('an app advertised under a briefing', () => {
  it('is debris', () => {
    const raw = [
      'Peters in Suva',
      'Foreign Minister Winston Peters called on Prime Minister Sitiveni Rabuka in Suva on Thursday to discuss ' +
        'climate finance and the review of the partnership between the two countries.',
      'Get the RNZ app\nfor ad-free news and current affairs',
    ].join('\n\n');
    const text = parseArticle('rnz.txt', raw)
      .article!.paragraphs.map((p) => p.text)
      .join(' ');
    expect(text).not.toContain('RNZ app');
  });
});

describe('a numeric publication date', () => {
  it('reads day and month in the order the dateline without a year says', () => {
    const raw = [
      'Petra - Jordan News Agency',
      '11/10/2025 18:47:03',
      'Safadi holds phone calls with counterparts',
      'Amman, Nov. 10 (Petra) -- Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi on Monday held ' +
        'separate phone calls with Greek Foreign Minister Giorgos Gerapetritis and Norwegian Foreign Minister Espen ' +
        'Barth Eide on the ceasefire.',
    ].join('\n\n');
    expect(parseArticle('petra.txt', raw).article?.published).toEqual({ year: 2025, month: 11, day: 10 });
  });
});
