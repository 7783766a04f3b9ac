import type { types } from '@slack/bolt';
import type { Answer, AnswerOf, Paging, SourceRow } from '../ask/types.js';
import type { Citation, CorpusWarning } from '../types.js';
import type { Notice } from '../digest/types.js';
import { HELP_LINES, NO_SUGGESTION_TIPS, NOTHING_MATCHED, PARTIAL_MATCH } from '../ask/messages.js';
import { CSV_ACTION, encodeButtonValue, PAGE_ACTION, SHARE_ACTION } from './buttons.js';
import { voteButtons } from './feedback.js';
import { citationParts, dateLabel, pageLabel, pageSuffix, plural, TITLE_MAX_CHARS } from './format.js';
import { fitMessage, SLACK_LIMITS, type SlackMessage } from './limits.js';
import { escapeSlack, excerptMrkdwn, slackLink } from './mrkdwn.js';
import { clipText } from '../text/clip.js';
import { KIND_LABELS, meetingDateLabel, meetingPlace, participantParts } from './meetings.js';
import { DATE_NOT_STATED, NO_MEETINGS } from '../ask/messages.js';
import type { MeetingItem } from '../ask/types.js';

type Block = types.KnownBlock;

/** Slack ids briefbot may write a reference to: users (and enterprise users), channels (public, private, DMs). */
const USER_ID = /^[UW][A-Z0-9]{1,20}$/;
const CHANNEL_ID = /^[CGD][A-Z0-9]{1,20}$/;

/**
 * How a message is meant to be shown: with Share and paging buttons (the private answer) or not (shared by someone,
 * in a thread), and with 👍 and 👎 buttons when it has an id to rate it by.
 */
export interface RenderOptions {
  interactive: boolean;
  /** Slack user id of who shared the answer in the channel. */
  sharedBy?: string;
  /** The answer's id, carried by its 👍 and 👎 buttons; without it, there are none. */
  feedback?: string;
}

const mrkdwnSection = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (...texts: string[]): Block => ({
  type: 'context',
  elements: texts.filter(Boolean).map((text) => ({ type: 'mrkdwn' as const, text })),
});
const header = (text: string): Block => ({
  type: 'header',
  text: { type: 'plain_text', text: escapeSlack(clipText(text, SLACK_LIMITS.headerText)), emoji: false },
});
const title = (t: string): string => escapeSlack(clipText(t, TITLE_MAX_CHARS));
/** " · <url|source>" after a line when there is a link to the source, or nothing. */
const sourceLink = (url: string | undefined): string => (url ? ` · ${slackLink(url, 'source')}` : '');

/** A citation line: `[n] title · date · file · ¶N`, and a link to the source when the article has one. */
export function buildCitationText(c: Citation): string {
  const [n, t, ...rest] = citationParts(c);
  const parts = [n!, title(t!), ...rest.map(escapeSlack)];
  return `${parts[0]} ${parts.slice(1).join(' · ')}${sourceLink(c.url)}`;
}

function button(
  text: string,
  actionId: string,
  command: string,
  page: number,
  primary = false,
): types.Button | undefined {
  const value = encodeButtonValue({ command, page });
  if (!value) return undefined;
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: false },
    action_id: actionId,
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/** The label of the button that sends a list of meetings as a CSV file. */
export const EXPORT_CSV_LABEL = 'Export CSV';

/**
 * The buttons under an answer: Share in channel and paging when there is more than one page (a private answer),
 * Export CSV under meetings and timelines that list any, and 👍 and 👎 when the answer has an id (`feedback`).
 */
export function buildAnswerActions(
  answer: Answer & Partial<Paging>,
  opts: Pick<RenderOptions, 'interactive' | 'feedback'> = { interactive: true },
): Block | undefined {
  const { command, page = 1, pageCount = 1 } = answer;
  const more = answer.kind === 'search' || answer.kind === 'meetings' ? 'More results' : 'Next page';
  const paging = opts.interactive
    ? [
        button('Share in channel', SHARE_ACTION, command, page, true),
        page > 1 ? button('Previous', `${PAGE_ACTION}_prev`, command, page - 1) : undefined,
        page < pageCount ? button(more, `${PAGE_ACTION}_next`, command, page + 1) : undefined,
      ]
    : [];
  const exportable = answer.kind === 'meetings' && answer.total > 0 && (opts.interactive || opts.feedback);
  const elements = [
    ...paging,
    exportable ? button(EXPORT_CSV_LABEL, CSV_ACTION, command, 1) : undefined,
    ...(opts.feedback ? voteButtons(opts.feedback) : []),
  ].filter((b): b is types.Button => b !== undefined);
  return elements.length > 0 ? { type: 'actions', elements } : undefined;
}

