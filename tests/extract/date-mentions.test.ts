import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../../src/calendar.js';
import { findDates, meetingDate } from '../../src/extract/date-mentions.js';
import type { PartialDate } from '../../src/types.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** An article date from ISO text. */
const on = (iso: string): PartialDate => {
  const d = parsePartialDate(iso);
  if (!d) throw new Error(`bad test date ${iso}`);
  return d;
};

/** Resolved dates of every mention, as ISO text ('-' for an unresolved one). */
const allDates = (sentence: string, article?: string): string[] =>
  findDates(sentence, article === undefined ? undefined : on(article)).map((m) =>
    m.resolved ? formatPartialDate(m.resolved.date) : '-',
  );

const meeting = (sentence: string, article?: string): string | undefined => {
  const r = meetingDate(sentence, article === undefined ? undefined : on(article));
  return r && formatPartialDate(r.date);
};

interface Case {
  name: string;
  sentence: string;
  article?: string;
  date?: string;
  text?: string;
  future?: boolean;
}

const SEED_CASES: Array<Case & { seed: string }> = [
  {
    name: 'seed 000: "on Wednesday called on" in a Thursday article is the day before',
    seed: '000',
    article: '2023-10-26',
    date: '2023-10-25',
    text: 'on Wednesday',
    future: false,
    sentence:
      'Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov, and exchanged views on the current state and prospects of Kyrgyz-Pakistani bilateral cooperation.',
  },
  {
    name: 'seed 000: "On Thursday, Pakistan will assume" in a Thursday article is that same day, in the future',
    seed: '000',
    article: '2023-10-26',
    date: '2023-10-26',
    text: 'On Thursday',
    future: true,
    sentence: 'On Thursday, Pakistan will assume the Chair of CHG SCO.',
  },
  {
    name: 'seed 000: "the 22nd meeting" gives no date',
    seed: '000',
    article: '2023-10-26',
    sentence:
      'The meeting took place on the sidelines of the 22nd meeting of the Council of Heads of Government (CHG) of the Shanghai Cooperation Organization being held in Bishkek.',
  },
  {
    name: 'seed 002: "here on Wednesday (today)" is the article date itself',
    seed: '002',
    article: '2021-07-14',
    date: '2021-07-14',
    text: 'on Wednesday (today)',
    future: false,
    sentence:
      'Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey Lavrov here on Wednesday (today).',
  },
  {
    name: 'seed 002: "in June 2019 and … in September 2020" takes the first month',
    seed: '002',
    article: '2021-07-14',
    date: '2019-06',
    text: 'in June 2019',
    future: false,
    sentence:
      'Earlier, Foreign Minister Shah Mahmood Qureshi met Foreign Minister Lavrov on the sidelines of the Shanghai Cooperation Organization (SCO) Summit in Bishkek in June 2019 and the SCO Council of Foreign Ministers (CFM) meeting in Moscow in September 2020.',
  },
  {
    name: 'seed 002: "in Dushanbe on Wednesday" in a Wednesday article is the article date',
    seed: '002',
    article: '2021-07-14',
    date: '2021-07-14',
    text: 'on Wednesday',
    sentence:
      'He was speaking at a meeting with the President of Tajikistan Emomali Rahmon along with Foreign Ministers of SCO member states in Dushanbe on Wednesday.',
  },
  {
    name: 'seed 002: a tweet signature "July 14, 2021" is read as written',
    seed: '002',
    article: '2021-07-14',
    date: '2021-07-14',
    text: 'July 14, 2021',
    sentence:
      'Discussed the recent developments in Afghanistan & shared Pakistan’s support for an Afghan led & owned peace process. pic.twitter.com/MhNddNFlu9 — Shah Mahmood Qureshi (@SMQureshiPTI) July 14, 2021',
  },
  {
    name: 'seed 003: "Mishustin on Wednesday agreed" in a Thursday article is the day before',
    seed: '003',
    article: '2024-10-17',
    date: '2024-10-16',
    text: 'on Wednesday',
    future: false,
    sentence:
      'ISLAMABAD: Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, Mikhail Mishustin on Wednesday agreed to pursue robust dialogue and cooperation in areas of trade, industry, energy, connectivity, science, technology and education.',
  },
  {
    name: 'seed 003: "the 23rd SCO CHG meeting" and "the last two decades" give no date',
    seed: '003',
    article: '2024-10-17',
    sentence:
      'During a meeting at the Prime Minister’s House on the margins of the 23rd SCO CHG meeting, both prime ministers discussed the entire spectrum of bilateral cooperation and noted the positive momentum in Pakistan-Russia relations over the last two decades, PM Office Media Wing said in a press release.',
  },
  {
    name: 'seed 004: "on September 17, 2021 local time" is read as written',
    seed: '004',
    article: '2021-09-18',
    date: '2021-09-17',
    text: 'September 17, 2021',
    future: false,
    sentence:
      'Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign Minister Wang Yi at the Shanghai Cooperation Organization summit in Dushanbe on September 17, 2021 local time, where Wang Yi was attending.',
  },
  {
    name: 'seed 004: "will be held in late September" is the article month, in the future',
    seed: '004',
    article: '2021-09-18',
    date: '2021-09',
    text: 'late September',
    future: true,
    sentence:
      'The two sides confirmed that the 10th meeting of the Joint Cooperation Committee of the CPEC will be held in late September, and the 15th meeting of the China-Pakistan Joint Economic and Trade Commission will be held in October.',
  },
  {
    name: 'seed 001: "CASA-1000" and "pre-1967 borders" give no date',
    seed: '001',
    sentence:
      'Both sides underscored the need for mutually beneficial relationships & regional harmony between Pakistan and Tajikistan while calling upon early implementation of the CASA-1000 Project, among other connectivity ventures designed to enhance trade ties within the region.',
  },
];

