import * as chrono from 'chrono-node';
import type { PartialDate } from '../types.js';

/** How many lines from the top a byline's date may stand on ("Headline" / "12:40, 10 August 2023" / "Author: …"). */
const BYLINE_LINES = 12;

/** Words a publication date line may carry besides the date and time. */
const DATE_LINE_WORDS = /^(?:published|updated|posted|last updated|date|on|at|gmt|utc|ist|am|pm|h)$/i;

/**
 * The date of a line that gives only a date, with a time or "Published"/"Updated" perhaps ("12:40, 10 August 2023",
 * "Published: 3 March 2025 09:10"); a page header that carries more than that ("Wednesday, 12 June 2024 USD 87.45
 * EUR 94.12") gives none, as it is the day the page was read, not written.
 */
export function dateOfDateLine(line: string): PartialDate | undefined {
  const [found] = chrono.parse(line);
  if (!found || !found.start.isCertain('day') || !found.start.isCertain('month') || !found.start.isCertain('year'))
    return undefined;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.text.length))
    .split(/[\s,:|·–—-]+/)
    .filter(Boolean);
  if (!rest.every((w) => DATE_LINE_WORDS.test(w) || /^\d{1,2}[:.h]\d{2}$/.test(w))) return undefined;
  return { year: found.start.get('year')!, month: found.start.get('month')!, day: found.start.get('day')! };
}

/** The first date line near the top of a briefing that has no date marker: its byline's date. */
export function bylineDate(lines: readonly string[]): PartialDate | undefined {
  for (const line of lines
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, BYLINE_LINES)) {
    const date = line.length <= 60 ? dateOfDateLine(line) : undefined;
    if (date) return date;
  }
  return undefined;
}
