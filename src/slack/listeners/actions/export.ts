/** The Export CSV button under meetings and timelines: the whole list as a CSV file in the user's DM. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { exportMeetings } from '../../export.js';
import { readButton } from '../../handlers.js';
import { notifyPrivately } from '../../reach.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type ExportActionArgs = Pick<
  SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs,
  'ack' | 'body' | 'action' | 'client'
>;

/** The Export CSV listener: acknowledge, upload the CSV to the user's DM, and say privately that it went or why not. */
export function exportAction(deps: ListenerDeps): (args: ExportActionArgs) => Promise<void> {
  return async ({ ack, body, action, client }) => {
    await ack();
    const button = readButton(action.value);
    const message = button.ok ? await exportMeetings(deps, client, button.value.command, body.user.id) : button.error;
    const to = { url: body.response_url, user: body.user.id, channel: body.channel?.id ?? body.container?.channel_id };
    await notifyPrivately(deps, client, to, message, 'the reply to Export CSV', true);
  };
}
