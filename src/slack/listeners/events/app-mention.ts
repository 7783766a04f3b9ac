/**
 * A mention of briefbot in a channel: answered in its thread, with the thread's earlier question in mind; files shared
 * with the mention are added to the briefings; a date in reply to a briefing added undated dates it. In a channel
 * BRIEFBOT_CHANNELS leaves out, the person is told once, privately, where briefbot answers.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { notHereNotice } from '../../../ask/messages.js';
import { buildNoticeMessage } from '../../../render/blocks.js';
import { addedThreadKey, addFilesInThread, dateFromReply } from '../../briefings.js';
import { slackFilesOf } from '../../download.js';
import { converse, stripMentions } from '../../handlers.js';
import { rateAnswers } from '../../feedback.js';
import { firstNote, firstTime, firstTimeMessage, isGroupDm } from '../../memory.js';
import { postInConversation } from '../../reach.js';
import { answersMentionsIn } from '../../route.js';
import { sendWeb } from '../../send.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type AppMentionArgs = Pick<
  SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs,
  'event' | 'body' | 'client'
>;

/**
 * The mention listener: answer once per event and message (not a bot's), in the mention's thread; when the thread
 * will not take the answer, send it to whoever asked another way, saying why. Outside the channels it answers in, tell
 * the person once where it does.
 */
export function appMention(deps: ListenerDeps): (args: AppMentionArgs) => Promise<void> {
  return async ({ event, body, client }) => {
    const now = deps.clock();
    if (event.bot_id || !firstTime(deps.store, body.event_id, now)) return;
    const direct = event.channel.startsWith('D') || isGroupDm(deps.store, event.channel, now);
    if (!direct && !answersMentionsIn(deps.channels, event.channel)) {
      if (!event.user || !firstNote(deps.store, event.channel, event.user, now)) return;
      const user = event.user;
      const note = buildNoticeMessage({ text: notHereNotice(deps.channels), channels: deps.channels });
      const sent = await sendWeb(() => client.chat.postEphemeral({ channel: event.channel, user, ...note }));
      if (!sent.ok) deps.logger.warn(`could not tell ${user} where briefbot answers (in ${event.channel})`);
      return;
    }
    // The same message may come as a group DM's `message` too: whichever comes first is answered.
    if (!firstTimeMessage(deps.store, event.channel, event.ts, now)) return;
    // In a channel the answer goes in the mention's thread; in a DM or group DM, where the mention was (as a DM's).
    const thread = direct ? event.thread_ts : (event.thread_ts ?? event.ts);
    const where = thread ?? 'dm';
    const user = event.user ? { user: event.user } : {};
    const to = { channel: event.channel, inChannel: !direct, ...(thread ? { thread } : {}), ...user };
    const files = slackFilesOf((event as { files?: unknown }).files);
    if (files.length > 0 && event.user) {
      const own = thread ?? event.ts;
      const keys = [addedThreadKey(event.channel, own), ...(direct ? [addedThreadKey(event.channel, 'dm')] : [])];
      const from = { user: event.user, channel: event.channel, ts: event.ts, inChannel: !direct };
      await addFilesInThread(deps, client, from, files, { ...to, thread: own }, keys);
      return;
    }
    const text = stripMentions(event.text);
    const dated =
      (event.thread_ts || direct) && event.user
        ? await dateFromReply(deps.briefings, addedThreadKey(event.channel, where), event.user, text, !!thread)
        : undefined;
    const rate = rateAnswers(deps, { surface: direct ? 'dm' : 'thread', channel: event.channel });
    const answers = dated ?? [converse(deps, text, `${event.channel}:${where}`, rate)];
    for (const answer of answers)
      await postInConversation(deps, client, to, answer, 'the answer to a mention', 'answer a mention');
  };
}