describe('meetingDate on the seed briefings', () => {
  it('quotes every sentence verbatim from its seed file', () => {
    const files = readdirSync(SEEDS);
    for (const c of SEED_CASES) {
      const file = files.find((f) => f.startsWith(c.seed));
      expect(file, c.seed).toBeDefined();
      const text = readFileSync(join(SEEDS, file ?? ''), 'utf8');
      expect(text.includes(c.sentence), c.name).toBe(true);
      if (c.article) expect(text).toContain(`date ${c.article}`);
    }
  });

  it.each(SEED_CASES)('$name', ({ sentence, article, date, text, future }) => {
    const r = meetingDate(sentence, article === undefined ? undefined : on(article));
    expect(r && formatPartialDate(r.date)).toBe(date);
    if (text !== undefined) expect(r?.text).toBe(text);
    if (future !== undefined) expect(r?.future).toBe(future);
  });

  it('seed 004: "will be held in October" in a September article is October of the same year, in the future', () => {
    const mentions = findDates(SEED_CASES[10]?.sentence ?? '', on('2021-09-18'));
    expect(mentions.map((m) => m.text)).toEqual(['late September', 'in October']);
    expect(mentions[1]?.resolved).toMatchObject({ date: { year: 2021, month: 10 }, future: true });
  });

  it('seed 002: finds both earlier meetings, June 2019 and September 2020', () => {
    expect(allDates(SEED_CASES[4]?.sentence ?? '', '2021-07-14')).toEqual(['2019-06', '2020-09']);
  });
});

