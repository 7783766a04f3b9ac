/** A mention of briefbot in a channel: answered in its thread, with the thread's earlier question in mind. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { converse, stripMentions } from '../../handlers.js';
import { firstTime } from '../../memory.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type AppMentionArgs = Pick<
  SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs,
  'event' | 'body' | 'say'
>;

/** The mention listener: answer once per event (not a bot's), in the mention's thread. */
export function appMention(deps: ListenerDeps): (args: AppMentionArgs) => Promise<void> {
  return async ({ event, body, say }) => {
    if (event.bot_id || !firstTime(deps.seen, body.event_id)) return;
    const thread = event.thread_ts ?? event.ts;
    await say({
      ...converse(deps, stripMentions(event.text), `${event.channel}:${thread}`),
      thread_ts: thread,
      unfurl_links: false,
    });
  };
}
