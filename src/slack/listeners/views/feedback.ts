/** The form a 👎 opens, sent: keep what was wrong with the vote; an empty box leaves the vote as it is. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { decodeVoteValue } from '../../../render/buttons.js';
import { COMMENT_ACTION, COMMENT_BLOCK, COMMENT_MAX_CHARS } from '../../../render/feedback.js';
import { clipText } from '../../../text/clip.js';
import { recordVote, voteReply } from '../../feedback.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type FeedbackViewArgs = Pick<
  SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
  'ack' | 'body' | 'view'
>;

/**
 * The form's listener: record the 👎 with what was typed (the vote is already recorded: an empty box changes nothing)
 * and close the form; when it cannot be recorded, the form stays open saying why.
 */
export function feedbackSubmitted(deps: ListenerDeps): (args: FeedbackViewArgs) => Promise<void> {
  return async ({ ack, body, view }) => {
    const typed = view.state.values[COMMENT_BLOCK]?.[COMMENT_ACTION]?.value?.trim() ?? '';
    if (typed === '') {
      await ack();
      return;
    }
    const team = body.team?.id ?? body.user.team_id;
    const outcome = recordVote(deps, {
      answerId: decodeVoteValue(view.private_metadata),
      user: body.user.id,
      ...(team ? { team } : {}),
      vote: 'down',
      comment: clipText(typed, COMMENT_MAX_CHARS),
    });
    if (outcome.kind === 'recorded') await ack();
    else await ack({ response_action: 'errors', errors: { [COMMENT_BLOCK]: voteReply(outcome, 'down') } });
  };
}
