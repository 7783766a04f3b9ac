/** The 👍 and 👎 buttons of an answer: record the vote; a 👎 opens a form asking, optionally, what was wrong. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildNoticeMessage } from '../../../render/blocks.js';
import { decodeVoteValue, VOTE_ACTION } from '../../../render/buttons.js';
import { buildFeedbackModal } from '../../../render/feedback.js';
import { recordVote, voteReply } from '../../feedback.js';
import { notifyPrivately } from '../../reach.js';
import { sendWeb } from '../../send.js';
import type { ListenerDeps } from '../deps.js';

/** The action ids of the vote buttons. */
export const VOTE_ACTION_IDS = new RegExp(`^${VOTE_ACTION}_(up|down)$`);

/** What the listener reads of Bolt's arguments. */
export type VoteActionArgs = Pick<
  SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs,
  'ack' | 'body' | 'action' | 'client'
>;

/**
 * The vote listener: acknowledge and record the vote (a second click changes it). A 👎 then opens the form for what
 * was wrong, which thanks the user; a 👍 (or a 👎 whose form Slack would not open) is thanked privately, and a vote
 * that could not be recorded says why.
 */
export function voteAction(deps: ListenerDeps): (args: VoteActionArgs) => Promise<void> {
  return async ({ ack, body, action, client }) => {
    await ack();
    const vote = action.action_id.endsWith('_down') ? 'down' : 'up';
    const team = body.team?.id ?? body.user.team_id;
    const outcome = recordVote(deps, {
      answerId: decodeVoteValue(action.value),
      user: body.user.id,
      ...(team ? { team } : {}),
      vote,
    });
    if (outcome.kind === 'recorded' && vote === 'down' && outcome.kept === 'database') {
      const view = buildFeedbackModal(outcome.answer.id, outcome.answer.question);
      const opened = await sendWeb(() => client.views.open({ trigger_id: body.trigger_id, view }));
      if (opened.ok) return;
      const why = 'cannotPost' in opened.error ? opened.error.cannotPost : opened.error.failed;
      deps.logger.warn(`could not open the form for what was wrong with an answer (${why}); thanking instead`);
    }
    const to = { url: body.response_url, user: body.user.id, channel: body.channel?.id ?? body.container?.channel_id };
    const message = buildNoticeMessage(voteReply(outcome, vote));
    await notifyPrivately(deps, client, to, message, 'the reply to a vote', outcome.kind !== 'recorded');
  };
}
