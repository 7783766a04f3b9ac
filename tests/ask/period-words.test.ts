import { describe, expect, it } from 'vitest';
import {
  hijriMonthNumber,
  hijriMonthRange,
  lastHijriMonth,
  monthNumber,
  parsePeriod,
} from '../../src/ask/period-words.js';

/** Today in local time, so that relative periods do not depend on the time zone the tests run in. */
const TODAY = new Date(2026, 10, 22, 12);
const JANUARY = new Date(2026, 0, 15, 12);

describe('parsePeriod: one date in words or ISO', () => {
  it.each([
    ['2023', { from: '2023-01-01', to: '2023-12-31' }],
    ['2024-10', { from: '2024-10-01', to: '2024-10-31' }],
    ['2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['2024-10-17', { from: '2024-10-17', to: '2024-10-17' }],
    ['October 2024', { from: '2024-10-01', to: '2024-10-31' }],
    ['october 2024', { from: '2024-10-01', to: '2024-10-31' }],
    ['Oct 2024', { from: '2024-10-01', to: '2024-10-31' }],
    ['Oct. 2024', { from: '2024-10-01', to: '2024-10-31' }],
    ['Sept 2024', { from: '2024-09-01', to: '2024-09-30' }],
    ['Sept. 2024', { from: '2024-09-01', to: '2024-09-30' }],
    ['17 October 2024', { from: '2024-10-17', to: '2024-10-17' }],
    ['17 Oct, 2024', { from: '2024-10-17', to: '2024-10-17' }],
    ['October 17, 2024', { from: '2024-10-17', to: '2024-10-17' }],
    ['October 17 2024', { from: '2024-10-17', to: '2024-10-17' }],
    ['Oct. 17, 2024', { from: '2024-10-17', to: '2024-10-17' }],
    ['29 February 2024', { from: '2024-02-29', to: '2024-02-29' }],
    ['  2023  ', { from: '2023-01-01', to: '2023-12-31' }],
    ['the 2023', { from: '2023-01-01', to: '2023-12-31' }],
  ])('reads %j as %j', (text, expected) => {
    expect(parsePeriod(text, TODAY)).toEqual(expected);
  });
});

describe('parsePeriod: ranges', () => {
  it.each([
    ['2021 to 2023', { from: '2021-01-01', to: '2023-12-31' }],
    ['2021-2023', { from: '2021-01-01', to: '2023-12-31' }],
    ['2021 – 2023', { from: '2021-01-01', to: '2023-12-31' }],
    ['2021 through 2023', { from: '2021-01-01', to: '2023-12-31' }],
    ['2021 until 2023', { from: '2021-01-01', to: '2023-12-31' }],
    ['June 2019 to 2020', { from: '2019-06-01', to: '2020-12-31' }],
    ['2019 to June 2020', { from: '2019-01-01', to: '2020-06-30' }],
    ['march 2024 to may 2024', { from: '2024-03-01', to: '2024-05-31' }],
    ['Dec 2024 - Jan 2025', { from: '2024-12-01', to: '2025-01-31' }],
  ])('reads %j from the first day of the start to the last day of the end', (text, expected) => {
    expect(parsePeriod(text, TODAY)).toEqual(expected);
  });

  it.each([
    ['October 2024 to December 2024', { from: '2024-10-01', to: '2024-12-31' }],
    ['2024-10 to 2024-12', { from: '2024-10-01', to: '2024-12-31' }],
  ])('reads %j as a range', (text, expected) => {
    expect(parsePeriod(text, TODAY)).toEqual(expected);
  });
});

describe('parsePeriod: relative to today', () => {
  it.each([
    ['this year', { from: '2026-01-01', to: '2026-12-31' }],
    ['THIS YEAR', { from: '2026-01-01', to: '2026-12-31' }],
    ['last year', { from: '2025-01-01', to: '2025-12-31' }],
    ['the last year', { from: '2025-01-01', to: '2025-12-31' }],
    ['this month', { from: '2026-11-01', to: '2026-11-30' }],
    ['last month', { from: '2026-10-01', to: '2026-10-31' }],
    ['past 12 months', { from: '2025-11-22', to: '2026-11-22' }],
    ['the past 12 months', { from: '2025-11-22', to: '2026-11-22' }],
    ['past 1 month', { from: '2026-10-22', to: '2026-11-22' }],
    ['last 2 years', { from: '2024-11-22', to: '2026-11-22' }],
  ])('reads %j on Sun 22 Nov 2026 as %j', (text, expected) => {
    expect(parsePeriod(text, TODAY)).toEqual(expected);
  });

  it('reads "last month" in January as December of the year before', () => {
    expect(parsePeriod('last month', JANUARY)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('reads "last year" and "this month" in January from that January', () => {
    expect(parsePeriod('last year', JANUARY)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(parsePeriod('this month', JANUARY)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('reads "last month" on 31 March as the whole of February', () => {
    expect(parsePeriod('last month', new Date(2026, 2, 31, 12))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('reads "past 1 year" on 29 February back to 28 February of the year before', () => {
    expect(parsePeriod('past 1 year', new Date(2024, 1, 29, 12))).toEqual({ from: '2023-02-28', to: '2024-02-29' });
  });
});

describe('parsePeriod: not periods', () => {
  it.each([
    'blah',
    '',
    '   ',
    'October',
    '2024-13',
    '31 February 2024',
    'Ju 2024',
    'Mayo 2024',
    'past year',
    'yesterday',
    '21',
    'Russia',
    '2021 to blah',
  ])('gives undefined for %j', (text) => {
    expect(parsePeriod(text, TODAY)).toBeUndefined();
  });

  it('reads a range that ends before it starts as written, for the caller to refuse', () => {
    expect(parsePeriod('2023 to 2021', TODAY)).toEqual({ from: '2023-01-01', to: '2021-12-31' });
  });
});

describe('monthNumber', () => {
  it.each([
    ['January', 1],
    ['jan', 1],
    ['Feb.', 2],
    ['Sept', 9],
    ['sept.', 9],
    ['sep', 9],
    ['Oct', 10],
    ['october', 10],
    ['DEC', 12],
  ])('reads %j as month %i', (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });

  it.each(['ju', 'ma', 'o', '', 'Octobers', 'mayo', 'Smarch'])('does not read %j as a month', (word) => {
    expect(monthNumber(word)).toBeUndefined();
  });
});

describe('parsePeriod: weeks and the month or year ahead', () => {
  // TODAY is Sunday 22 November 2026: its week runs Monday 16 to Sunday 22.
  it.each([
    ['this week', { from: '2026-11-16', to: '2026-11-22' }],
    ['last week', { from: '2026-11-09', to: '2026-11-15' }],
    ['next week', { from: '2026-11-23', to: '2026-11-29' }],
    ['next month', { from: '2026-12-01', to: '2026-12-31' }],
    ['next year', { from: '2027-01-01', to: '2027-12-31' }],
  ])('%s', (text, range) => {
    expect(parsePeriod(text, TODAY)).toEqual(range);
  });
});

describe('Islamic months, read with the Umm al-Qura calendar', () => {
  it.each<[string, number, number, { from: string; to: string }]>([
    ['Ramadan 1446', 9, 1446, { from: '2025-03-01', to: '2025-03-29' }],
    ['Muharram 1447', 1, 1447, { from: '2025-06-26', to: '2025-07-25' }],
    ['Dhu al-Hijjah 1445', 12, 1445, { from: '2024-06-07', to: '2024-07-06' }],
  ])('reads %s as its Gregorian days', (_, month, year, expected) => {
    expect(hijriMonthRange(month, year)).toEqual(expected);
  });

  it('knows the months by their usual English spellings', () => {
    const spelt = ['Ramadhan', 'rabi al-awwal', 'Rabi al-Thani', 'jumada al-akhirah', "sha'ban", 'Dhul Hijjah'];
    expect(spelt.map(hijriMonthNumber)).toEqual([9, 3, 4, 6, 8, 12]);
    expect(hijriMonthNumber('ramadi')).toBeUndefined();
  });

  it('takes the last month of a name begun by a day', () => {
    expect(lastHijriMonth(9, new Date(Date.UTC(2025, 5, 1)))).toEqual({ from: '2025-03-01', to: '2025-03-29' });
    expect(lastHijriMonth(9, new Date(Date.UTC(2025, 1, 20)))).toEqual({ from: '2024-03-11', to: '2024-04-09' });
  });
});
