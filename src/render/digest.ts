import type { types } from '@slack/bolt';
import { formatHumanDate, formatPartialDate, parsePartialDate } from '../calendar.js';
import type { Digest, DigestBriefing, DigestSection } from '../digest/types.js';
import type { Meeting } from '../extract/types.js';
import { meetingJson } from './json.js';
import type { PartialDate } from '../types.js';
import { chunkLines } from './blocks.js';
import { dateLabel, plural, TITLE_MAX_CHARS } from './format.js';
import { blockChars, fitMessage, SLACK_LIMITS, type SlackMessage } from './limits.js';
import { meetingDateLabel, meetingPlace, participantParts } from './meetings.js';
import { clipMrkdwn, escapeSlack } from './mrkdwn.js';
import { clipText } from '../text/clip.js';
import { plainText } from './text.js';
import { voteButtons } from './feedback.js';

type Block = types.KnownBlock;

/** What the footer says about turning the digest off. */
export const DIGEST_OFF_HINT = 'Turn this off with `/brief digest off`';

/** Longest lede shown, in characters (a composed lede is shorter; hand-built ones may not be). */
const LEDE_SHOWN_CHARS = 300;
/** Most participants named in one meeting line. */
const PEOPLE_SHOWN = 4;
/** Longest line of one item, in characters of mrkdwn. */
const ITEM_MAX_CHARS = 2000;

type SectionKey = 'newBriefings' | 'meetings' | 'comingUp' | 'onThisDay';
const SECTION_KEYS: readonly SectionKey[] = ['newBriefings', 'meetings', 'comingUp', 'onThisDay'];

/** The heading of each digest section. */
export const DIGEST_SECTION_TITLES: Readonly<Record<SectionKey, string>> = {
  newBriefings: 'New briefings',
  meetings: 'Meetings reported',
  comingUp: 'Coming up',
  onThisDay: 'On this day',
};

const iso = (d: PartialDate | undefined): string | null => (d ? formatPartialDate(d) : null);

/** The digest's local date in words: "Thu 17 Oct 2024" (the text itself when it is not a date). */
export function digestDateLabel(localDate: string): string {
  const d = parsePartialDate(localDate);
  return d ? formatHumanDate(d) : localDate;
}

/** "Briefing digest · Thu 17 Oct 2024". */
export const digestTitle = (d: Digest): string => `Briefing digest · ${digestDateLabel(d.localDate)}`;

const total = (s: { items: readonly unknown[]; more: number }): number => s.items.length + s.more;

/** "4 years ago" for a meeting on this day. */
function yearsAgo(m: Meeting, localDate: string): string {
  const year = parsePartialDate(localDate)?.year;
  if (year === undefined || !m.date) return '';
  const n = year - m.date.year;
  return n > 0 ? plural(n, 'year') + ' ago' : '';
}

/**
 * The command that lists the items of a section beyond those shown. Sections are newest first (coming up soonest
 * first), so everything not shown is dated on or before the last one shown: `until <its date>` finds them.
 */
export function moreCommand(d: Digest, key: SectionKey, shown: number): string {
  if (key === 'newBriefings') return '/brief sources';
  if (key === 'comingUp') return '/brief meetings planned';
  const s = d[key];
  if (key === 'meetings' && total(d.newBriefings) === 1 && d.newBriefings.items[0])
    return `/brief source ${d.newBriefings.items[0].articleId}`;
  const anchor = s.items[Math.max(0, shown - 1)] ?? s.items[0];
  if (anchor?.date) return `/brief meetings until ${formatPartialDate(anchor.date)}`;
  return key === 'onThisDay' ? `/brief meetings before ${d.localDate}` : '/brief sources';
}

/** "and 5 more — `/brief sources`", escaped for mrkdwn. */
const moreMrkdwn = (n: number, command: string): string => `and ${n} more — \`${escapeSlack(command)}\``;

function briefingMrkdwn(b: DigestBriefing): string {
  const title = escapeSlack(clipText(b.title, TITLE_MAX_CHARS));
  const head = `• *${title}* — ${escapeSlack(dateLabel(b.published))} · ${plural(b.meetings, 'meeting')}`;
  const lede = b.lede.trim() ? `\n${escapeSlack(clipText(b.lede.replace(/\s+/g, ' ').trim(), LEDE_SHOWN_CHARS))}` : '';
  return clipMrkdwn(`${head}${lede}`, ITEM_MAX_CHARS);
}

