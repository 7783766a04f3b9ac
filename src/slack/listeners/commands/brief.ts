/** `/brief …`: digest settings, or an answer, sent privately through the response_url. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { slackDigestDeps, slackDigestSlack } from '../../digest.js';
import { answerBrief } from '../../handlers.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type BriefCommandArgs = Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, 'command' | 'ack' | 'client'>;

/** The `/brief` listener: acknowledge, answer (or change the digest), reply privately. */
export function briefCommand(deps: ListenerDeps): (args: BriefCommandArgs) => Promise<void> {
  return async ({ command, ack, client }) => {
    await ack();
    const message = await answerBrief(
      { text: command.text, channel: command.channel_id, team: command.team_id, user: command.user_id },
      slackDigestSlack(client),
      slackDigestDeps({ client }, deps),
      deps.timezone,
    );
    if (message)
      await deps.reply(
        command.response_url,
        { response_type: 'ephemeral', ...message },
        `the answer to /brief ${command.text}`,
      );
  };
}
