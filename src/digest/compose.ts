import type { AskContext } from '../ask/types.js';
import { byDateDesc } from '../ask/answer.js';
import { parsePartialDate, partialDateBounds } from '../calendar.js';
import type { Meeting } from '../extract/types.js';
import { byMeetingDateAsc, byMeetingDateDesc } from '../index/meeting-index.js';
import { clipText } from '../text/clip.js';
import type { Article, PartialDate } from '../types.js';
import type { Digest, DigestBriefing, DigestSection } from './types.js';

/** What composing a channel's digest needs. Every instant is an ISO string; nothing here reads the clock. */
export interface DigestInput {
  /** Articles and meetings. */
  ctx: AskContext;
  /** `YYYY-MM-DD` in the channel's timezone: the digest's day. */
  localDate: string;
  /** IANA timezone of the channel. */
  timezone: string;
  /** ISO instant of the channel's last digest; undefined: only what was first seen in the 24 h before `now` is new. */
  since?: string;
  /** articleId → ISO instant the article was first seen. */
  firstSeen: ReadonlyMap<string, string>;
  /** ISO instant of composing. */
  now: string;
}

/** Most items shown in one section of a digest; the rest are counted in `more`. */
export const DIGEST_SECTION_LIMIT = 10;

/** Longest lede, in characters. */
export const LEDE_MAX_CHARS = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

function instant(text: string, what: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO instant: ${JSON.stringify(text)}`);
  return ms;
}

function section<T>(all: readonly T[]): DigestSection<T> {
  return { items: all.slice(0, DIGEST_SECTION_LIMIT), more: Math.max(0, all.length - DIGEST_SECTION_LIMIT) };
}

/** A dateline at the start of a paragraph: "ISLAMABAD: ", "BISHKEK, Oct 25 (APP) – ". */
const DATELINE = /^[A-Z][A-Z .'’-]{2,30}(?:,[^:–—]{1,40})?\s*[:–—]\s+/;

/**
 * The first sentence of an article's first non-heading paragraph, without a dateline, clipped at a word boundary.
 * @example ledeOf(article)
 *   // → 'Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, …'
 */
export function ledeOf(article: Article, max = LEDE_MAX_CHARS): string {
  const p = article.paragraphs.find((x) => !x.heading && x.text.trim() !== '');
  if (!p) return '';
  const first = (p.sentences[0]?.text ?? p.text).replace(/\s+/g, ' ').trim();
  const bare = first.replace(DATELINE, '');
  return clipText(bare === '' ? first : bare, max);
}

/**
 * True when a date could still fall after the local day: its last possible day is later (2021-09 is ahead on
 * 2021-09-01).
 */
export function isAhead(date: PartialDate, localDate: string): boolean {
  return partialDateBounds(date)[1] > localDate;
}

/** True when a held meeting is on the local day's month and day in an earlier year. */
export function isOnThisDay(m: Meeting, local: PartialDate): boolean {
  const d = m.date;
  return (
    m.status === 'held' && d?.day !== undefined && d.month === local.month && d.day === local.day && d.year < local.year
  );
}

/**
 * Compose a channel's digest for its local date: the briefings first seen since the last digest and the meetings
 * they report, planned meetings still ahead, and meetings held on this day in earlier years. Undefined when all four
 * are empty. Pure: the clock and the store are the caller's.
 * @example
 * composeDigest({ ctx, localDate: '2025-07-14', timezone: 'Asia/Karachi', firstSeen: new Map(), now })
 *   ?.onThisDay.items.length // → 2
 */
export function composeDigest(input: DigestInput): Digest | undefined {
  const local = parsePartialDate(input.localDate);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.localDate) || local?.day === undefined) {
    throw new RangeError(`localDate is not a YYYY-MM-DD date: ${JSON.stringify(input.localDate)}`);
  }
  const now = instant(input.now, 'now');
  const since = input.since !== undefined ? instant(input.since, 'since') : now - DAY_MS;
  const { articles } = input.ctx.index;
  const { meetings, countByArticle } = input.ctx.meetings;

  const fresh: Article[] = [];
  for (const [id, seen] of input.firstSeen) {
    const article = articles.get(id);
    const at = Date.parse(seen);
    if (article && !Number.isNaN(at) && at > since && at <= now) fresh.push(article);
  }
  fresh.sort(byDateDesc);
  const briefings: DigestBriefing[] = fresh.map((a) => ({
    articleId: a.id,
    file: a.file,
    title: a.title,
    published: a.published,
    lede: ledeOf(a),
    meetings: countByArticle.get(a.id) ?? 0,
  }));

  const freshIds = new Set(fresh.map((a) => a.id));
  const reported = meetings.filter((m) => m.sources.some((s) => freshIds.has(s.articleId))).sort(byMeetingDateDesc);
  const comingUp = meetings
    .filter((m) => m.status === 'planned' && m.date !== undefined && isAhead(m.date, input.localDate))
    .sort(byMeetingDateAsc);
  const onThisDay = meetings.filter((m) => isOnThisDay(m, local)).sort(byMeetingDateDesc);

  if (briefings.length + reported.length + comingUp.length + onThisDay.length === 0) return undefined;
  return {
    localDate: input.localDate,
    timezone: input.timezone,
    newBriefings: section(briefings),
    meetings: section(reported),
    comingUp: section(comingUp),
    onThisDay: section(onThisDay),
    figures: { briefings: articles.size, meetings: meetings.length },
  };
}
