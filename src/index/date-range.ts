import type { PartialDate } from '../types.js';
import { daysInMonth } from '../corpus/dates.js';

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
