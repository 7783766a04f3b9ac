import { addMonths, addWeeks, endOfWeek, format, startOfWeek, subMonths, subYears } from 'date-fns';
import { partialDateBounds, parsePartialDate, type DateRange } from '../calendar.js';
import type { PartialDate } from '../types.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month number of a month name or its abbreviation ("Oct", "Sept."), or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

const rangeOf = (d: PartialDate): DateRange => {
  const [from, to] = partialDateBounds(d);
  return { from, to };
};

/** One date in words: "2024", "2024-10", "October 2024", "Oct 2024", "17 October 2024". */
function parseOneDate(text: string): PartialDate | undefined {
  const iso = parsePartialDate(text);
  if (iso) return iso;
  const m =
    /^(?:(\d{1,2})\s+)?([a-z]+\.?)\s*,?\s+(\d{4})$/i.exec(text) ?? /^([a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text);
  if (!m) return undefined;
  const [day, monthWord, year] =
    /^\d/.test(m[1] ?? '') || m[1] === undefined ? [m[1], m[2]!, m[3]!] : [m[2], m[1]!, m[3]!];
  const month = monthNumber(monthWord);
  if (!month) return undefined;
  return parsePartialDate(day ? `${year}-${month}-${day}` : `${year}-${month}`);
}

/**
 * A period in words, relative to today where it says so: "2023", "October 2024", "2021 to 2023", "last year",
 * "this month", "next week", "the past 12 months".
 * @example parsePeriod('October 2024', new Date()) // → { from: '2024-10-01', to: '2024-10-31' }
 */
export function parsePeriod(text: string, today: Date): DateRange | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  const day = (d: Date): string => format(d, 'yyyy-MM-dd');
  if (t === 'this year') return rangeOf({ year: today.getFullYear() });
  if (t === 'last year') return rangeOf({ year: today.getFullYear() - 1 });
  if (t === 'this month') return rangeOf({ year: today.getFullYear(), month: today.getMonth() + 1 });
  if (t === 'last month' || t === 'next month') {
    const d = addMonths(today, t === 'last month' ? -1 : 1);
    return rangeOf({ year: d.getFullYear(), month: d.getMonth() + 1 });
  }
  if (t === 'next year') return rangeOf({ year: today.getFullYear() + 1 });
  // "this week", "last week", "next week": Monday to Sunday.
  const week = /^(last|this|next) week$/.exec(t)?.[1];
  if (week) {
    const d = addWeeks(today, week === 'last' ? -1 : week === 'next' ? 1 : 0);
    return { from: day(startOfWeek(d, { weekStartsOn: 1 })), to: day(endOfWeek(d, { weekStartsOn: 1 })) };
  }
  const past = /^(?:past|last) (\d{1,3}) (months?|years?)$/.exec(t);
  if (past)
    return {
      from: day(past[2]!.startsWith('year') ? subYears(today, Number(past[1])) : subMonths(today, Number(past[1]))),
      to: day(today),
    };
  const span =
    /^(.+?)\s+(?:to|until|till|through|and|-)\s+(.+)$/.exec(t) ??
    /^(.+?)\s*[–—]\s*(.+)$/.exec(t) ??
    /^(\d{4})\s*-\s*(\d{4})$/.exec(t);
  if (span) {
    const [a, b] = [parseOneDate(span[1]!), parseOneDate(span[2]!)];
    if (a && b) return { from: partialDateBounds(a)[0], to: partialDateBounds(b)[1] };
  }
  const one = parseOneDate(t);
  return one ? rangeOf(one) : undefined;
}