function searchBlocks(a: AnswerOf<'search'>): Block[] {
  const range = a.rangeText ? ` (${escapeSlack(a.rangeText)})` : '';
  const query = escapeSlack(clipText(a.query, 200));
  if (a.total === 0) {
    const tips =
      a.suggestions.length > 0
        ? `Did you mean ${a.suggestions.map((s) => `\`${escapeSlack(s)}\``).join(' or ')}?`
        : NO_SUGGESTION_TIPS;
    return [mrkdwnSection(`${NOTHING_MATCHED} \`${query}\`${range}. ${tips}`)];
  }
  const summary = `*${plural(a.total, 'briefing')}* match \`${query}\`${range}${pageSuffix(a.page, a.pageCount)}`;
  const blocks: Block[] = [mrkdwnSection(summary)];
  if (a.partial) blocks.push(context(PARTIAL_MATCH));
  a.items.forEach((item, i) => {
    const also =
      item.alsoParagraphs.length > 0
        ? ` · also ${item.alsoParagraphs
            .slice(0, 8)
            .map((p) => `¶${p}`)
            .join(', ')}`
        : '';
    blocks.push(mrkdwnSection(`*${title(item.title)}*\n${excerptMrkdwn(item.excerpt)}`));
    blocks.push(context(`${buildCitationText(a.citations[i]!)}${also}`));
  });
  return blocks;
}

/** Group lines into sections of at most `max` characters. */
export function chunkLines(lines: string[], max = SLACK_LIMITS.sectionText - 100): string[] {
  const chunks: string[] = [];
  for (const line of lines) {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && last.length + line.length + 1 <= max) chunks[chunks.length - 1] = `${last}\n${line}`;
    else chunks.push(line);
  }
  return chunks;
}

/** One briefing of `/brief sources`: title, date, id, how many paragraphs and meetings, and its source link. */
function sourceRowMrkdwn(r: SourceRow): string {
  const date = escapeSlack(dateLabel(r.published));
  const counts = `${plural(r.paragraphs, 'paragraph')} · ${plural(r.meetings, 'meeting')}`;
  return `• *${title(r.title)}* — ${date} · \`${escapeSlack(r.id)}\` · ${counts}${sourceLink(r.url)}`;
}

function sourcesBlocks(a: AnswerOf<'sources'>): Block[] {
  const lines = a.rows.map(sourceRowMrkdwn);
  const blocks: Block[] = [header(`Briefings (${a.total})`), ...chunkLines(lines).map(mrkdwnSection)];
  if (a.pageCount > 1) blocks.push(context(pageLabel(a.page, a.pageCount)));
  const skipped = a.warnings.filter((w) => !w.loaded);
  const noted = a.warnings.filter((w) => w.loaded);
  if (skipped.length > 0) blocks.push(context(warningsLine(skipped, 'not loaded')));
  if (noted.length > 0) blocks.push(context(warningsLine(noted, 'loaded with a note')));
  return blocks;
}

/** "2 files not loaded: `a.md`: empty file; …": the first five, each clipped. */
function warningsLine(warnings: readonly CorpusWarning[], what: string): string {
  const shown = warnings
    .slice(0, 5)
    .map((w) => `\`${escapeSlack(clipText(w.file, 80))}\`: ${escapeSlack(clipText(w.reason, 120))}`);
  return `${plural(warnings.length, 'file')} ${what}: ${shown.join('; ')}${warnings.length > 5 ? '; …' : ''}`;
}

/** Split escaped text into pieces of at most `max` characters, at spaces (entities hold none). */
export function splitAtSpaces(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    let at = space > max / 2 ? space : max - (rest.slice(0, max).match(/&[a-z]*$/)?.[0].length ?? 0);
    if (/[\uD800-\uDBFF]/.test(rest.charAt(at - 1))) at -= 1;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  return [...pieces, rest];
}

