import { pattern } from '../text/regex.js';

/** Longest derived title, in characters (the ellipsis included). */
export const TITLE_MAX_CHARS = 90;

/**
 * A dateline before the story: `ISLAMABAD:`, `DUSHANBE/MOSCOW (Reuters) -`, `NEW YORK, Sept 3 (AP) —`.
 * Place words are upper case; an optional short date and an agency in parentheses may follow.
 */
const DATELINE_PLACES = /^[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]*){0,4}/;
const DATELINE_DATE = /(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?/;
const DATELINE_AGENCY = /(?:\s*\([^()]{1,40}\))?/;
const DATELINE_END = /\s*(?::|[-–—]{1,2})\s+/;
const DATELINE = pattern([DATELINE_PLACES, DATELINE_DATE, DATELINE_AGENCY, DATELINE_END]);
/** The place or two a dateline opens with, in any case, each closed by a comma or a full stop: "Lima, Peru, ". */
export const DATELINE_PLACE_WORDS = /^(?:\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,3}[,.]\s*){1,2}/u;
/** A dateline of a place and a full date, in any case: "Belmopan. August 14, 2025. ", "Lima, 4 June 2025 – ". */
const DATED_DATELINE = pattern(
  [
    DATELINE_PLACE_WORDS,
    /(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4})/u,
    /\s*(?:\([^()]{1,40}\))?\s*(?:\.\s+|[-–—]{1,2}\s+|:\s+)/u,
  ],
  'u',
);

/**
 * Drops a leading dateline from a sentence.
 * @example stripDateline('DUSHANBE/MOSCOW (Reuters) - Leaders met.') // → 'Leaders met.'
 * @example stripDateline('ISLAMABAD: Leaders met.') // → 'Leaders met.'
 * @example stripDateline('Belmopan. August 14, 2025. Leaders met.') // → 'Leaders met.'
 */
export function stripDateline(sentence: string): string {
  const rest = sentence.replace(DATELINE, '').replace(DATED_DATELINE, '');
  return /\p{L}/u.test(rest) ? rest : sentence;
}

/**
 * Cuts text to at most `max` characters at a word boundary, ending with "…" when cut.
 * @example truncateAtWord('Prime ministers agree to expand trade', 20) // → 'Prime ministers…'
 */
export function truncateAtWord(text: string, max = TITLE_MAX_CHARS): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > max / 3 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:(\-–—]+$/u, '')}…`;
}

/**
 * Derives a title from an article's first sentence: dateline dropped, final full stop dropped, cut to ~90 chars.
 * @example deriveTitle('ISLAMABAD: Pakistan and Russia agreed to expand trade.')
 * // → 'Pakistan and Russia agreed to expand trade'
 */
export function deriveTitle(firstSentence: string): string {
  const text = stripDateline(firstSentence.trim()).replace(/\s*[.;:,]+$/, '');
  return truncateAtWord(text);
}
