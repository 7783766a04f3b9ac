import type { MeetingFilter } from '../index/meeting-index.js';
import { parsePeriod } from './period.js';
import { parseSearch } from './date-filters.js';
import { badPeriodMessage } from './messages.js';

const KEYWORDS = new Set(['with', 'in', 'during', 'at', 'since', 'from', 'before', 'after', 'until', 'between']);
const STATUS_WORDS: Readonly<Record<string, 'held' | 'planned'>> = { planned: 'planned', upcoming: 'planned', scheduled: 'planned', future: 'planned', held: 'held', past: 'held' };

/** Split words into keyword phrases: "with Russia in Bishkek during 2023" → [['with','Russia'],['in','Bishkek'],['during','2023']]. */
function phrases(words: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (KEYWORDS.has(w.toLowerCase()) && !(w.toLowerCase() === 'from' && last?.[0] === 'between')) out.push([w.toLowerCase(), '']);
    else if (last) last[1] = `${last[1]} ${w}`.trim();
    else out.push(['with', w]);
  }
  return out;
}

/**
 * Read the plain-words filter of `/brief meetings`: `with <person|country>`, `in <place|period>`,
 * `during <period>`, `at <event>`, `since|from|before|after <period>`, `planned`, and `in:2021`-style filters.
 * @example parseMeetingFilter('with Russia in Bishkek during 2023', today) // → { with: ['Russia'], in: 'Bishkek', range: { from: '2023-01-01', to: '2023-12-31' } }
 */
export function parseMeetingFilter(text: string, today: Date): MeetingFilter | { error: string } {
  const parsed = parseSearch(text);
  if ('error' in parsed) return parsed;
  let range = Object.keys(parsed.range).length > 0 ? parsed.range : undefined;
  const filter: MeetingFilter = {};
  const words = parsed.terms.split(' ').filter(Boolean);
  const status = words.map((w) => STATUS_WORDS[w.toLowerCase()]).find(Boolean);
  if (status) filter.status = status;
  const rest = words.filter((w, i) => !(STATUS_WORDS[w.toLowerCase()] && i === 0) && !/^(?:meetings?|all)$/i.test(w));
  for (const [key, value] of phrases(rest)) {
    if (value === '') continue;
    const period = parsePeriod(value, today);
    if (key === 'in' && !period) { filter.in = value; continue; }
    if (key === 'with') { filter.with = [...(filter.with ?? []), ...value.split(/\s+and\s+|,\s*/i).filter(Boolean)]; continue; }
    if (key === 'at') { filter.at = value; continue; }
    if (key === 'between' && !period) { filter.with = [...(filter.with ?? []), ...value.split(/\s+and\s+/i)]; continue; }
    if (!period) return { error: badPeriodMessage(value) };
    const next = key === 'since' || key === 'from' || key === 'after' ? { from: period.from } : key === 'before' || key === 'until' ? { to: period.to } : period;
    range = { ...range, ...next };
  }
  return { ...filter, ...(range ? { range } : {}) };
}
