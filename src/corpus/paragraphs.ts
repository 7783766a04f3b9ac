import sbd from 'sbd';
import type { Paragraph, Sentence } from '../types.js';
import { isDebrisLine, isRelatedMarker, stripInlineDebris } from './debris.js';
import { collapseSpaces, countWords, hasLetterOrDigit } from './normalize.js';
import { alternatives, pattern } from '../text/regex.js';

/** Longest heading, in words. */
export const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 120;

/** A paragraph's text before it is numbered and split into sentences. */
export interface Block {
  text: string;
  /** Set when markup says it is a heading (`# Title`), whatever its length. */
  markedHeading?: boolean;
}

const MD_HEADING = /^#{1,6}\s+/;
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s+/;
/** A photo's caption on its own line: "[Photo] …", "Photo: …", "Photo caption: …", "(Photo) …". */
const CAPTION_LINE = /^[[(]?\s*(?:photo|picture|image)(?: caption)?\s*(?:[\]):–-]|\s+\p{Lu})/iu;

/**
 * True for a short line with no sentence-final punctuation, e.g. "Diplomatic Engagements and Advocacy".
 * @example isHeadingText('Meetings held in Kazakhstan & Tajikistan') // → true
 * @example isHeadingText('The ministers met on Monday.') // → false
 */
