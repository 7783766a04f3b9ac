import type { types } from '@slack/bolt';
import type { AskContext } from '../ask/types.js';
import { newestFirst } from '../ask/answer.js';
import { newestMeetingsFirst } from '../index/meeting-index.js';
import type { Subscription } from '../store/types.js';
import type { Meeting } from '../extract/types.js';
import type { Article } from '../types.js';
import { dateLabel, plural } from './format.js';
import { clipMrkdwn, escapeSlack, literalMrkdwn } from './mrkdwn.js';
import { clipText } from '../text/clip.js';
import { meetingDateLabel, meetingPlace, participantParts } from './meetings.js';
import { formatPartialDate } from '../calendar.js';
import { feedbackHeading, NO_VOTES, NO_WORST, WORST_RATED } from '../ask/messages.js';
import type { FeedbackSummary, RatedQuestion } from './feedback.js';

type Block = types.KnownBlock;

/** Slack's limit on the blocks of a view. */
export const HOME_BLOCK_LIMIT = 100;
/** How many briefings and meetings the Home tab lists. */
export const HOME_LIST = 8;

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: clipText(text, 2900) } });
const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text, emoji: false } });
const context = (text: string): Block => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: clipText(text, 1900) }],
});

/** A briefing in the Home tab's list: "• *Title* — Thu 17 Oct 2024 · `id`". */
const briefingLine = (a: Article): string =>
  `• *${escapeSlack(clipText(a.title, 120))}* — ${escapeSlack(dateLabel(a.published))} · \`${escapeSlack(a.id)}\``;

/** A meeting in the Home tab's list: "• *Wed 14 Jul 2021* · Dushanbe — Qureshi – Lavrov". */
function meetingLine(m: Meeting): string {
  const who = m.participants.map((p) => participantParts(p).name).join(' – ');
  const place = meetingPlace(m);
  const where = place ? ` · ${escapeSlack(clipText(place, 60))}` : '';
  return `• *${escapeSlack(meetingDateLabel(m))}*${where} — ${escapeSlack(clipText(who, 160))}`;
}

/** A channel that gets the digest: "• #channel at 09:00 Asia/Karachi", and why it is paused if it is. */
function subscriptionLine(s: Subscription): string {
  const paused = s.pausedReason ? ` — _paused: ${escapeSlack(s.pausedReason)}_` : '';
  return `• <#${s.channel}> at ${s.time} ${escapeSlack(s.timezone)}${paused}`;
}

/** What the Home tab shows of the votes: over how many days, the counts, and (to editors) the worst-rated questions. */
export interface HomeFeedback {
  days: number;
  summary: FeedbackSummary;
  editor: boolean;
}

/** Longest line of a worst-rated question, so that ten fit in one section. */
const RATED_LINE_CHARS = 280;

/**
 * A worst-rated question: "• 👎 3 · 👍 1 · meetings — “meetings with Russia”", and the last comment below
 * (left out when it would not fit), in at most {@link RATED_LINE_CHARS} characters of mrkdwn.
 */
function ratedLine(q: RatedQuestion): string {
  const question = literalMrkdwn(clipText(q.question, 120));
  const head = `• 👎 ${q.down} · 👍 ${q.up} · ${escapeSlack(clipText(q.kind, 20))} — “${question}”`;
  const comment = q.comment ? `\n      _${literalMrkdwn(clipText(q.comment.replace(/\s+/g, ' '), 120))}_` : '';
  const line = clipMrkdwn(`${head}${comment}`, RATED_LINE_CHARS);
  return line.endsWith('…') && comment ? clipMrkdwn(head, RATED_LINE_CHARS) : line;
}

/** The Home tab's feedback: the counts, and the worst-rated questions when shown to an editor. */
function feedbackBlocks(f: HomeFeedback): Block[] {
  const { up, down, worst } = f.summary;
  const counts = up + down > 0 ? `👍 *${up}* · 👎 *${down}*` : NO_VOTES;
  const blocks: Block[] = [header(feedbackHeading(f.days)), section(counts)];
  if (f.editor && up + down > 0) {
    blocks.push(context(`*${WORST_RATED}*`));
    blocks.push(section(worst.length > 0 ? worst.map(ratedLine).join('\n') : NO_WORST));
  }
  return blocks;
}

/**
 * The App Home: corpus figures, latest briefings and meetings, this workspace's digests, the feedback of the last
 * days when given, and how to use briefbot.
 */
export function buildHomeView(
  ctx: AskContext,
  subscriptions: readonly Subscription[],
  feedback?: HomeFeedback,
): types.HomeView {
  const articles = [...ctx.index.articles.values()];
  const dated = articles
    .filter((a) => a.published)
    .map((a) => formatPartialDate(a.published!))
    .sort();
  const range = dated.length > 0 ? `${dated[0]} to ${dated[dated.length - 1]}` : 'no dated briefings';
  const counts = `*${plural(articles.length, 'briefing')}* · *${plural(ctx.meetings.meetings.length, 'meeting')}*`;
  const figures = `${counts} · ${escapeSlack(range)}`;
  const latest = newestFirst(articles).slice(0, HOME_LIST).map(briefingLine);
  const meetings = newestMeetingsFirst(ctx.meetings.meetings).slice(0, HOME_LIST).map(meetingLine);
  const subs = subscriptions.map(subscriptionLine);
  const blocks: Block[] = [
    header('briefbot'),
    section(figures),
    { type: 'divider' },
    header('Latest briefings'),
    section(latest.length > 0 ? latest.join('\n') : '_No briefings yet._'),
    header('Latest meetings'),
    section(meetings.length > 0 ? meetings.join('\n') : '_No meetings found yet._'),
    header('Daily digests'),
    section(
      subs.length > 0
        ? subs.slice(0, 40).join('\n')
        : '_No channel gets the digest yet._ In a channel: `/brief digest on 09:00 Asia/Karachi`.',
    ),
    ...(feedback ? feedbackBlocks(feedback) : []),
    { type: 'divider' },
    context(
      'Ask in plain words: `/brief When did Qureshi meet Lavrov?` · `/brief meetings with Russia` · ' +
        '`/brief search CASA-1000` · `/brief help`. ' +
        'Mention @briefbot in a channel or send it a DM to get the answer in a thread.',
    ),
  ];
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCK_LIMIT) };
}
