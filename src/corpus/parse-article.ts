import type { Article, PartialDate } from '../types.js';
import { bylineDate, headerDate } from './byline-date.js';
import { contentHash } from './content-hash.js';
import { parsePartialDate } from '../calendar.js';
import { isDebrisLine } from './debris.js';
import { readFrontMatter, splitDateLine, splitFrontMatter, type FrontMatter } from './front-matter.js';
import { collapseSpaces, normalizeText } from './normalize.js';
import {
  buildParagraphs,
  cleanLines,
  isHeadingText,
  proseWordCount,
  splitSentences,
  toBlocks,
  type Block,
} from './paragraphs.js';
import { notABriefingReason } from './prose.js';
import { deriveTitle } from './title.js';

/** What parsing one file gives: an article, a warning, or both (an article loaded despite a problem). */
export interface ParseResult {
  article?: Article;
  /** Why the file is not a briefing (no article), or a note about a loaded article (bad date, bad source). */
  warning?: string;
}

/**
 * Parses the text of one corpus file into a cleaned Article, or a reason why it is not a briefing. Never throws.
 * @example parseArticle('a.txt', ' date 2024-10-17 ISLAMABAD: …').article?.published
 * // → { year: 2024, month: 10, day: 17 }
 */
export function parseArticle(file: string, raw: string): ParseResult {
  try {
    return parseArticleText(file.replace(/\\/g, '/'), raw);
  } catch (error) {
    return { warning: `could not parse: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A page's copyright line and its year: "Copyright © 2025 …", "© 2024 MAP". */
const COPYRIGHT_YEAR = /(?:^|\n)\s*(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*((?:19|20)\d{2})\b/i;

/** `file` is the name inside the corpus folder (`slack/x.md` for a briefing added from Slack); the id its stem. */
function parseArticleText(file: string, raw: string): ParseResult {
  const text = normalizeText(raw);
  if (!text.trim()) return { warning: 'empty file' };

  const { data, body: afterFrontMatter, error } = splitFrontMatter(text);
  const front: FrontMatter = data ? readFrontMatter(data) : { notes: [] };
  const { dateText, body } = splitDateLine(afterFrontMatter);
  const notes = [...(error ? [error] : []), ...front.notes];
  const lineDate = dateText === undefined ? undefined : parsePartialDate(dateText);
  if (dateText !== undefined && !lineDate && !front.published) {
    notes.push(`date line "${dateText}" is not a valid date; treated as undated`);
  }

  const lines = cleanLines(body);
  const blocks = toBlocks(lines);
  const dataLines = body.split('\n').filter((l) => l.trim() && !isDebrisLine(l));
  const reason = notABriefingReason(dataLines, proseWordCount(blocks));
  if (reason) return { warning: reason };

  const { title, titleDerived, rest } = chooseTitle(blocks, front.title);
  const id = idOf(baseName(file));
  const article: Article = {
    id,
    file,
    title: title || id,
    titleDerived,
    paragraphs: buildParagraphs(rest),
    contentHash: contentHash(blocks.map((b) => b.text)),
  };
  const top = body.split('\n');
  const published: PartialDate | undefined = front.published ?? lineDate ?? bylineDate(top) ?? headerDate(top, body);
  if (published) article.published = published;
  const copyright = COPYRIGHT_YEAR.exec(body)?.[1];
  if (copyright) article.copyrightYear = Number(copyright);
  if (front.source) article.source = front.source;
  return notes.length > 0 ? { article, warning: notes.join('; ') } : { article };
}

/**
 * Picks the title: front matter first; else a leading heading (removed from the paragraphs); else the first sentence.
 * @example chooseTitle([{ text: 'Talks in Bishkek' }, { text: 'Leaders met.' }]).title // → 'Talks in Bishkek'
 */
export function chooseTitle(
  blocks: readonly Block[],
  frontTitle?: string,
): { title: string; titleDerived: boolean; rest: Block[] } {
  const [first, ...others] = blocks;
  if (!first) return { title: frontTitle ?? '', titleDerived: frontTitle === undefined, rest: [] };
  if (frontTitle !== undefined) {
    const duplicate = sameText(first.text, frontTitle);
    return { title: frontTitle, titleDerived: false, rest: duplicate ? others : [...blocks] };
  }
  if ((first.markedHeading === true || isHeadingText(first.text)) && others.length > 0) {
    return { title: first.text, titleDerived: true, rest: others };
  }
  const sentence = splitSentences(first.text)[0]?.text ?? first.text;
  return { title: deriveTitle(sentence), titleDerived: true, rest: [...blocks] };
}

function sameText(a: string, b: string): boolean {
  return collapseSpaces(a).toLowerCase() === collapseSpaces(b).toLowerCase();
}

/** The last path segment of a file name, `/` or `\` separated. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/**
 * The article id: the file name without its extension.
 * @example idOf('000_0d5f0c5c4968850b.txt') // → '000_0d5f0c5c4968850b'
 */
export function idOf(file: string): string {
  const stem = file.replace(/\.[^.]*$/, '');
  return stem || file;
}