/** Who met whom, as raw text pieces: ["Shah Mahmood Qureshi", "Sergey Lavrov"] and how many more. */
function people(m: Meeting): { names: string[]; others: number } {
  const names = m.participants.slice(0, PEOPLE_SHOWN).map((p) => clipText(participantParts(p).name, 80));
  return { names, others: Math.max(0, m.participants.length - PEOPLE_SHOWN) };
}

/** Who met whom from names already marked up: "A with B, C and 2 others", "A", or nothing. */
function withWhom(who: readonly string[], others: number): string {
  if (who.length <= 1) return who.join('');
  return `${who[0]} with ${who.slice(1).join(', ')}${others ? ` and ${plural(others, 'other')}` : ''}`;
}

/** One meeting on one line: "*Wed 14 Jul 2021* · Dushanbe — *Qureshi* with *Lavrov*", with its event. */
export function meetingLineMrkdwn(m: Meeting, suffix = ''): string {
  const place = meetingPlace(m);
  const { names, others } = people(m);
  const who = names.map((n) => `*${escapeSlack(n)}*`);
  const whoText = withWhom(who, others);
  const line = [
    `• *${escapeSlack(meetingDateLabel(m))}*${suffix ? ` (${escapeSlack(suffix)})` : ''}`,
    place ? ` · ${escapeSlack(clipText(place, 120))}` : '',
    whoText ? ` — ${whoText}` : '',
    m.event ? ` · _${escapeSlack(clipText(m.event, 120).replace(/_/g, ' '))}_` : '',
  ].join('');
  return clipMrkdwn(line, ITEM_MAX_CHARS);
}

function itemLines(d: Digest, key: SectionKey): string[] {
  if (key === 'newBriefings') return d.newBriefings.items.map(briefingMrkdwn);
  const suffix = (m: Meeting): string => (key === 'onThisDay' ? yearsAgo(m, d.localDate) : '');
  return d[key].items.map((m) => meetingLineMrkdwn(m, suffix(m)));
}

const mrkdwnSection = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const contextBlock = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

/** The blocks of one section showing its first `shown` lines: heading and items in sections, then "and N more". */
function sectionBlocks(d: Digest, key: SectionKey, lines: readonly string[], shown: number): Block[] {
  const all = total(d[key]);
  if (all === 0) return [];
  const heading = `*${DIGEST_SECTION_TITLES[key]}* (${all})`;
  const blocks = chunkLines([heading, ...lines.slice(0, shown)]).map(mrkdwnSection);
  const rest = all - Math.min(shown, lines.length);
  if (rest > 0) blocks.push(contextBlock(moreMrkdwn(rest, moreCommand(d, key, shown))));
  return blocks;
}

/** The corpus figures of the footer: "5 briefings · 12 meetings in the corpus". */
const corpusFigures = (f: Digest['figures']): string =>
  `${plural(f.briefings, 'briefing')} · ${plural(f.meetings, 'meeting')} in the corpus`;

function footerText(d: Digest): string {
  return `${corpusFigures(d.figures)} · ${escapeSlack(clipText(d.timezone, 60))} · ${DIGEST_OFF_HINT}`;
}

function fallback(d: Digest): string {
  const parts = SECTION_KEYS.filter((k) => total(d[k]) > 0).map(
    (k) => `${DIGEST_SECTION_TITLES[k].toLowerCase()} ${total(d[k])}`,
  );
  return escapeSlack(`${digestTitle(d)}: ${parts.join(', ') || 'nothing new'}`);
}

const chars = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + blockChars(b), 0);

/**
 * A digest as a Slack message: a header with the local date, one part a non-empty section ("New briefings",
 * "Meetings reported", "Coming up", "On this day") each with "and N more — `command`", and a footer with the corpus
 * figures and how to turn the digest off. Everything escaped; when it would not fit in one message, the longest
 * sections show fewer items (and say so in "and N more") so the footer is never cut. With the digest's id
 * (`feedback`), 👍 and 👎 buttons follow the footer.
 */
