import type { Citation, PartialDate } from '../types.js';
import { formatHumanDate } from '../calendar.js';

/** Longest title shown anywhere, in characters. */
export const TITLE_MAX_CHARS = 150;

/** A date as people write it, or "undated". @example dateLabel(undefined) // → 'undated' */
export const dateLabel = (d: PartialDate | undefined): string => (d ? formatHumanDate(d) : 'undated');

/**
 * The parts of a citation `[n] title · date · file · ¶N` as plain strings (the renderer escapes them).
 * @example
 * citationParts(c)
 * // → ['[1]', 'Ishaq Dar Key Diplomatic Visit to Bishkek', 'undated', '001_df728569922fd480.txt', '¶7']
 */
export function citationParts(c: Citation): string[] {
  return [`[${c.n}]`, c.title, dateLabel(c.published), c.file, c.paragraph === 0 ? 'headline' : `¶${c.paragraph}`];
}

/** "page 2 of 3" when there is more than one page. */
export const pageLabel = (page: number, pageCount: number): string =>
  pageCount > 1 ? `page ${page} of ${pageCount}` : '';

/** " · page 2 of 3" to follow a summary line when there is more than one page, or nothing. */
export const pageSuffix = (page: number, pageCount: number): string =>
  pageCount > 1 ? ` · ${pageLabel(page, pageCount)}` : '';

/** "1 briefing" or "3 briefings". */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
