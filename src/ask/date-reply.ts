/** A reply that gives a date and nothing else: how an undated briefing added from Slack gets its date. */
import * as chrono from 'chrono-node';
import { formatPartialDate, parsePartialDate } from '../calendar.js';
import type { PartialDate } from '../types.js';

/** Words a date reply may open with ("on 3 July 2024", "date: 2024-07-03", "it's July 2024"). */
const LEAD = /^(?:(?:the\s+)?date(?:d)?(?:\s+is)?\s*:?|it\s+is|it'?s|on)\s+/i;

/** A numeric date, day first as outside the United States (the corpus reads bylines so too): `03/07/2024`. */
const DAY_MONTH_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
/** `2024/07/03`, `2024.07.03`. */
const YEAR_MONTH_DAY = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;

/** The date `year-month-day` when it is a real one. */
const real = (year: string, month: string, day: string): PartialDate | undefined =>
  parsePartialDate(`${year}-${month}-${day}`);

/**
 * The date a reply gives when the reply is a date and nothing more: `2024-07-03`, `2024-07`, `2024`, `3 July 2024`,
 * `July 3, 2024`, `3 Jul 2024`, `July 2024`, `03/07/2024` and `3.7.2024` (day first), `2024/07/03`; undefined for
 * anything else (a question that names a date, a date that does not exist, a day without a year).
 * @example readDateReply('3 July 2024') // → { year: 2024, month: 7, day: 3 }
 * @example readDateReply('when did they meet in 2024?') // → undefined
 */
export function readDateReply(text: string): PartialDate | undefined {
  const t = text
    .trim()
    .replace(LEAD, '')
    .replace(/^the\s+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
  if (!t || t.length > 40) return undefined;
  const iso = parsePartialDate(t);
  if (iso) return iso;
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) return real(dmy[3]!, dmy[2]!, dmy[1]!);
  const ymd = YEAR_MONTH_DAY.exec(t);
  if (ymd) return real(ymd[1]!, ymd[2]!, ymd[3]!);
  if (!/\p{L}/u.test(t) || !/\d{4}/.test(t)) return undefined;
  const found = chrono.en.GB.parse(t);
  const only = found.length === 1 ? found[0] : undefined;
  if (!only || only.index > 0 || t.slice(only.text.length).replace(/[\s,.]/g, '') !== '') return undefined;
  const { start } = only;
  if (!start.isCertain('year') || !start.isCertain('month')) return undefined;
  const date: PartialDate = { year: start.get('year')!, month: start.get('month')! };
  if (start.isCertain('day')) date.day = start.get('day')!;
  // Only a real calendar date: chrono accepts "31 June".
  return parsePartialDate(formatPartialDate(date)) ? date : undefined;
}