const WEEKDAYS: Case[] = [
  {
    name: 'a weekday after words told at the talks ("told … that … will …, after talks") is of the talks, past',
    sentence:
      "Peters has told Tonga's new leader that Wellington will stay a partner, after talks in Nuku'alofa on Friday.",
    article: '2025-04-12',
    date: '2025-04-11',
  },
  {
    name: 'a weekday after words said of plans ("said that he will …, after talks") is ahead',
    sentence: "Peters said that he will fly to Suva, after talks in Nuku'alofa on Friday.",
    article: '2025-04-12',
    date: '2025-04-18',
    future: true,
  },
  {
    name: 'a past weekday is the most recent one before the dateline',
    sentence: 'Dar met Lavrov in Moscow on Tuesday.',
    article: '2023-10-26',
    date: '2023-10-24',
  },
  {
    name: "a weekday that is the dateline's own weekday is the dateline itself",
    sentence: 'The delegations met in Tashkent on Thursday.',
    article: '2023-10-26',
    date: '2023-10-26',
  },
  {
    name: 'a past weekday in a Monday article reaches back into the previous week',
    sentence: 'The envoy arrived in Kabul on Saturday for talks.',
    article: '2024-03-04',
    date: '2024-03-02',
  },
  {
    name: '"on Monday" in a Monday article is that Monday',
    sentence: 'The two foreign ministers held talks on Monday.',
    article: '2024-03-04',
    date: '2024-03-04',
  },
  {
    name: '"will visit on Monday" is the next Monday on or after the dateline',
    sentence: 'President Tokayev will visit Islamabad on Monday, officials said.',
    article: '2023-10-26',
    date: '2023-10-30',
    future: true,
  },
  {
    name: '"is scheduled to meet on Friday" is the coming Friday',
    sentence: 'The joint commission is scheduled to meet on Friday in Beijing.',
    article: '2021-09-18',
    date: '2021-09-24',
    future: true,
  },
  {
    name: '"would hold talks on Friday" (reported speech) is the coming Friday',
    sentence: 'The ministry said the two sides would hold talks on Friday.',
    article: '2021-09-18',
    date: '2021-09-24',
    future: true,
  },
  {
    name: '"last Monday" in a Monday article is the week before',
    sentence: 'The envoy met the minister last Monday.',
    article: '2024-03-04',
    date: '2024-02-26',
  },
  {
    name: '"next Monday" in a Monday article is a week later',
    sentence: 'He will meet President Xi next Monday.',
    article: '2024-03-04',
    date: '2024-03-11',
    future: true,
  },
  {
    name: '"is leaving for Beijing on Monday" (present for future) is the coming Monday',
    sentence: 'The prime minister is leaving for Beijing on Monday.',
    article: '2023-10-26',
    date: '2023-10-30',
    future: true,
  },
  {
    name: '"the meeting, scheduled for Monday," is the coming Monday',
    sentence: 'The meeting, scheduled for Monday, will review CPEC projects.',
    article: '2023-10-26',
    date: '2023-10-30',
    future: true,
    text: 'for Monday',
  },
  {
    name: 'a weekday crosses a month boundary',
    sentence: 'Qureshi called on the Tajik president on Friday.',
    article: '2021-07-01',
    date: '2021-06-25',
  },
  {
    name: 'a weekday crosses a year boundary',
    sentence: 'The two prime ministers spoke by telephone on Friday.',
    article: '2024-01-02',
    date: '2023-12-29',
  },
  {
    name: '"Monday\'s meeting" is a weekday without a preposition',
    sentence: "Monday's meeting in Astana focused on trade.",
    article: '2024-03-06',
    date: '2024-03-04',
  },
  {
    name: 'a weekday with a time keeps the day and drops the time',
    sentence: 'He met the Kazakh leader at 10:30 am on Monday.',
    article: '2024-03-06',
    date: '2024-03-04',
    text: 'on Monday',
  },
  {
    name: '"on Tuesday night" is Tuesday',
    sentence: 'The ministers dined together on Tuesday night.',
    article: '2024-03-06',
    date: '2024-03-05',
    text: 'on Tuesday night',
  },
];

