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

/** The Islamic months as English spells them, in order: "Ramadan", "Rabi al-Awwal", "Dhul Hijjah". */
const HIJRI_MONTHS = [
  'muharram',
  'safar',
  "rabi['’]?[ -]?(?:a|u)l[ -]?awwal|rabi[ -]i",
  "rabi['’]?[ -]?(?:a|u)[lt][ -]?(?:thani|akhir(?:ah?)?)|rabi[ -]ii",
  'jumad[ae][ -]?(?:a|u)l[ -]?(?:ula|awwal)|jumad[ae][ -]i',
  'jumad[ae][ -]?(?:a|u)[lt][ -]?(?:akhir(?:ah?|e)?|thani)|jumad[ae][ -]ii',
  'rajab',
  "sha['’]?ban",
  'rama[dz]h?an',
  'shawwal',
  "dhu[ -]?(?:a|e)?l[ -]?qa['’]?dah?",
  'dhu[ -]?(?:a|e)?l[ -]?hijj?ah?',
];
/** Any Islamic month's name, the later months first, so that "Rabi II" is tried before "Rabi I". */
export const HIJRI_MONTH = `(?:${[...HIJRI_MONTHS].reverse().join('|')})`;

/** The number of an Islamic month's name, 1 to 12. */
export const hijriMonthNumber = (word: string): number | undefined => {
  const i = HIJRI_MONTHS.findLastIndex((m) => new RegExp(`^(?:${m})$`, 'i').test(word.trim()));
  return i >= 0 ? i + 1 : undefined;
};

/** Average days of an Islamic year, and the Gregorian day its first year began. */
const HIJRI_YEAR_DAYS = 354.367;
const HIJRI_EPOCH = Date.UTC(622, 6, 16);
const DAY_MS = 86_400_000;

/** The Islamic month and year (Umm al-Qura, as ICU reckons it) of a day. */
function hijriOf(date: Date, format: Intl.DateTimeFormat): { month: number; year: number } {
  const parts = format.formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { month: part('month'), year: part('year') };
}

/**
 * The Gregorian days of an Islamic month: "Ramadan 1446" is 1 to 29 March 2025. Read with ICU's Umm al-Qura
 * calendar, the one Saudi and Gulf readouts date by.
 */
export function hijriMonthRange(month: number, year: number): { from: string; to: string } | undefined {
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const near = HIJRI_EPOCH + ((year - 1) * 12 + month - 1) * (HIJRI_YEAR_DAYS / 12) * DAY_MS;
  const days: string[] = [];
  for (let d = near - 20 * DAY_MS; d <= near + 50 * DAY_MS; d += DAY_MS) {
    const h = hijriOf(new Date(d), format);
    if (h.month === month && h.year === year) days.push(new Date(d).toISOString().slice(0, 10));
  }
  return days.length > 0 ? { from: days[0]!, to: days.at(-1)! } : undefined;
}

/** The last Islamic month of a name to have begun by a day: "during Ramadan" asked in June 2025 is Ramadan 1446. */
export function lastHijriMonth(month: number, by: Date): DateRange | undefined {
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', timeZone: 'UTC' });
  const year = hijriOf(by, format).year;
  const range = hijriMonthRange(month, year);
  const day = by.toISOString().slice(0, 10);
  return range && range.from <= day ? range : hijriMonthRange(month, year - 1);
}
