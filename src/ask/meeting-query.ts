import type { MeetingFilter } from '../index/meeting-index.js';
import { parsePeriod } from './period-words.js';
import { parseSearch } from './search-filters.js';
import { shiftDay, type DateRange } from '../calendar.js';
import { badPeriodMessage, emptyRangeMessage } from './messages.js';
import { fail, ok, type Result } from '../result.js';

const KEYWORDS = new Set(['with', 'in', 'during', 'at', 'since', 'from', 'before', 'after', 'until', 'between']);
/** Words that start a period in words ("last year", "this month", "past 12 months"): read as "during …". */
const PERIOD_STARTS = new Set(['last', 'this', 'past']);
const STATUS_WORDS: Readonly<Record<string, 'held' | 'planned'>> = {
  planned: 'planned',
  upcoming: 'planned',
  scheduled: 'planned',
  held: 'held',
};

/**
 * Split words into keyword phrases:
 * "with Russia in Bishkek during 2023" → [['with','Russia'],['in','Bishkek'],['during','2023']].
 */
function phrases(words: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (PERIOD_STARTS.has(w.toLowerCase()) && last?.[0] !== 'during') out.push(['during', w]);
    else if (KEYWORDS.has(w.toLowerCase()) && !(w.toLowerCase() === 'from' && last?.[0] === 'between'))
      out.push([w.toLowerCase(), '']);
    else if (last) last[1] = `${last[1]} ${w}`.trim();
    else out.push(['', w]);
  }
  return out;
}

/**
 * The part of a period a keyword keeps: "since 2023" from its start, "before 2020" up to the day before it, "until
 * May" and "by March 2025" up to its end.
 */
export function boundOf(key: string, period: DateRange): DateRange {
  if (key === 'since' || key === 'from') return { from: period.from };
  if (key === 'after') return period.to ? { from: shiftDay(period.to, 1) } : {};
  if (key === 'until' || key === 'by') return { to: period.to };
  if (key === 'before') return period.from ? { to: shiftDay(period.from, -1) } : {};
  return period;
}

/** Both ranges at once: the later start and the earlier end. */
export function intersect(a: DateRange | undefined, b: DateRange): DateRange {
  if (!a) return b;
  const from = [a.from, b.from]
    .filter((x): x is string => !!x)
    .sort()
    .pop();
  const to = [a.to, b.to].filter((x): x is string => !!x).sort()[0];
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * Read the plain-words filter of `/brief meetings`: `with <person|country>`, `in <place|period>`,
 * `during <period>`, `at <event>`, `since|from|before|after <period>`, `planned`, and `in:2021`-style filters.
 * @example
 * parseMeetingFilter('with Russia in Bishkek during 2023', today)
 * // → { ok: true, value: { with: ['Russia'], in: 'Bishkek', range: { from: '2023-01-01', to: '2023-12-31' } } }
 */
export function parseMeetingFilter(text: string, today: Date): Result<MeetingFilter> {
  const searched = parseSearch(text);
  if (!searched.ok) return searched;
  const parsed = searched.value;
  let range = Object.keys(parsed.range).length > 0 ? parsed.range : undefined;
  const filter: MeetingFilter = {};
  const words = parsed.terms.split(' ').filter(Boolean);
  const status = words.map((w) => STATUS_WORDS[w.toLowerCase()]).find(Boolean);
  if (status) filter.status = status;
  const rest = words.filter((w) => !STATUS_WORDS[w.toLowerCase()] && !/^(?:meetings?|all)$/i.test(w));
  for (const [key, value] of phrases(rest)) {
    if (value === '') continue;
    const period = parsePeriod(value, today);
    if (key === 'in' && !period) {
      filter.in = value;
      continue;
    }
    if ((key === 'with' || key === '') && !(key === '' && period)) {
      filter.with = [...(filter.with ?? []), ...value.split(/\s+and\s+|,\s*/i).filter(Boolean)];
      continue;
    }
    if (key === 'at') {
      filter.at = value;
      continue;
    }
    if (key === 'between' && !period) {
      filter.with = [...(filter.with ?? []), ...value.split(/\s+and\s+/i)];
      continue;
    }
    if (!period) return fail(badPeriodMessage(value));
    if (period.from !== undefined && period.to !== undefined && period.from > period.to)
      return fail(emptyRangeMessage(period.from, period.to));
    range = intersect(range, boundOf(key, period));
  }
  if (range?.from !== undefined && range.to !== undefined && range.from > range.to)
    return fail(emptyRangeMessage(range.from, range.to));
  return ok({ ...filter, ...(range ? { range } : {}) });
}