const RELATIVE: Case[] = [
  {
    name: '"yesterday" is the day before the dateline',
    sentence: 'The minister received his Uzbek counterpart yesterday.',
    article: '2024-03-01',
    date: '2024-02-29',
  },
  {
    name: '"the day before yesterday" is two days before',
    sentence: 'They had met the day before yesterday in Bishkek.',
    article: '2024-01-01',
    date: '2023-12-30',
  },
  {
    name: '"today" is the dateline',
    sentence: 'The prime minister meets the Chinese delegation today.',
    article: '2024-10-17',
    date: '2024-10-17',
  },
  {
    name: '"this morning" is the dateline',
    sentence: 'Wang Yi called on the president this morning.',
    article: '2024-10-17',
    date: '2024-10-17',
  },
  {
    name: '"earlier today" is the dateline',
    sentence: 'Talks were held earlier today at the Foreign Office.',
    article: '2024-10-17',
    date: '2024-10-17',
    text: 'earlier today',
  },
  {
    name: '"tonight" is the dateline',
    sentence: 'Leaders will attend a banquet tonight.',
    article: '2024-10-17',
    date: '2024-10-17',
    future: true,
  },
  {
    name: '"tomorrow" is the next day, in the future',
    sentence: 'The summit opens tomorrow in Islamabad.',
    article: '2024-10-15',
    date: '2024-10-16',
    future: true,
  },
  {
    name: '"last week" gives the month the whole previous week lies in',
    sentence: 'Dar visited Kabul last week.',
    article: '2023-10-26',
    date: '2023-10',
  },
  {
    name: '"last week" straddling two months gives only the year',
    sentence: 'Dar visited Kabul last week.',
    article: '2023-11-06',
    date: '2023',
  },
  {
    name: '"last week" straddling a new year gives no date rather than a guess',
    sentence: 'Dar visited Kabul last week.',
    article: '2025-01-08',
    date: '-',
  },
  {
    name: '"earlier this week" gives the month of the days before the dateline',
    sentence: 'Ministers met earlier this week in Dushanbe.',
    article: '2021-09-18',
    date: '2021-09',
  },
  {
    name: '"earlier this week" on a Tuesday is the Monday',
    sentence: 'Ministers met earlier this week in Dushanbe.',
    article: '2021-09-14',
    date: '2021-09-13',
  },
  {
    name: '"next week" is in the future',
    sentence: 'A delegation travels to Beijing next week.',
    article: '2021-09-18',
    date: '2021-09',
    future: true,
  },
  {
    name: '"last month" is the previous month',
    sentence: 'The two sides signed the accord last month.',
    article: '2024-01-15',
    date: '2023-12',
  },
  {
    name: '"next month" is the following month, in the future',
    sentence: 'The commission meets next month.',
    article: '2023-12-15',
    date: '2024-01',
    future: true,
  },
  {
    name: '"later this month" is the article month, in the future',
    sentence: 'The talks will be held later this month.',
    article: '2024-03-04',
    date: '2024-03',
    future: true,
  },
  {
    name: '"last year" is the previous year',
    sentence: 'The presidents met last year in Samarkand.',
    article: '2023-10-26',
    date: '2022',
  },
  {
    name: '"early next year" is the next year, in the future',
    sentence: 'Elections are due early next year.',
    article: '2024-03-04',
    date: '2025',
    future: true,
    text: 'early next year',
  },
  {
    name: '"in the second half of the year" is the article year',
    sentence: 'The state visit is expected to take place in the second half of the year.',
    article: '2024-05-14',
    date: '2024',
    future: true,
    text: 'the second half of the year',
  },
  {
    name: '"two days ago" is exact',
    sentence: 'The foreign ministers met two days ago.',
    article: '2021-09-18',
    date: '2021-09-16',
  },
  {
    name: '"three years ago" is a year',
    sentence: 'They last met three years ago.',
    article: '2021-09-18',
    date: '2018',
  },
];