function sourceBlocks(a: AnswerOf<'source'>): Block[] {
  const { article } = a;
  const meta = [
    escapeSlack(dateLabel(article.published)),
    `\`${escapeSlack(article.file)}\``,
    pageLabel(a.page, a.pageCount),
  ].filter(Boolean);
  const blocks: Block[] = [
    header(clipText(article.title, SLACK_LIMITS.headerText)),
    context(`${meta.join(' · ')}${sourceLink(article.source)}`),
  ];
  for (const p of a.paragraphs) {
    const text = escapeSlack(p.text);
    splitAtSpaces(p.heading ? `*${text}*` : text, SLACK_LIMITS.sectionText - 20).forEach((piece, i) => {
      blocks.push(mrkdwnSection(i === 0 ? `\`¶${p.n}\` ${piece}` : piece));
    });
  }
  return blocks;
}

/** One meeting as mrkdwn: date and place, who met whom, event, topics, the evidence. */
export function buildMeetingText(item: MeetingItem, firstSentence: string | undefined): string {
  const m = item.meeting;
  const people = m.participants.map((p) => {
    const { name, role } = participantParts(p);
    return `*${escapeSlack(clipText(name, 80))}*${role ? ` (${escapeSlack(clipText(role, 120))})` : ''}`;
  });
  const place = meetingPlace(m);
  const where = place ? ` · ${escapeSlack(clipText(place, 120))}` : '';
  const lines = [
    `*${escapeSlack(meetingDateLabel(m))}*${where} · ${KIND_LABELS[m.kind]}`,
    people.length > 1 ? `${people[0]} with ${people.slice(1).join(', ')}` : people.join(''),
    ...(m.event ? [`_at_ ${escapeSlack(clipText(m.event, 200))}`] : []),
    ...(m.topics.length > 0 ? [`Topics: ${escapeSlack(clipText(m.topics.join(', '), 400))}`] : []),
    ...(firstSentence ? [`> ${escapeSlack(clipText(firstSentence, 300))}`] : []),
  ];
  return lines.join('\n');
}

function meetingsBlocks(a: AnswerOf<'meetings'>): Block[] {
  const description = escapeSlack(clipText(a.description, 200));
  if (a.total === 0)
    return [mrkdwnSection(`${NO_MEETINGS}: ${description}. Try fewer filters, or \`/brief search\` for any mention.`)];
  const blocks: Block[] = [
    mrkdwnSection(`*${description}* — ${plural(a.total, 'meeting')}${pageSuffix(a.page, a.pageCount)}`),
  ];
  let undatedShown = false;
  for (const item of a.items) {
    if (!item.meeting.date && !undatedShown) {
      blocks.push({ type: 'divider' }, context(`*${DATE_NOT_STATED}*`));
      undatedShown = true;
    }
    blocks.push(mrkdwnSection(buildMeetingText(item, item.meeting.sources[0]?.sentence)));
    const cites = item.citations
      .map((n) => a.citations.find((c) => c.n === n))
      .filter((c) => c !== undefined)
      .map(buildCitationText);
    const basis = item.meeting.dateBasis ? `date ${escapeSlack(item.meeting.dateBasis)}` : '';
    blocks.push(context(...[basis, ...cites].slice(0, 10)));
  }
  return blocks;
}

function questionBlocks(a: AnswerOf<'question'>): Block[] {
  const blocks: Block[] = [mrkdwnSection(escapeSlack(clipText(a.text, 2500)))];
  for (const e of a.evidence) blocks.push(mrkdwnSection(`> ${excerptMrkdwn(e.segments)} [${e.n}]`));
  const cites = a.citations.map(buildCitationText);
  if (cites.length > 0) blocks.push(...chunkLines(cites, SLACK_LIMITS.contextText - 100).map((text) => context(text)));
  return blocks;
}

function bodyBlocks(answer: Answer): Block[] {
  switch (answer.kind) {
    case 'help':
      return [
        header('briefbot help'),
        mrkdwnSection(HELP_LINES.map(([cmd, what]) => `\`${escapeSlack(cmd)}\` — ${escapeSlack(what)}`).join('\n')),
      ];
    case 'error':
      return [mrkdwnSection(`:warning: ${escapeSlack(answer.message)}`)];
    case 'search':
      return searchBlocks(answer);
    case 'sources':
      return sourcesBlocks(answer);
    case 'source':
      return sourceBlocks(answer);
    case 'meetings':
      return meetingsBlocks(answer);
    case 'question':
      return questionBlocks(answer);
  }
}

