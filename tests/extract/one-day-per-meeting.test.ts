/**
 * One meeting is one day: a subhead or a title line that gives no date is the meeting its text dates ("on Friday
 * afternoon"), not the briefing's day; and a sentence that tells a call and then talks in person ("first spoke by
 * telephone on …, and held face-to-face talks in …") tells each the way it was held. Invented briefings.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOfFiles, rowsOf } from './unseen-helpers.js';

describe('an undated line over the text that dates the meeting', () => {
  it('is the meeting of the day the text gives', () => {
    const live = [
      'Pacific Broadcaster\nHome | Politics | World',
      'LIVE\nAPEC live updates: Luxon meets Ishiba in Lima as Xi talks confirmed',
      'By a reporter in Lima\nPosted Sat 16 Nov 2024 at 9:05am',
      'Key moments\n- Luxon and Ishiba hold first meeting\n- Trade minister meets Chilean counterpart',
      '11:15am NZDT\nLeaders arrive for the retreat',
      'Leaders began arriving at the convention centre this morning for the retreat session of the summit, which ' +
        'runs until Sunday.',
      '10:40am NZDT\nLuxon and Ishiba hold first meeting',
      'New Zealand Prime Minister Christopher Luxon wrapped up his first meeting with Japanese Prime Minister ' +
        'Shigeru Ishiba on Friday afternoon, Lima time, with both leaders keen to talk about supply chains.',
    ].join('\n\n');
    expect(rowsOf(meetingsOfFiles(live))).toEqual(['Christopher Luxon + Shigeru Ishiba · 2024-11-15']);
  });
});

describe('a call and then talks in one sentence', () => {
  it('are a telephone call and a meeting in person, each on its day', () => {
    const text = [
      ' date 2025-03-21 ',
      'Japanese Foreign Minister Takeshi Iwaya met Philippine Foreign Secretary Enrique Manalo in Manila on Thursday.',
      'The two first spoke by telephone on Oct. 22 last year, and held face-to-face talks in November in Fiuggi, ' +
        'Italy, on the margins of a Group of Seven gathering.',
    ].join('\n\n');
    const rows = meetingsOfFiles(text).map((m) => `${m.kind} ${m.date ? JSON.stringify(m.date) : ''}`);
    expect(rows.sort()).toEqual([
      'talks {"year":2024,"month":11}',
      'talks {"year":2025,"month":3,"day":20}',
      'telephone {"year":2024,"month":10,"day":22}',
    ]);
  });

  it('stay calls when the other day has no words of meeting in person', () => {
    const text = [
      ' date 2025-03-21 ',
      'Japanese Foreign Minister Takeshi Iwaya and Philippine Foreign Secretary Enrique Manalo spoke by phone on ' +
        'Monday and again on Wednesday about the radar deliveries.',
    ].join('\n\n');
    expect(meetingsOfFiles(text).map((m) => m.kind)).toEqual(['telephone', 'telephone']);
  });
});

describe('a year ahead in a sentence told in the past', () => {
  it('is what they spoke of, and the meeting is the day the sentence before gives', () => {
    const text = [
      ' date 2024-12-15 ',
      'Cuban President Miguel Díaz-Canel held official talks in Havana on Saturday with Venezuelan President ' +
        'Nicolás Maduro.',
      'Earlier that morning, Cuban Foreign Minister Bruno Rodríguez Parrilla hosted a working breakfast with ' +
        'Venezuelan Foreign Minister Yván Gil Pinto to agree on their votes in regional bodies in 2025.',
    ].join('\n\n');
    const rows = meetingsOfFiles(text).map((m) => `${m.status} ${rowsOf([m])[0]}`);
    expect(rows.sort()).toEqual([
      'held Bruno Rodríguez Parrilla + Yván Gil Pinto · 2024-12-14',
      'held Miguel Díaz-Canel + Nicolás Maduro · 2024-12-14',
    ]);
  });

  it('still dates a meeting planned in words of the future', () => {
    const text = [
      ' date 2024-12-15 ',
      'Cuban Foreign Minister Bruno Rodríguez Parrilla will host Venezuelan Foreign Minister Yván Gil Pinto in ' +
        'Havana in March 2025.',
    ].join('\n\n');
    expect(meetingsOfFiles(text).map((m) => `${m.status} ${rowsOf([m])[0]}`)).toEqual([
      'planned Bruno Rodríguez Parrilla + Yván Gil Pinto · 2025-03',
    ]);
  });
});

describe('a headline that names another occasion’s place', () => {
  it('lends its meeting no place: the text’s is the meeting’s, and the day’s other meetings’', () => {
    const text = [
      'BALKAN WIRE | News agency\nNews  Politics  Economy  Region  World  |  Latin  Cyrillic  English',
      'Vucic receives Fico: rail agreement to be signed in Bratislava',
      'BELGRADE, 11 October 2024 (Balkan Wire) - Serbian President Aleksandar Vucic on Friday received Slovak Prime ' +
        'Minister Robert Fico at the Palace of Serbia, and the two discussed the rail link and energy supplies.',
      'Prior to the meeting with the president, Fico held talks with Serbian Prime Minister Milos Vucevic.',
    ].join('\n\n');
    expect(rowsOf(meetingsOfFiles(text), true)).toEqual([
      'Aleksandar Vucic + Robert Fico · 2024-10-11 · Belgrade',
      'Milos Vucevic + Robert Fico · 2024-10-11 · Belgrade',
    ]);
  });
});

describe('a meeting "during that visit"', () => {
  it('is of the day the sentence before gives that visit, and apart from the meeting the briefing reports', () => {
    const text = [
      ' date 2025-02-18 ',
      'Sri Lankan Foreign Minister Vijitha Herath met Indian External Affairs Minister S. Jaishankar in Muscat on ' +
        'Sunday to discuss fishing disputes.',
      'It was their second meeting. Jaishankar had flown to Colombo on 4 October 2024 for a short visit. During ' +
        'that one-day visit he held formal talks with Herath at the Foreign Ministry.',
    ].join('\n\n');
    expect(rowsOf(meetingsOfFiles(text), true)).toEqual([
      'S. Jaishankar + Vijitha Herath · 2024-10-04 · Colombo',
      'S. Jaishankar + Vijitha Herath · 2025-02-16 · Muscat',
    ]);
  });
});