const ABSOLUTE: Case[] = [
  {
    name: 'British order "17 September 2021"',
    sentence: 'The leaders met in Dushanbe on 17 September 2021.',
    article: '2021-09-20',
    date: '2021-09-17',
    text: '17 September 2021',
  },
  {
    name: 'American order "September 17, 2021"',
    sentence: 'Khan met Wang on September 17, 2021, according to Xinhua.',
    article: '2021-09-20',
    date: '2021-09-17',
    text: 'September 17, 2021',
  },
  {
    name: 'ordinal "17th of September, 2021"',
    sentence: 'The accord was signed on the 17th of September, 2021.',
    date: '2021-09-17',
  },
  {
    name: 'a weekday with a full date',
    sentence: 'The talks took place on Wednesday, October 25, 2023.',
    article: '2023-10-26',
    date: '2023-10-25',
  },
  {
    name: 'ISO "2023-10-25"',
    sentence: 'Meeting held 2023-10-25 at the Foreign Office.',
    date: '2023-10-25',
    text: '2023-10-25',
  },
  {
    name: 'day-first numbers "14/07/2021"',
    sentence: 'The ministers met on 14/07/2021 in Dushanbe.',
    date: '2021-07-14',
  },
  {
    name: 'numbers "03.04.2024" are read day-first',
    sentence: 'The MoU was signed on 03.04.2024.',
    date: '2024-04-03',
  },
  {
    name: 'numbers "7/14/2021" are month-first only because day-first is impossible',
    sentence: 'The ministers met on 7/14/2021.',
    date: '2021-07-14',
  },
  {
    name: '"Sept. 17" takes the year from the article',
    sentence: 'Qureshi visited Kabul on Sept. 17.',
    article: '2021-09-18',
    date: '2021-09-17',
    text: 'Sept. 17',
  },
  {
    name: '"on 3 March" takes the latest 3 March on or before the dateline',
    sentence: 'The two ministers met on 3 March in Ankara.',
    article: '2024-10-17',
    date: '2024-03-03',
    text: '3 March',
  },
  {
    name: '"will meet on 3 March" takes the next 3 March',
    sentence: 'The two ministers will meet on 3 March in Ankara.',
    article: '2024-10-17',
    date: '2025-03-03',
    future: true,
  },
  {
    name: '"in June 2019" is a month',
    sentence: 'The leaders met in June 2019.',
    date: '2019-06',
    text: 'in June 2019',
  },
  { name: '"in 2019" is a year', sentence: 'They first met in 2019 in Bishkek.', date: '2019', text: 'in 2019' },
  {
    name: '"mid-2024" is a year',
    sentence: 'A summit is planned for mid-2024.',
    article: '2023-10-26',
    date: '2024',
    text: 'mid-2024',
    future: true,
  },
  {
    name: '"early October" is a month',
    sentence: 'The ministers met in early October.',
    article: '2023-10-26',
    date: '2023-10',
    text: 'early October',
  },
  {
    name: '"mid-October" is a month',
    sentence: 'Envoys met in mid-October in Doha.',
    article: '2023-10-26',
    date: '2023-10',
    text: 'mid-October',
  },
  {
    name: '"at the end of March" is a month',
    sentence: 'They met at the end of March.',
    article: '2024-10-17',
    date: '2024-03',
    text: 'at the end of March',
  },
  {
    name: '"at the end of March" in the future tense is next March',
    sentence: 'They will meet at the end of March.',
    article: '2024-10-17',
    date: '2025-03',
    future: true,
  },
  {
    name: '"in October" in the past tense in a September article is last October',
    sentence: 'The commission met in October.',
    article: '2021-09-18',
    date: '2020-10',
  },
  {
    name: '"last October" excludes the dateline month',
    sentence: 'They met last October.',
    article: '2023-10-26',
    date: '2022-10',
    text: 'last October',
  },
  {
    name: '"by the end of 2023" is a year',
    sentence: 'The corridor will be completed by the end of 2023.',
    article: '2023-01-10',
    date: '2023',
    future: true,
  },
];

const YEAR_BOUNDARY: Case[] = [
  {
    name: '"on 30 December" in a 2 January article is the previous year',
    sentence: 'The ministers met on 30 December in Tashkent.',
    article: '2024-01-02',
    date: '2023-12-30',
  },
  {
    name: '"in December" in a January article is the previous year',
    sentence: 'He visited Kabul in December.',
    article: '2024-01-02',
    date: '2023-12',
  },
  {
    name: '"in January" in the future tense in a December article is next year',
    sentence: 'Dar is expected to visit Beijing in January.',
    article: '2023-12-05',
    date: '2024-01',
    future: true,
  },
  {
    name: '"plans to travel on 2 January" in a December article is next year',
    sentence: 'The minister plans to travel on 2 January.',
    article: '2023-12-05',
    date: '2024-01-02',
    future: true,
  },
  {
    name: '"29 February" without a year finds the last leap year',
    sentence: 'The envoys met on 29 February.',
    article: '2023-06-01',
    date: '2020-02-29',
  },
];

const RANGES: Case[] = [
  {
    name: '"from 3 to 5 March" is its first day',
    sentence: 'The ministers met from 3 to 5 March in Tashkent.',
    article: '2024-10-17',
    date: '2024-03-03',
    text: 'from 3 to 5 March',
  },
  {
    name: '"between 3 and 5 March 2020" is its first day',
    sentence: 'Talks ran between 3 and 5 March 2020.',
    date: '2020-03-03',
    text: 'between 3 and 5 March 2020',
  },
  {
    name: '"15-16 October 2024" is its first day',
    sentence: 'The SCO summit will be held on 15-16 October 2024.',
    date: '2024-10-15',
    future: true,
  },
  {
    name: '"October 25-27, 2023" is its first day',
    sentence: 'The forum ran October 25-27, 2023.',
    date: '2023-10-25',
  },
  {
    name: '"between 2019 and 2021" is its first year',
    sentence: 'They met often between 2019 and 2021.',
    date: '2019',
    text: 'between 2019 and 2021',
  },
  {
    name: '"from November to January 2024" is its first month, in the year before',
    sentence: 'Consultations ran from November to January 2024.',
    date: '2023-11',
  },
];

