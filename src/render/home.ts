import type { types } from '@slack/bolt';
import type { AskContext } from '../ask/types.js';
import { newestFirst } from '../ask/answer.js';
import { newestMeetingsFirst } from '../index/meeting-index.js';
import type { Subscription } from '../store/types.js';
import type { Meeting } from '../extract/types.js';
import type { Article } from '../types.js';
import { dateLabel, plural } from './format.js';
import { escapeSlack } from './mrkdwn.js';
import { clipText } from '../text/clip.js';
import { meetingDateLabel, meetingPlace, participantParts } from './meetings.js';
import { formatPartialDate } from '../calendar.js';

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

/** The App Home: corpus figures, latest briefings and meetings, this workspace's digests, and how to use briefbot. */
export function buildHomeView(ctx: AskContext, subscriptions: readonly Subscription[]): types.HomeView {
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
    { type: 'divider' },
    context(
      'Ask in plain words: `/brief When did Qureshi meet Lavrov?` · `/brief meetings with Russia` · ' +
        '`/brief search CASA-1000` · `/brief help`. ' +
        'Mention @briefbot in a channel or send it a DM to get the answer in a thread.',
    ),
  ];
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCK_LIMIT) };
}
