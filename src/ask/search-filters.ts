import { partialDateBounds, parsePartialDate, shiftDay, type DateRange } from '../calendar.js';
import { badDateMessage, emptyRangeMessage } from './messages.js';
import { fail, ok, type Result } from '../result.js';

const FILTER = /^(in|from|to|since|before|after|until):(.*)$/i;

/** Apply one `name:value` filter to a range; a value that is not a date is an error message. */
function applyFilter(range: DateRange, name: string, value: string, token: string): Result<DateRange> {
  const date = parsePartialDate(value);
  if (!date) return fail(badDateMessage(token));
  const [first, last] = partialDateBounds(date);
  const tighten = (from?: string, to?: string): Result<DateRange> =>
    ok({
      from: from !== undefined && (range.from === undefined || from > range.from) ? from : range.from,
      to: to !== undefined && (range.to === undefined || to < range.to) ? to : range.to,
    });
  switch (name) {
    case 'in':
      return tighten(first, last);
    case 'from':
    case 'since':
      return tighten(first, undefined);
    case 'to':
    case 'until':
      return tighten(undefined, last);
    case 'before':
      return tighten(undefined, shiftDay(first, -1));
    default:
      return tighten(shiftDay(last, 1), undefined);
  }
}

/**
 * Split search text into its terms and date range (`in:2021`, `from:2024-01 to:2024-12`, `since:`, `before:`).
 * @example parseSearch('dasu in:2021')
 *   // → { ok: true, value: { terms: 'dasu', range: { from: '2021-01-01', to: '2021-12-31' } } }
 */
export function parseSearch(text: string): Result<{ terms: string; range: DateRange }> {
  let range: DateRange = {};
  const terms: string[] = [];
  for (const token of text.split(' ').filter(Boolean)) {
    const m = FILTER.exec(token);
    if (!m) {
      terms.push(token);
      continue;
    }
    const next = applyFilter(range, m[1]!.toLowerCase(), m[2]!, token);
    if (!next.ok) return next;
    range = next.value;
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to)
    return fail(emptyRangeMessage(range.from, range.to));
  return ok({ terms: terms.join(' '), range });
}
