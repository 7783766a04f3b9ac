/** A direct message to briefbot: answered in the DM (in its thread, when it is in one). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { converse, stripMentions } from '../../handlers.js';
import { rateAnswers } from '../../feedback.js';
import { firstTime } from '../../memory.js';
import { directMessageText, type MessageEventLike } from '../../route.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type DirectMessageArgs = Pick<SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs, 'message' | 'body'>;

/** The DM listener: answer a person's own new message in an IM, once per event. */
export function directMessage(deps: ListenerDeps): (args: DirectMessageArgs) => Promise<void> {
  return async ({ message, body }) => {
    const dm: MessageEventLike = message;
    const text = directMessageText(dm);
    if (text === undefined || !firstTime(deps.store, body.event_id, deps.clock())) return;
    const thread = dm.thread_ts || undefined;
    const rate = rateAnswers(deps, { surface: 'dm', channel: message.channel });
    const answer = converse(deps, stripMentions(text), `${message.channel}:${thread ?? 'dm'}`, rate);
    const sent = await deps.post(
      { channel: message.channel, ...(thread ? { thread_ts: thread } : {}), ...answer },
      'the answer to a DM',
    );
    if (sent.ok) return;
    if ('cannotPost' in sent.error)
      deps.logger.error(`could not answer a DM in ${message.channel}: ${sent.error.cannotPost}`);
    else if (!sent.error.unsure)
      deps.logger.error(`could not answer a DM in ${message.channel}: ${sent.error.failed}`, sent.error.cause);
  };
}