describe.each([
  ['weekdays', WEEKDAYS],
  ['relative days and periods', RELATIVE],
  ['absolute dates', ABSOLUTE],
  ['the year of a yearless date', YEAR_BOUNDARY],
  ['ranges', RANGES],
])('meetingDate: %s', (_group, cases) => {
  it.each(cases)('$name', ({ sentence, article, date, text, future }) => {
    const mentions = findDates(sentence, article === undefined ? undefined : on(article));
    expect(mentions.length, 'one date phrase').toBe(1);
    const [m] = mentions;
    expect(m?.resolved ? formatPartialDate(m.resolved.date) : '-').toBe(date);
    expect(meeting(sentence, article)).toBe(date === '-' ? undefined : date);
    if (text !== undefined) expect(m?.text).toBe(text);
    if (future !== undefined) expect(m?.resolved?.future).toBe(future);
    else if (m?.resolved) expect(m.resolved.future).toBe(false);
  });
});

describe('meetingDate: wire copy and times of day', () => {
  it.each([
    ['a bare weekday after a verb', 'Cho spoke by phone Tuesday with his counterpart.', '2025-09-03', '2025-09-02'],
    ['a bare weekday before a place', 'The ministers held talks Saturday in Rabat.', '2025-03-10', '2025-03-08'],
    [
      '"the morning of" a date',
      'On the morning of 21 February, the minister called on the president.',
      '2025-02-22',
      '2025-02-21',
    ],
    [
      '"the evening of" a date',
      'He arrived on the evening of March 3 and met the premier.',
      '2025-03-05',
      '2025-03-03',
    ],
    [
      'a month abbreviated with a full stop before its day',
      'The two met in Ankara from Aug. 1 to talk.',
      '2025-08-05',
      '2025-08-01',
    ],
    [
      'an abbreviated month and day after "since"',
      'They have not met since Sept. 3, the ministry said.',
      '2025-10-01',
      '2025-09-03',
    ],
  ])('reads %s', (_label, sentence, article, date) => {
    expect(meeting(sentence, article)).toBe(date);
  });

  it.each(['Good Friday talks were recalled.', 'The Friday Times reported the visit.'])(
    'reads no weekday in a name: "%s"',
    (sentence) => {
      expect(meeting(sentence, '2025-03-05')).toBeUndefined();
    },
  );
});

describe('findDates: numbers that are not dates', () => {
  it.each([
    'The 22nd meeting of the Council of Heads of Government opened.',
    'On the margins of the 23rd SCO CHG meeting, the two sides met.',
    'The 10th meeting of the JCC reviewed projects.',
    'They called for early implementation of the CASA-1000 Project.',
    'A two-state solution based on pre-1967 borders was endorsed.',
    'The G20 and COP28 were discussed.',
    'The floods displaced 2 million people and 1,000 workers.',
    'Pakistan has chaired the body for five years over two decades.',
    'The session resumed at 10:30 am and ended at 8 pm.',
    'After the 9/11 attacks the desk offered 24/7 support and 1/3 of the funds.',
    'Vision 2030 and Resolution 2334 were cited, as were the 2023-24 budget and in 2000 villages.',
    'The long march reached this august body.',
    'June Smith said the talks were useful; March toward peace, she urged.',
    'The Sunday Times reported that prayers are held every Friday.',
    'Pakistan Today reported the talks.',
    'Over the last week and in the next year, trade rose.',
    'The talks lasted three days and a week later the deal was signed.',
  ])('finds no date in "%s"', (sentence) => {
    expect(findDates(sentence, on('2023-10-26'))).toEqual([]);
    expect(meetingDate(sentence, on('2023-10-26'))).toBeUndefined();
  });
});

