import { addDays, format, parseISO } from 'date-fns';
import type { DateRange } from '../index/date-range.js';
import { partialDateBounds } from '../index/date-range.js';
import { parsePartialDate } from '../corpus/dates.js';
import type { Command } from './types.js';
import { badDateMessage, emptyRangeMessage, MAX_INPUT_CHARS, SOURCE_WHICH } from './messages.js';

/** Text as briefbot reads it: without a leading `/brief`, white space folded, at most {@link MAX_INPUT_CHARS}. */
export function normalizeInput(raw: string): { text: string; shortenedFrom?: number } {
  const folded = raw.replace(/\s+/g, ' ').trim().replace(/^\/brief\b\s*/i, '');
  const chars = [...folded];
  if (chars.length <= MAX_INPUT_CHARS) return { text: folded };
  return { text: chars.slice(0, MAX_INPUT_CHARS).join('').trim(), shortenedFrom: chars.length };
}

const FILTER = /^(in|from|to|since|before|after|until):(.*)$/i;
const shiftDay = (iso: string, days: number): string => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');

/** Apply one `name:value` filter to a range; a value that is not a date is an error message. */
function applyFilter(range: DateRange, name: string, value: string, token: string): DateRange | string {
  const date = parsePartialDate(value);
  if (!date) return badDateMessage(token);
  const [first, last] = partialDateBounds(date);
  const tighten = (from?: string, to?: string): DateRange => ({
    from: from !== undefined && (range.from === undefined || from > range.from) ? from : range.from,
    to: to !== undefined && (range.to === undefined || to < range.to) ? to : range.to,
  });
  switch (name) {
    case 'in': return tighten(first, last);
    case 'from': case 'since': return tighten(first, undefined);
    case 'to': case 'until': return tighten(undefined, last);
    case 'before': return tighten(undefined, shiftDay(first, -1));
    default: return tighten(shiftDay(last, 1), undefined);
  }
}

/**
 * Split search text into its terms and date range (`in:2021`, `from:2024-01 to:2024-12`, `since:`, `before:`).
 * @example parseSearch('dasu in:2021') // → { terms: 'dasu', range: { from: '2021-01-01', to: '2021-12-31' } }
 */
export function parseSearch(text: string): { terms: string; range: DateRange } | { error: string } {
  let range: DateRange = {};
  const terms: string[] = [];
  for (const token of text.split(' ').filter(Boolean)) {
    const m = FILTER.exec(token);
    if (!m) { terms.push(token); continue; }
    const next = applyFilter(range, m[1]!.toLowerCase(), m[2]!, token);
    if (typeof next === 'string') return { error: next };
    range = next;
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return { error: emptyRangeMessage(range.from, range.to) };
  return { terms: terms.join(' '), range };
}

const pageOf = (word: string | undefined): number => {
  const n = Number(word);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

/**
 * Parse what follows `/brief` into a command; anything that is not a known command word is a search.
 * @example parseCommand('source 001') // → { kind: 'source', id: '001', page: 1 }
 */
export function parseCommand(text: string, page = 1): Command {
  const [first = '', ...rest] = text.split(' ');
  const word = first.toLowerCase();
  if (word === '' || word === 'help' || word === '?') return { kind: 'help' };
  if (word === 'sources' && rest.length <= 1) return { kind: 'sources', page: rest.length ? pageOf(rest[0]) : page };
  if (word === 'source' && rest.length <= 2) {
    return rest[0] ? { kind: 'source', id: rest[0], page: rest[1] ? pageOf(rest[1]) : page } : { kind: 'invalid', message: SOURCE_WHICH };
  }
  const parsed = parseSearch(word === 'search' ? rest.join(' ') : text);
  if ('error' in parsed) return { kind: 'invalid', message: parsed.error };
  return { kind: 'search', terms: parsed.terms, range: parsed.range, page };
}
