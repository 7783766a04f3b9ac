/** The Share button of a private answer: post it (with 👍 and 👎) in the channel, then remove the private copy. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildNoticeMessage } from '../../../render/blocks.js';
import { answerOrApologise, publicAnswer, readButton } from '../../handlers.js';
import { shareFailure } from '../../route.js';
import { fail } from '../../../result.js';
import type { Sent } from '../../send.js';
import { rateAnswers } from '../../feedback.js';
import { replyPrivately } from '../../reach.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type ShareActionArgs = Pick<
  SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs,
  'ack' | 'body' | 'action' | 'client'
>;

/**
 * The Share listener: acknowledge, post the answer publicly (saying who shared it), then delete the private copy; a
 * stale button or a refused post is told privately.
 */
export function shareAction(deps: ListenerDeps): (args: ShareActionArgs) => Promise<void> {
  return async ({ ack, body, action, client }) => {
    await ack();
    const button = readButton(action.value);
    const channel = body.channel?.id ?? body.container?.channel_id;
    const to = { url: body.response_url, user: body.user.id, channel };
    if (!button.ok) {
      await replyPrivately(deps, client, to, button.error, 'a stale-button notice', false);
      return;
    }
    const { command, page } = button.value;
    const rate = rateAnswers(deps, { surface: 'shared', ...(channel ? { channel } : {}) });
    const message = answerOrApologise(deps.logger, `share of ${command}`, () =>
      publicAnswer(command, deps.context(), page, body.user.id, rate),
    );
    const sent: Sent<unknown> = channel
      ? await deps.post({ channel, ...message }, `the share of /brief ${command}`)
      : fail({ failed: 'the button carried no channel' });
    if (sent.ok) {
      // Shared: whatever becomes of the private copy, the share is not reported as failed (nor posted again).
      await deps.reply(body.response_url, { delete_original: true }, 'the removal of a shared answer');
      return;
    }
    if ('failed' in sent.error && sent.error.unsure) return; // it may be in the channel: not reported as failed
    const { notice, log } = shareFailure(sent.error);
    if (log) deps.logger.error(`could not share an answer: ${log.reason}`, log.cause);
    await replyPrivately(deps, client, to, buildNoticeMessage(notice), 'a share notice', false);
  };
}