describe('findDates: undated articles', () => {
  it.each([
    ['Qureshi met Lavrov on Wednesday.', 'on Wednesday'],
    ['The minister met his counterpart yesterday.', 'yesterday'],
    ['Talks were held in October.', 'in October'],
    ['They met on 3 March in Ankara.', '3 March'],
    ['The envoys met last week.', 'last week'],
  ])('finds "%s" but leaves it unresolved rather than guessing', (sentence, text) => {
    const mentions = findDates(sentence, undefined);
    expect(mentions).toEqual([
      { start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, text, relative: true },
    ]);
    expect(meetingDate(sentence, undefined)).toBeUndefined();
  });

  it.each([
    ['The summit was held on September 17, 2021.', '2021-09-17'],
    ['Leaders met in June 2019.', '2019-06'],
    ['They first met in 2019.', '2019'],
  ])('still resolves "%s", which carries its year', (sentence, date) => {
    expect(meeting(sentence)).toBe(date);
    expect(findDates(sentence, undefined)[0]?.relative).toBe(false);
  });

  it('leaves a weekday unresolved when the article is dated only to the month', () => {
    expect(allDates('They met on Friday.', '2023-10')).toEqual(['-']);
    expect(allDates('They met last month.', '2023-10')).toEqual(['2023-09']);
  });
});

describe('findDates: text and basis', () => {
  it('quotes the phrase exactly as it stands in the sentence, with its offsets', () => {
    const s = 'Jilani on Wednesday met Zhaparov; in June 2019 they met in Bishkek, and will meet in late September.';
    const mentions = findDates(s, on('2023-10-26'));
    expect(mentions.map((m) => m.text)).toEqual(['on Wednesday', 'in June 2019', 'late September']);
    for (const m of mentions) expect(s.slice(m.start, m.end)).toBe(m.text);
  });

  it('explains a weekday by the phrase and the article date', () => {
    expect(meetingDate('Jilani on Wednesday called on Zhaparov.', on('2023-10-26'))?.basis).toBe(
      "from 'on Wednesday', article dated Thu 26 Oct 2023",
    );
  });

  it('explains an absolute date as written', () => {
    expect(meetingDate('They met on September 17, 2021.', on('2021-09-18'))?.basis).toBe(
      "as written: 'September 17, 2021'",
    );
  });

  it('explains an inferred year by the article date', () => {
    expect(meetingDate('The ministers met on 3 March.', on('2024-10-17'))?.basis).toBe(
      "'3 March', year from the article dated Thu 17 Oct 2024",
    );
  });

  it('says when the future tense chose the date, and when a range was cut to its start', () => {
    expect(meetingDate('Dar will visit Kabul on Monday.', on('2023-10-26'))?.basis).toBe(
      "from 'on Monday' (future tense), article dated Thu 26 Oct 2023",
    );
    expect(meetingDate('They met from 3 to 5 March 2020.', undefined)?.basis).toBe(
      "as written: 'from 3 to 5 March 2020' (start of the range)",
    );
  });

  it('marks phrases that depend on the article date as relative', () => {
    const [weekday, absolute] = findDates('They met on Monday and again on 17 September 2021.', on('2021-09-18'));
    expect(weekday?.relative).toBe(true);
    expect(absolute?.relative).toBe(false);
  });
});

describe('findDates: tense around the phrase', () => {
  it.each([
    ['Dar met Lavrov on Friday and will travel to Beijing next week.', '2024-03-04', ['2024-03-01', '2024-03']],
    ['Dar said on Saturday that the summit will be held in October.', '2024-03-04', ['2024-03-02', '2024-10']],
    [
      'The talks, held on 2 March, will be followed by a summit on 20 March.',
      '2024-03-04',
      ['2024-03-02', '2024-03-20'],
    ],
    ['The 15th meeting will be held in October.', '2021-09-18', ['2021-10']],
    ['The 15th meeting was held in October.', '2021-09-18', ['2020-10']],
  ])('reads each phrase by its own verb: "%s"', (sentence, article, dates) => {
    expect(allDates(sentence, article)).toEqual(dates);
  });

  it('does not call a date after the dateline past, nor a date before it future', () => {
    const [later] = findDates('They met in 2025.', on('2024-10-17'));
    const [earlier] = findDates('The summit will be held on 3 March 2020.', on('2021-09-18'));
    expect(later?.resolved?.future).toBe(true);
    expect(earlier?.resolved?.future).toBe(false);
  });
});

