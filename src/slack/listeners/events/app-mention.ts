/** A mention of briefbot in a channel: answered in its thread, with the thread's earlier question in mind. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { converse, stripMentions } from '../../handlers.js';
import { rateAnswers } from '../../feedback.js';
import { firstTime } from '../../memory.js';
import { buildNoticeAbove } from '../../../render/blocks.js';
import { reachUser, threadFailureNotice } from '../../reach.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type AppMentionArgs = Pick<
  SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs,
  'event' | 'body' | 'client'
>;

/**
 * The mention listener: answer once per event (not a bot's), in the mention's thread; when the thread will not take
 * the answer (briefbot not in the channel, Slack failing every try), send it to whoever asked another way, saying why.
 */
export function appMention(deps: ListenerDeps): (args: AppMentionArgs) => Promise<void> {
  return async ({ event, body, client }) => {
    if (event.bot_id || !firstTime(deps.store, body.event_id, deps.clock())) return;
    const thread = event.thread_ts ?? event.ts;
    const rate = rateAnswers(deps, { surface: 'thread', channel: event.channel });
    const message = converse(deps, stripMentions(event.text), `${event.channel}:${thread}`, rate);
    const sent = await deps.post({ channel: event.channel, thread_ts: thread, ...message }, 'the answer to a mention');
    if (sent.ok) return;
    if ('unsure' in sent.error) return; // it may be in the thread: sending it another way could show it twice
    if ('cannotPost' in sent.error)
      deps.logger.warn(`could not answer a mention in ${event.channel}: ${sent.error.cannotPost}`);
    else deps.logger.error(`could not answer a mention in ${event.channel}: ${sent.error.failed}`, sent.error.cause);
    if (!event.user) return;
    const notice = threadFailureNotice(sent.error, event.channel);
    const to = { user: event.user, channel: event.channel };
    await reachUser(client, deps.logger, to, buildNoticeAbove(notice, message), 'the answer to a mention');
  };
}