export function isHeadingText(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > HEADING_MAX_CHARS || !/\p{L}/u.test(t)) return false;
  if (t.split(/\s+/).length > HEADING_MAX_WORDS) return false;
  const last = t.replace(/["'”’»)\]]+$/u, '').slice(-1);
  return !/[.!?:;,…]/.test(last);
}

/**
 * Strips light Markdown: heading marks, images, links (keeping their text), bold/italic markers and inline code ticks.
 * @example stripMarkdown('**Talks** in [Dushanbe](https://x.org)') // → 'Talks in Dushanbe'
 */
export function stripMarkdown(line: string): string {
  return line
    .replace(MD_HEADING, '')
    .replace(/!\[[^\]]{0,200}\]\([^)\s]{0,500}\)/g, '')
    .replace(/\[([^\]]{1,200})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]{1,300}?)(?<=\S)\1/g, '$2')
    .replace(/`([^`\n]{1,200})`/g, '$1');
}

/**
 * Cleans normalised body text into lines: inline tweet debris removed, debris lines (and link headlines after
 * a "Related Articles" marker) blanked so they act as paragraph breaks.
 * @example cleanLines('Talks held.\nShare this:\nMore talks.') // → ['Talks held.', '', 'More talks.']
 */
export function cleanLines(body: string): string[] {
  const out: string[] = [];
  let inRelatedList = false;
  for (const rawLine of body.split('\n')) {
    const line = stripInlineDebris(collapseSpaces(rawLine));
    const plain = stripMarkdown(line);
    if (isRelatedMarker(plain)) inRelatedList = true;
    else if (inRelatedList && plain && !isHeadingText(plain)) inRelatedList = false;
    out.push(inRelatedList || isDebrisLine(plain) ? '' : line);
  }
  return out;
}

/**
 * Groups cleaned lines into paragraph blocks: blank lines separate them; Markdown headings and list items stand
 * alone; other lines of a block are joined with a space. Blocks with no letter or digit are dropped.
 * @example toBlocks(['# Talks', 'Leaders met.', 'They agreed.', '', '—'])
 * // → [{ text: 'Talks', markedHeading: true }, { text: 'Leaders met. They agreed.' }]
 */
export function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const text = collapseSpaces(current.join(' '));
    if (hasLetterOrDigit(text)) blocks.push({ text });
    current = [];
  };
  lines.forEach((line, i) => {
    if (!line) flush();
    else if (MD_HEADING.test(line)) {
      flush();
      const text = collapseSpaces(stripMarkdown(line));
      if (hasLetterOrDigit(text)) blocks.push({ text, markedHeading: true });
    } else {
      if (LIST_ITEM.test(line) || TIMESTAMP.test(line) || CAPTION_LINE.test(line)) flush();
      current.push(stripMarkdown(line));
      if (current.length === 1 && isLineHeading(current[0]!, lines[i + 1])) flush();
    }
  });
  flush();
  return blocks;
}

/** A live blog's entry time opening a line: "16:05 – Video call with Baku", "4:05 PM Audience with the King". */
const TIMESTAMP = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–—]\s|\s+\p{Lu}|\s*$)/iu;

/** A dateline alone on its line: "Lima, Nov. 16 (ANDINA).", "Accra, May 15 (GNA) -". */
const DATELINE_LINE = pattern(
  [/^\p{Lu}[\p{L} .'’-]{1,30},\s*\p{L}{3,}\.?\s+\d{1,2}/u, /(?:,?\s*\d{4})?\s*\([^)]{2,30}\)[\s.:–—-]*$/u],
  'u',
);

/**
 * A live blog's time, or a line of eight words or fewer with no closing stop, opening a block, with a sentence of eight
 * words or more starting on the next line: a heading the file ran into its text with a single line break ("16:05 –
 * Video call with Baku" / "Kallas has just held …"), or a masthead above a dateline on its own line. Not a header of
 * name and office ("Rt Hon A B" / "Minister of Foreign Affairs"), nor a line that wraps mid-phrase ("… with President
 * of Uzbekistan" / "Shavkat Mirziyoyev, …").
 */
const isLineHeading = (line: string, next: string | undefined): boolean =>
  TIMESTAMP.test(line) ||
  (next !== undefined && DATELINE_LINE.test(next) && isHeadingText(line) && countWords(line) <= 8) ||
  (isHeadingText(line) &&
    countWords(line) <= 8 &&
    !/^\p{Ll}/u.test(line) &&
    !/\b(?:of|with|the|and|to|in|a|an|for|on|at|by|from)$/i.test(line) &&
    next !== undefined &&
    /^["“‘']?[\p{Lu}\d]/u.test(next) &&
    countWords(next) >= 8);

/**
 * Splits paragraph text into sentences with offsets such that `text.slice(start, end) === sentence.text`.
 * @example splitSentences('Leaders met. They agreed.')
 * // → [{ text: 'Leaders met.', start: 0, end: 12 }, { text: 'They agreed.', start: 13, end: 25 }]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  try {
    let at = 0;
    for (const piece of sbd.sentences(text, { newline_boundaries: false, sanitize: false })) {
      const start = text.indexOf(piece, at);
      if (start < 0) return wholeText(text);
      const sentence = trimmedSpan(text, start, start + piece.length);
      at = start + piece.length;
      if (sentence && hasLetterOrDigit(sentence.text)) sentences.push(sentence);
    }
  } catch {
    return wholeText(text);
  }
  return sentences.length > 0 ? joinAbbreviations(text, sentences) : wholeText(text);
}

/** Abbreviations after which a full stop ends no sentence: "U.S.", "Dr.", "Sept.", an initial "S.". */
const ABBREVIATIONS = [
  'Mr',
  'Mrs',
  // "Prime Minister Hon. Jeremiah Manele", "Rt. Hon. Christopher Luxon", as Commonwealth papers style ministers.
  'Hon',
  'Rt',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Gen',
  'Lt',
  'Col',
  'Sen',
  'Rep',
  'Gov',
  'Amb',
  'Jan',
  'Feb',
  'Aug',
  'Sept?',
  'Oct',
  'Nov',
  'Dec',
  'No',
  'Vol',
  'vs',
  'etc',
  /e\.g/,
  /i\.e/,
  /H\.E/,
  'Jr',
  'Sr',
  // "Secretary Ma. Theresa Lazaro" (Maria), and ranks.
  'Ma',
  'Maj',
  'Capt',
  'Adm',
  'Brig',
];
const NO_BREAK_AFTER = pattern(
  [alternatives([/\b(?:\p{Lu}\.){2,}/u, `\\b${alternatives(ABBREVIATIONS)}\\.`, /(?:^|\s)\p{Lu}\./u]), '$'],
  'u',
);

/**
 * Join sentences that the splitter broke after an abbreviation ("… with U.S." + "Secretary of State …").
 * @example joinAbbreviations('Talks with U.S. Secretary Blinken.', [{…'Talks with U.S.'}, {…'Secretary Blinken.'}])
 * // → one sentence
 */
export function joinAbbreviations(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    // "VOV.VN - State President …": a full stop with no space after it is a web address's.
    const joined = last !== undefined && !/\s/.test(text.slice(last.end - 1, s.start + 1));
    if (last && (joined || NO_BREAK_AFTER.test(last.text)) && /^[\p{L}\p{N}]/u.test(s.text)) {
      out[out.length - 1] = { text: text.slice(last.start, s.end), start: last.start, end: s.end };
    } else out.push(s);
  }
  return out;
}

function wholeText(text: string): Sentence[] {
  const span = trimmedSpan(text, 0, text.length);
  return span ? [span] : [];
}

function trimmedSpan(text: string, from: number, to: number): Sentence | undefined {
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { text: text.slice(start, end), start, end } : undefined;
}

/**
 * Numbers blocks 1..N and gives each its sentences and heading flag.
 * @example buildParagraphs([{ text: 'Talks' }])[0]
 * // → { n: 1, text: 'Talks', sentences: [{ text: 'Talks', start: 0, end: 5 }], heading: true }
 */
export function buildParagraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.map((block, i) => ({
    n: i + 1,
    text: block.text,
    sentences: splitSentences(block.text),
    heading: block.markedHeading === true || isHeadingText(block.text),
  }));
}

/** Number of words in the prose (non-heading) blocks. */
export function proseWordCount(blocks: readonly Block[]): number {
  return blocks.reduce((sum, b) => sum + (b.markedHeading || isHeadingText(b.text) ? 0 : countWords(b.text)), 0);
}
