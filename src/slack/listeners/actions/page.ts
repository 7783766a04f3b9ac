/** The More results / Previous buttons of a private answer: redraw it at another page. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { PAGE_ACTION } from '../../../render/buttons.js';
import { answerOrApologise, privateAnswer, readButton } from '../../handlers.js';
import { rateAnswers } from '../../feedback.js';
import { replyPrivately } from '../../reach.js';
import type { ListenerDeps } from '../deps.js';

/** The action ids of the page buttons. */
export const PAGE_ACTION_IDS = new RegExp(`^${PAGE_ACTION}_(next|prev)$`);

/** What the listener reads of Bolt's arguments. */
export type PageActionArgs = Pick<
  SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs,
  'ack' | 'body' | 'action' | 'client'
>;

/**
 * The page listener: acknowledge, and replace the private answer with the page its button names (sent anew when the
 * answer is too old to replace).
 */
export function pageAction(deps: ListenerDeps): (args: PageActionArgs) => Promise<void> {
  return async ({ ack, body, action, client }) => {
    await ack();
    const button = readButton(action.value);
    const to = { url: body.response_url, user: body.user.id, channel: body.channel?.id ?? body.container?.channel_id };
    const rate = rateAnswers(deps, { surface: 'ephemeral', ...(to.channel ? { channel: to.channel } : {}) });
    const message = button.ok
      ? answerOrApologise(deps.logger, `page ${button.value.page} of ${button.value.command}`, () =>
          privateAnswer(button.value.command, deps.context(), button.value.page, rate),
        )
      : button.error;
    await replyPrivately(deps, client, to, message, 'a page of results', true);
  };
}
