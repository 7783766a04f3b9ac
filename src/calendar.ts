/**
 * Calendar dates as briefings give them: a year, a month or a day (`PartialDate`), parsed, formatted, and compared
 * as ranges of days. Dates found in sentences are `extract/date-mentions.ts`; filters and periods a user types are
 * `ask/search-filters.ts` and `ask/period-words.ts`.
 */
import { addDays, addYears, format, parseISO } from 'date-fns';
import type { PartialDate } from './types.js';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Number of days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a PartialDate; undefined when the text is not a real date.
 * @example parsePartialDate('2024-10') // → { year: 2024, month: 10 }
 * @example parsePartialDate('2023-02-30') // → undefined
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = ISO_PARTIAL.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1000) return undefined;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Turns a JavaScript Date into a day-precision PartialDate using its UTC calendar day (as YAML timestamps are).
 * @example partialDateFromDate(new Date('2024-10-17T00:00:00Z')) // → { year: 2024, month: 10, day: 17 }
 */
export function partialDateFromDate(date: Date): PartialDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Formats a PartialDate at its own precision as ISO text.
 * @example formatPartialDate({ year: 2024, month: 10, day: 17 }) // → '2024-10-17'
 * @example formatPartialDate({ year: 2024, month: 10 }) // → '2024-10'
 */
export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad2(d.month)}`;
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

/**
 * Formats a PartialDate for people: 'Thu 17 Oct 2024', 'October 2024' or '2024'.
 * @example formatHumanDate({ year: 2024, month: 10, day: 17 }) // → 'Thu 17 Oct 2024'
 * @example formatHumanDate({ year: 2024, month: 10 }) // → 'October 2024'
 */
export function formatHumanDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  const date = new Date(2000, 0, 1);
  date.setFullYear(d.year, d.month - 1, d.day ?? 1);
  return d.day === undefined ? format(date, 'MMMM yyyy') : format(date, 'EEE d MMM yyyy');
}

/** An inclusive range of calendar days as ISO strings (`2024-01-01` … `2024-12-31`); an open end is undefined. */
export interface DateRange {
  from?: string;
  to?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The first and last day a partial date covers.
 * @example partialDateBounds({ year: 2024, month: 2 }) // → ['2024-02-01', '2024-02-29']
 */
export function partialDateBounds(d: PartialDate): [string, string] {
  const month = d.month;
  if (month === undefined) return [`${d.year}-01-01`, `${d.year}-12-31`];
  const ym = `${d.year}-${pad(month)}`;
  if (d.day === undefined) return [`${ym}-01`, `${ym}-${pad(daysInMonth(d.year, month))}`];
  return [`${ym}-${pad(d.day)}`, `${ym}-${pad(d.day)}`];
}

/** True when a partial date overlaps the range; an undefined date never does unless the range is open. */
export function isInRange(d: PartialDate | undefined, range: DateRange): boolean {
  if (range.from === undefined && range.to === undefined) return true;
  if (d === undefined) return false;
  const [first, last] = partialDateBounds(d);
  return (range.from === undefined || last >= range.from) && (range.to === undefined || first <= range.to);
}

/** The ISO day `days` after (or before) another. @example shiftDay('2024-01-01', -1) // → '2023-12-31' */
export const shiftDay = (iso: string, days: number): string => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
/** The same day `years` years later (earlier when negative): 29 February falls on the 28th. */
export const shiftYear = (iso: string, years: number): string => format(addYears(parseISO(iso), years), 'yyyy-MM-dd');
