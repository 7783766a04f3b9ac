/**
 * A direct message or a group DM's message to briefbot: answered in the conversation (in its thread, when it is in
 * one); files shared there are added to the briefings, and a date given in reply to one added undated dates it.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { addedThreadKey, addFilesInThread, dateFromReply } from '../../briefings.js';
import { converse, stripMentions } from '../../handlers.js';
import { rateAnswers } from '../../feedback.js';
import { firstTime, firstTimeMessage, rememberGroupDm } from '../../memory.js';
import { postInConversation } from '../../reach.js';
import { directMessageFiles, directMessageText, type MessageEventLike } from '../../route.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type DirectMessageArgs = Pick<
  SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs,
  'message' | 'body' | 'client'
>;

/** The DM listener: answer a person's own new message in an IM or a group DM, once per event and message. */
export function directMessage(deps: ListenerDeps): (args: DirectMessageArgs) => Promise<void> {
  return async ({ message, body, client }) => {
    const dm: MessageEventLike & { user?: string; ts?: string } = message;
    const text = directMessageText(dm);
    const files = directMessageFiles(dm);
    if (text === undefined && files.length === 0) return;
    const now = deps.clock();
    if (!firstTime(deps.store, body.event_id, now)) return;
    if (dm.channel_type === 'mpim') rememberGroupDm(deps.store, message.channel, now);
    // A mention in a group DM may come as an `app_mention` too: whichever comes first is answered.
    if (dm.ts && !firstTimeMessage(deps.store, message.channel, dm.ts, now)) return;
    const thread = dm.thread_ts || undefined;
    const to = { channel: message.channel, inChannel: false, ...(thread ? { thread } : {}) };
    const conversation = addedThreadKey(message.channel, thread ?? 'dm');
    if (files.length > 0 && dm.user && dm.ts) {
      const keys = [addedThreadKey(message.channel, thread ?? dm.ts), addedThreadKey(message.channel, 'dm')];
      const from = { user: dm.user, channel: message.channel, ts: dm.ts, inChannel: false };
      await addFilesInThread(deps, client, from, files, { ...to, thread: thread ?? dm.ts }, keys);
      return;
    }
    if (text === undefined) return;
    // In its thread a date dates a briefing added there, or corrects it; in the DM itself it dates only an undated one.
    const dated = dm.user
      ? await dateFromReply(deps.briefings, conversation, dm.user, stripMentions(text), thread !== undefined)
      : undefined;
    const rate = rateAnswers(deps, { surface: 'dm', channel: message.channel });
    const answers = dated ?? [converse(deps, stripMentions(text), `${message.channel}:${thread ?? 'dm'}`, rate)];
    for (const answer of answers)
      await postInConversation(deps, client, to, answer, 'the answer to a DM', 'answer a DM');
  };
}
