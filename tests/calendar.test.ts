import { describe, expect, it } from 'vitest';
import { formatHumanDate, formatPartialDate, parsePartialDate, partialDateFromDate } from '../src/calendar.js';

describe('parsePartialDate', () => {
  it('reads a year, a year and month, and a full day', () => {
    expect(parsePartialDate('2024')).toEqual({ year: 2024 });
    expect(parsePartialDate('2024-10')).toEqual({ year: 2024, month: 10 });
    expect(parsePartialDate('2024-10-17')).toEqual({ year: 2024, month: 10, day: 17 });
  });

  it('accepts a leap day only in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
  });

  it('rejects dates that do not exist or are not dates at all', () => {
    for (const text of ['2023-02-30', '2024-13', '2024-00-10', '2024-04-31', '24-10-17', '2024/10/17', 'soon', ''])
      expect(parsePartialDate(text), text).toBeUndefined();
  });
});

describe('formatPartialDate', () => {
  it('formats at the precision the date is known to', () => {
    expect(formatPartialDate({ year: 2024, month: 10, day: 17 })).toBe('2024-10-17');
    expect(formatPartialDate({ year: 2024, month: 3 })).toBe('2024-03');
    expect(formatPartialDate({ year: 2024 })).toBe('2024');
  });

  it('round-trips with parsePartialDate', () => {
    for (const text of ['2019-06-14', '2021-07', '2023']) expect(formatPartialDate(parsePartialDate(text)!)).toBe(text);
  });
});

describe('formatHumanDate', () => {
  it('writes a day as weekday, day, short month and year', () => {
    expect(formatHumanDate({ year: 2024, month: 10, day: 17 })).toBe('Thu 17 Oct 2024');
    expect(formatHumanDate({ year: 2021, month: 7, day: 14 })).toBe('Wed 14 Jul 2021');
  });

  it('writes a month in full with its year, and a year alone', () => {
    expect(formatHumanDate({ year: 2024, month: 10 })).toBe('October 2024');
    expect(formatHumanDate({ year: 2024 })).toBe('2024');
  });
});

describe('partialDateFromDate', () => {
  it('takes the UTC calendar day of a YAML timestamp', () => {
    expect(partialDateFromDate(new Date('2022-11-08T00:00:00Z'))).toEqual({ year: 2022, month: 11, day: 8 });
    expect(partialDateFromDate(new Date('nonsense'))).toBeUndefined();
  });
});
