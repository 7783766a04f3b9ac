/**
 * The file a briefing added from Slack is saved as: its text under YAML front matter that says what it is (`title`,
 * `date` when the text gives one, `source`, `added_by`, `original_file`), named after the file it came from. Pure:
 * what is written and where is `live/briefing-files.ts`.
 */
import { Document, parseDocument } from 'yaml';
import { formatPartialDate } from '../calendar.js';
import type { PartialDate } from '../types.js';
import { fail, ok, type Result } from '../result.js';
import { splitFrontMatter } from './front-matter.js';

/** The folder of the corpus folder that briefings added from Slack are saved in. */
export const SLACK_FOLDER = 'slack';

/** What a briefing added from Slack says about itself. */
export interface BriefingHeader {
  title: string;
  /** The date the text gives, when it gives one. */
  date?: PartialDate;
  /** Where it came from: the Slack permalink of the file or message. */
  source?: string;
  /** The Slack user id of whoever added it. */
  addedBy: string;
  /** The name of the file it was read from, as it was shared. */
  originalFile?: string;
}

/**
 * A briefing's file text: front matter, a blank line, the text.
 * @example briefingFileText({ title: 'Talks', addedBy: 'U1' }, 'They met.')
 *   // → '---\ntitle: Talks\nadded_by: U1\n---\n\nThey met.\n'
 */
export function briefingFileText(header: BriefingHeader, text: string): string {
  const front: Record<string, string> = { title: header.title };
  if (header.date) front.date = formatPartialDate(header.date);
  if (header.source) front.source = header.source;
  front.added_by = header.addedBy;
  if (header.originalFile) front.original_file = header.originalFile;
  const yaml = new Document(front).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${text.trim()}\n`;
}

/** The front matter block of a file's text, parsed, and the text after it; undefined when it has none. */
function frontOf(raw: string): { doc: Document; body: string } | undefined {
  const text = raw.replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return undefined;
  const doc = parseDocument(match[1] ?? '', { logLevel: 'silent' });
  if (doc.errors.length > 0) return undefined;
  return { doc, body: text.slice(match[0].length) };
}

/**
 * Who added a briefing, as its front matter says (`added_by`); undefined for one that does not say.
 * @example addedByOf('---\ntitle: Talks\nadded_by: U1\n---\nThey met.') // → 'U1'
 */
export function addedByOf(raw: string): string | undefined {
  const { data } = splitFrontMatter(raw.replace(/\r\n?/g, '\n'));
  const by = data?.added_by;
  return typeof by === 'string' && by.trim() ? by.trim() : undefined;
}

/**
 * A briefing's file text with its front matter `date` set (front matter made when it has none), everything else as it
 * was; the problem when its front matter cannot be read.
 * @example withDate('---\ntitle: Talks\n---\nThey met.', { year: 2024, month: 7, day: 3 })
 *   // → { ok: true, value: '---\ntitle: Talks\ndate: 2024-07-03\n---\nThey met.' }
 */
export function withDate(raw: string, date: PartialDate): Result<string> {
  const stamped = formatPartialDate(date);
  if (!/^---[ \t]*\r?\n/.test(raw)) return ok(`---\ndate: ${stamped}\n---\n\n${raw}`);
  const front = frontOf(raw);
  if (!front) return fail('its front matter is not valid YAML');
  front.doc.set('date', stamped);
  return ok(`---\n${front.doc.toString({ lineWidth: 0 })}---\n${front.body}`);
}

/** Longest name stem kept of a shared file's name. */
const STEM_CHARS = 80;

/**
 * The name a briefing added from Slack is saved under in the `slack/` folder: the shared file's name (its stem,
 * characters a file name should not hold replaced by `-`) or else the first words of the title, then `.md`; a number
 * added (`-2`, `-3`…) while `taken` says the name, or its stem as an article id, is in use.
 * @example slackFileName('Talks in Baku (final).PDF', 'Talks', () => false) // → 'Talks-in-Baku-final.md'
 * @example slackFileName(undefined, 'Lavrov meets Wang Yi in Beijing on trade', () => false)
 *   // → 'lavrov-meets-wang-yi-in-beijing.md'
 */
export function slackFileName(original: string | undefined, title: string, taken: (stem: string) => boolean): string {
  const base = original?.split(/[\\/]/).pop() ?? '';
  const fromFile = safeStem(base.replace(/\.[^.]*$/, ''));
  const fromTitle = safeStem(title.split(/\s+/).slice(0, 6).join(' ')).toLowerCase();
  const stem = fromFile || fromTitle || 'briefing';
  let name = stem;
  for (let n = 2; taken(name); n += 1) name = `${stem}-${n}`;
  return `${name}.md`;
}

/** A name stem safe in any file system: letters, digits, `.`, `_` and `-`, no leading dot, at most 80 characters. */
const safeStem = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, STEM_CHARS)
    .replace(/^[-.]+|[-.]+$/g, '');
