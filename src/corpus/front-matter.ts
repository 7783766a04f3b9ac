import { parseDocument } from 'yaml';
import type { PartialDate } from '../types.js';
import { parsePartialDate, partialDateFromDate } from '../calendar.js';
import { collapseSpaces } from './normalize.js';

/** What a front matter block may say about an article. */
export interface FrontMatter {
  title?: string;
  published?: PartialDate;
  source?: string;
  /** Problems worth a warning that do not stop the article loading (bad date, unusable source). */
  notes: string[];
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Splits a leading `---` YAML block from normalised text; `data` is undefined when there is none or it is not a map.
 * A block that is not valid YAML is split off all the same, and `error` says where and why (line of the file).
 * @example splitFrontMatter('---\ntitle: Hi\n---\nBody') // → { data: { title: 'Hi' }, body: 'Body' }
 * @example splitFrontMatter('---\ntitle: "Hi\n---\nBody').error
 * // → 'front matter is not valid YAML (line 3: Missing closing "quote); loaded without it'
 */
export function splitFrontMatter(text: string): { data?: Record<string, unknown>; body: string; error?: string } {
  const m = BLOCK.exec(text);
  if (!m) return { body: text };
  const yaml = parseYamlMap(m[1] ?? '');
  const body = text.slice(m[0].length);
  if ('error' in yaml) return { body, error: `front matter is not valid YAML (${yaml.error}); loaded without it` };
  return yaml.data ? { data: yaml.data, body } : { body: text };
}

/**
 * Parses YAML text into a plain object (undefined when it is not a mapping), or says why it is not YAML: the first
 * error and its line, counted in the file (the opening `---` is line 1).
 */
function parseYamlMap(yamlText: string): { data?: Record<string, unknown> } | { error: string } {
  try {
    const doc = parseDocument(yamlText, { logLevel: 'silent', uniqueKeys: false });
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line;
      const reason = first.message.split(/ at line \d+|\n/)[0];
      return { error: `${line === undefined ? '' : `line ${line + 1}: `}${reason}` };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 50 });
    return isPlainObject(value) ? { data: value } : {};
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Reads a front matter date given as a YAML Date, a year number or `YYYY`, `YYYY-MM`, `YYYY-MM-DD[Thh:mm…]` text.
 * @example parseFrontMatterDate('2024-10') // → { year: 2024, month: 10 }
 */
export function parseFrontMatterDate(value: unknown): PartialDate | undefined {
  if (value instanceof Date) return partialDateFromDate(value);
  if (typeof value === 'number' && Number.isInteger(value)) return parsePartialDate(String(value));
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const timestamp = /^(\d{4}-\d{1,2}-\d{1,2})[T ]\S/.exec(text);
  return parsePartialDate(timestamp?.[1] ?? text);
}

/**
 * Keeps a source only if it is an http(s) URL without whitespace, `<`, `>` or `|` (safe to put in a Slack link).
 * @example parseSourceUrl('https://example.com/a') // → 'https://example.com/a'
 * @example parseSourceUrl('javascript:alert(1)') // → undefined
 */
export function parseSourceUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^https?:\/\/[^\s<>|]+$/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Picks title, date and source out of parsed front matter, noting values that were given but unusable.
 * @example readFrontMatter({ title: 'Talks', date: '2024-10' })
 * // → { title: 'Talks', published: { year: 2024, month: 10 }, notes: [] }
 */
export function readFrontMatter(data: Record<string, unknown>): FrontMatter {
  const result: FrontMatter = { notes: [] };
  const title =
    typeof data.title === 'string' || typeof data.title === 'number' ? collapseSpaces(String(data.title)) : '';
  if (title) result.title = title;
  if (data.date !== undefined && data.date !== null) {
    const published = parseFrontMatterDate(data.date);
    if (published) result.published = published;
    else result.notes.push(`front matter date ${JSON.stringify(describe(data.date))} is not a valid date`);
  }
  if (data.source !== undefined && data.source !== null) {
    const source = parseSourceUrl(data.source);
    if (source) result.source = source;
    else result.notes.push('front matter source is not an http(s) URL; ignored');
  }
  return result;
}

function describe(value: unknown): string {
  return (value instanceof Date ? value.toISOString() : String(value)).slice(0, 40);
}

const DATE_LINE = /^\s*date:?[ \t]+(\d{4}(?:-\d{1,2}){0,2})(?=\s|$)[ \t]*/i;

/**
 * Splits a leading ` date YYYY-MM-DD ` marker from normalised text; `dateText` is the raw date, valid or not.
 * @example splitDateLine(' date 2024-10-17 ISLAMABAD: …') // → { dateText: '2024-10-17', body: 'ISLAMABAD: …' }
 */
export function splitDateLine(text: string): { dateText?: string; body: string } {
  const m = DATE_LINE.exec(text);
  if (!m || m[1] === undefined) return { body: text };
  return { dateText: m[1], body: headlineApart(text.slice(m[0].length)) };
}

/** Most words a headline after the date marker has. */
const HEADLINE_WORDS = 16;

/**
 * A headline after the date marker stands apart from the line under it ("… FM Dar" / "BEIJING, May 16 (Xinhua) --"),
 * so that the two do not run together as one paragraph; a first line that is a sentence stays as it is.
 */
function headlineApart(body: string): string {
  const end = body.indexOf('\n');
  if (end < 0) return body;
  const first = body.slice(0, end).trim();
  const next = body
    .slice(end + 1)
    .split('\n', 1)[0]!
    .trim();
  const headline = first.length > 0 && first.split(/\s+/).length <= HEADLINE_WORDS && !/[.!?:]$/.test(first);
  return headline && next.length > 0 ? `${body.slice(0, end)}\n${body.slice(end)}` : body;
}
