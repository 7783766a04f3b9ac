/** Heuristics that tell a prose briefing from data, code or a stub. */

/** Fewest words of prose a briefing must have. */
export const MIN_PROSE_WORDS = 25;
/** Largest share of data- or code-like lines a briefing may have. */
export const MAX_DATA_LINE_SHARE = 0.5;
/** Smallest share of letters among the non-space characters of a briefing. */
export const MIN_LETTER_SHARE = 0.6;

const SYNTAX_START = /^(?:[{}[\]]|<[a-zA-Z!/?]|"[^"]{0,80}"\s*:|'[^']{0,80}'\s*:|#include\b|#!|<\?php)/;
const KEYWORD_START =
  /^(?:import|export|const|let|var|function|def|class|return|public|private|package|using|SELECT|INSERT|CREATE)\b/;
const SYNTAX_END = /(?:[{;[]|=>|\)\s*\{|[}\]],?)$/;

/**
 * True for a line that looks like data or code: JSON/markup/code syntax, or delimiter-separated short fields.
 * @example isDataLikeLine('2024-10-17,Sharif,Mishustin,Islamabad') // → true
 * @example isDataLikeLine('Both sides agreed, in principle, to meet again.') // → false
 */
export function isDataLikeLine(line: string): boolean {
  const t = line.trim();
  if (!t || isTaggedProse(t)) return false;
  if (SYNTAX_START.test(t) || SYNTAX_END.test(t)) return true;
  if (KEYWORD_START.test(t) && /[=(){};]/.test(t)) return true;
  return isDelimitedRow(t);
}

/** A gallery caption or a tagged line of prose: "[1/8] Prime Minister Anwar Ibrahim (right) shakes hands with …". */
const isTaggedProse = (t: string): boolean => /^\[[^\]]{1,20}\]\s+\p{L}/u.test(t) && t.split(/\s+/).length >= 6;

/** True for `a,b,c` / tab / pipe / semicolon rows whose fields are short and which do not read as a sentence. */
function isDelimitedRow(t: string): boolean {
  for (const delimiter of [',', '\t', '|', ';']) {
    const fields = t.split(delimiter);
    if (fields.length < 3) continue;
    const short = fields.every((f) => f.trim().split(/\s+/).length <= 4);
    const noSpaceAfter = delimiter !== ',' || !/, /.test(t) || fields.length >= 5;
    if (short && noSpaceAfter && !/[.!?]["'”’]?$/.test(t)) return true;
  }
  return false;
}

/**
 * Share of letters among non-space characters (1 for text with none).
 * @example letterShare('ab12') // → 0.5
 */
export function letterShare(text: string): number {
  const chars = text.replace(/\s+/g, '');
  if (!chars) return 1;
  const letters = chars.match(/\p{L}/gu)?.length ?? 0;
  return letters / chars.length;
}

/**
 * Says why cleaned text is not a briefing (data/code, too few letters, too few words), or undefined if it is one.
 * @example notABriefingReason(['id,name,date', '1,a,2024'], 2)
 * // → 'not a briefing: looks like data or code (2 of 2 lines)'
 */
export function notABriefingReason(lines: readonly string[], proseWords: number): string | undefined {
  const nonEmpty = lines.filter((l) => l.trim());
  const dataLines = nonEmpty.filter(isDataLikeLine).length;
  if (nonEmpty.length > 0 && dataLines / nonEmpty.length > MAX_DATA_LINE_SHARE) {
    return `not a briefing: looks like data or code (${dataLines} of ${nonEmpty.length} lines)`;
  }
  const share = letterShare(nonEmpty.join(' '));
  if (share < MIN_LETTER_SHARE) {
    return `not a briefing: mostly non-letter characters (${Math.round(share * 100)}% letters)`;
  }
  if (proseWords < MIN_PROSE_WORDS) return `not a briefing: only ${proseWords} words`;
  return undefined;
}