export function buildDigestMessage(digest: Digest, feedback?: string): SlackMessage {
  const header: Block = {
    type: 'header',
    text: {
      type: 'plain_text',
      text: escapeSlack(clipText(digestTitle(digest), SLACK_LIMITS.headerText)),
      emoji: false,
    },
  };
  const footer = contextBlock(footerText(digest));
  const lines = Object.fromEntries(SECTION_KEYS.map((k) => [k, itemLines(digest, k)])) as Record<SectionKey, string[]>;
  const shown = Object.fromEntries(SECTION_KEYS.map((k) => [k, lines[k].length])) as Record<SectionKey, number>;
  const parts = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, sectionBlocks(digest, k, lines[k], shown[k])]),
  ) as Record<SectionKey, Block[]>;
  const votes: Block[] = feedback ? [{ type: 'actions', elements: voteButtons(feedback) }] : [];
  const assemble = (): Block[] => [header, ...SECTION_KEYS.flatMap((k) => parts[k]), footer, ...votes];
  const fits = (blocks: Block[]): boolean =>
    blocks.length <= SLACK_LIMITS.blocks && chars(blocks) <= SLACK_LIMITS.totalChars - 200;
  let blocks = assemble();
  while (!fits(blocks)) {
    const largest = SECTION_KEYS.filter((k) => shown[k] > 0).sort(
      (a, b) => chars(parts[b]) - chars(parts[a]) || parts[b].length - parts[a].length,
    )[0];
    if (!largest) break;
    shown[largest] -= 1;
    parts[largest] = sectionBlocks(digest, largest, lines[largest], shown[largest]);
    blocks = assemble();
  }
  return fitMessage({ text: fallback(digest), blocks });
}

/** One meeting as a line of plain text: "  Wed 14 Jul 2021 · Dushanbe — Qureshi with Lavrov", with its event. */
function meetingLineText(m: Meeting, suffix: string): string {
  const place = meetingPlace(m);
  const { names, others } = people(m);
  const whoText = withWhom(names.map(plainText), others);
  return [
    `  ${meetingDateLabel(m)}`,
    suffix ? ` (${suffix})` : '',
    place ? ` · ${plainText(place)}` : '',
    whoText ? ` — ${whoText}` : '',
    m.event ? ` · ${plainText(m.event)}` : '',
  ].join('');
}

/** A digest as plain text for the console and the CLI. */
export function renderDigestText(digest: Digest): string {
  const lines = [digestTitle(digest)];
  for (const key of SECTION_KEYS) {
    const s = digest[key];
    if (total(s) === 0) continue;
    lines.push('', `${DIGEST_SECTION_TITLES[key]} (${total(s)})`);
    if (key === 'newBriefings') {
      for (const b of digest.newBriefings.items) {
        lines.push(`  ${plainText(b.title)} — ${dateLabel(b.published)} · ${plural(b.meetings, 'meeting')}`);
        if (b.lede.trim()) lines.push(`    ${plainText(b.lede)}`);
      }
    } else {
      for (const m of digest[key].items)
        lines.push(meetingLineText(m, key === 'onThisDay' ? yearsAgo(m, digest.localDate) : ''));
    }
    if (s.more > 0) lines.push(`  and ${s.more} more — ${moreCommand(digest, key, s.items.length)}`);
  }
  lines.push(
    '',
    `${corpusFigures(digest.figures)} · ${plainText(digest.timezone)} · ${DIGEST_OFF_HINT.replace(/`/g, '')}`,
  );
  return lines.join('\n');
}

/** A digest as the CLI's JSON: every key present, dates as `YYYY-MM-DD` (`YYYY-MM`, `YYYY`) or null. */
export function digestJson(digest: Digest): unknown {
  const meetings = (s: DigestSection<Meeting>): unknown => ({ items: s.items.map(meetingJson), more: s.more });
  return {
    localDate: digest.localDate,
    timezone: digest.timezone,
    newBriefings: {
      items: digest.newBriefings.items.map((b) => ({
        articleId: b.articleId,
        file: b.file,
        title: b.title,
        published: iso(b.published),
        lede: b.lede,
        meetings: b.meetings,
      })),
      more: digest.newBriefings.more,
    },
    meetings: meetings(digest.meetings),
    comingUp: meetings(digest.comingUp),
    onThisDay: meetings(digest.onThisDay),
    figures: { briefings: digest.figures.briefings, meetings: digest.figures.meetings },
  };
}