describe('meetingDate: which phrase', () => {
  it.each([
    [
      'prefers the date attached to the meeting verb over an earlier arrival',
      'Dar, who arrived on Sunday, met Lavrov on Monday.',
      '2024-03-05',
      '2024-03-04',
    ],
    [
      'prefers the meeting over a date the speaker said it on',
      'Dar said on Saturday that talks will be held in October.',
      '2024-03-04',
      '2024-10',
    ],
    [
      'takes the first of several dates attached to meetings',
      'Qureshi met Lavrov at the summit in June 2019 and the meeting in September 2020.',
      '2021-07-14',
      '2019-06',
    ],
    [
      'reads a month a plan is "pencilled in for" as its date ahead',
      'Estonia will host the next round, pencilled in for March in Tallinn, the ministers said.',
      '2025-11-14',
      '2026-03',
    ],
    [
      'falls back to the first date when none is attached to a meeting word',
      'On Wednesday the two leaders agreed to cooperate.',
      '2024-10-17',
      '2024-10-16',
    ],
    [
      'skips an agency dateline before the colon',
      'ISLAMABAD, Oct 26 (APP): Foreign Minister Jilani met Zhaparov on Wednesday.',
      '2023-10-26',
      '2023-10-25',
    ],
    [
      'prefers the main clause over a "who will visit" relative clause',
      'Dar, who will visit Moscow next week, met Lavrov on Monday.',
      '2023-10-26',
      '2023-10-23',
    ],
    [
      'returns nothing when the attached date cannot be resolved',
      'Dar met Lavrov on Monday after arriving in 2019.',
      undefined,
      undefined,
    ],
  ])('%s', (_name, sentence, article, date) => {
    expect(meeting(sentence, article)).toBe(date);
  });
});

const FRAGMENTS = [
  'on Wednesday',
  ' (today)',
  'in June 2019',
  'late September',
  'mid-2024',
  'from 3 to 5 March',
  'between 2019 and 2021',
  '14/07/2021',
  '2023-10-25',
  '9/11',
  'will be held',
  'met',
  ', and ',
  '. ',
  'last week',
  'yesterday',
  '22nd meeting',
  'Sept. 17',
  'at the end of',
  '29 February',
  '31 April',
  '—',
  '\u0000',
  '🇵🇰',
  ' ',
  'March',
  'may',
  'Sunday',
  'next',
];
const sentenceish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 30 })
  .map((p) => p.join(' '));
const articleDates = fc.oneof(
  fc.constant(undefined),
  fc.record({
    year: fc.integer({ min: -5, max: 3000 }),
    month: fc.option(fc.integer({ min: -1, max: 14 }), { nil: undefined }),
    day: fc.option(fc.integer({ min: -1, max: 32 }), { nil: undefined }),
  }),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })),
);

describe('findDates on arbitrary input', () => {
  it('never throws and keeps offsets, text and dates consistent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), sentenceish),
        articleDates,
        (sentence, article) => {
          const mentions = findDates(sentence, article);
          let last = -1;
          for (const m of mentions) {
            expect(m.start).toBeGreaterThan(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(sentence.slice(m.start, m.end)).toBe(m.text);
            last = m.end - 1;
            if (!m.resolved) continue;
            expect(m.resolved.text).toBe(m.text);
            expect(parsePartialDate(formatPartialDate(m.resolved.date))).toEqual(m.resolved.date);
            expect(m.resolved.basis).toContain(m.text);
          }
          expect(() => meetingDate(sentence, article)).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('survives a very long sentence', () => {
    const long = 'Talks — continued on Monday 3 March (@x) will be held, '.repeat(400);
    expect(findDates(long, on('2024-03-06')).length).toBeGreaterThan(100);
  });
});

describe('meetingDate speed', () => {
  it('takes well under a millisecond for a typical sentence', () => {
    const s = SEED_CASES[9]?.sentence ?? '';
    for (let i = 0; i < 50; i++) meetingDate(s, on('2021-09-18'));
    const runs = 300;
    const t = performance.now();
    for (let i = 0; i < runs; i++) meetingDate(s, on('2021-09-18'));
    expect((performance.now() - t) / runs).toBeLessThan(1);
  });
});