/** A mention of a Slack user id, or the id escaped when it is not one. */
export const mentionUser = (id: string): string => (USER_ID.test(id) ? `<@${id}>` : escapeSlack(id));

/** Plain fallback text of an answer, for notifications and screen readers. */
export function fallbackText(answer: Answer): string {
  switch (answer.kind) {
    case 'help':
      return 'briefbot help';
    case 'error':
      return escapeSlack(answer.message);
    case 'search':
      return answer.total === 0
        ? `${NOTHING_MATCHED} ${escapeSlack(clipText(answer.query, 200))}`
        : `${plural(answer.total, 'briefing')} match ${escapeSlack(clipText(answer.query, 200))}`;
    case 'sources':
      return `Briefings (${answer.total})`;
    case 'source':
      return escapeSlack(clipText(answer.article.title, TITLE_MAX_CHARS));
    case 'meetings':
      return `${escapeSlack(clipText(answer.description, 200))}: ${plural(answer.total, 'meeting')}`;
    case 'question':
      return escapeSlack(clipText(answer.text, 1000));
  }
}

/**
 * An answer as a Slack message: Block Kit within Slack's limits, every piece of user and article text escaped.
 * Interactive answers get Share and paging buttons; a shared answer says who shared it and what was asked; meetings
 * get Export CSV, and an answer with an id 👍 and 👎 (see {@link buildAnswerActions}).
 */
export function buildAnswerMessage(answer: Answer, opts: RenderOptions): SlackMessage {
  const blocks: Block[] = [];
  if (opts.sharedBy)
    blocks.push(
      context(`${mentionUser(opts.sharedBy)} shared \`/brief ${escapeSlack(clipText(answer.command, 200))}\``),
    );
  if (answer.notice) blocks.push(context(escapeSlack(answer.notice)));
  blocks.push(...bodyBlocks(answer));
  const actions = answer.kind !== 'help' && answer.kind !== 'error' ? buildAnswerActions(answer, opts) : undefined;
  if (actions) blocks.push(actions);
  return fitMessage({ text: fallbackText(answer), blocks });
}

/**
 * A notice's text as mrkdwn: escaped whole ({@link escapeSlack}), then the mentions and channel names it makes on
 * purpose (its `users` and `channels`, when they are Slack ids) written back as Slack reads them.
 * @example noticeMrkdwn({ text: '<@U1> said <!here>', users: ['U1'] }) // → '<@U1> said &lt;!here&gt;'
 */
export function noticeMrkdwn(notice: Notice): string {
  let text = escapeSlack(notice.text);
  for (const id of (notice.users ?? []).filter((u) => USER_ID.test(u)))
    text = text.replaceAll(`&lt;@${id}&gt;`, `<@${id}>`);
  for (const id of (notice.channels ?? []).filter((c) => CHANNEL_ID.test(c)))
    text = text.replaceAll(`&lt;#${id}&gt;`, `<#${id}>`);
  return text;
}

/**
 * Words of briefbot's own (an apology, a refusal, a digest setting echoed back, an announcement, a DM) as a Slack
 * message: the one way such words reach Slack, so that whatever of the user's text they hold is escaped (a `<!channel>`
 * typed after `/brief digest` is shown, not sent) and the message fits Slack's limits however long that text is.
 */
export function buildNoticeMessage(notice: string | Notice): SlackMessage {
  const text = noticeMrkdwn(typeof notice === 'string' ? { text: notice } : notice);
  return fitMessage({ text, blocks: [mrkdwnSection(text)] });
}

/**
 * A message with a notice of briefbot's own above it (why it comes this way, what to do), within Slack's limits:
 * the notice built as {@link buildNoticeMessage} builds it, the message's blocks below, its buttons kept.
 */
export function buildNoticeAbove(notice: Notice, message: SlackMessage): SlackMessage {
  const text = noticeMrkdwn(notice);
  return fitMessage({ text: `${text}\n${message.text}`, blocks: [mrkdwnSection(text), ...message.blocks] });
}
