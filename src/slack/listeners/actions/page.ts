/** The More results / Previous buttons of a private answer: redraw it at another page. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { PAGE_ACTION } from '../../../render/buttons.js';
import { answerOrApologise, privateAnswer, readButton } from '../../handlers.js';
import type { ListenerDeps } from '../deps.js';

/** The action ids of the page buttons. */
export const PAGE_ACTION_IDS = new RegExp(`^${PAGE_ACTION}_(next|prev)$`);

/** What the listener reads of Bolt's arguments. */
export type PageActionArgs = Pick<
  SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs,
  'ack' | 'body' | 'action'
>;

/** The page listener: acknowledge, and replace the private answer with the page its button names. */
export function pageAction(deps: ListenerDeps): (args: PageActionArgs) => Promise<void> {
  return async ({ ack, body, action }) => {
    await ack();
    const button = readButton(action.value);
    const message = button.ok
      ? answerOrApologise(deps.logger, `page ${button.value.page} of ${button.value.command}`, () =>
          privateAnswer(button.value.command, deps.context(), button.value.page),
        )
      : button.error;
    await deps.reply(
      body.response_url,
      { response_type: 'ephemeral', replace_original: true, ...message },
      'a page of results',
    );
  };
}
