/** `/brief …`: digest settings, a briefing removed, or an answer, sent privately through the response_url. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { slackDigestDeps, slackDigestSlack } from '../../digest.js';
import { answerBrief } from '../../handlers.js';
import { replyPrivately } from '../../reach.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type BriefCommandArgs = Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, 'command' | 'ack' | 'client'>;

/**
 * The `/brief` listener: acknowledge, answer (or change the digest, or remove a briefing), reply privately (another
 * way when the response_url will not take it).
 */
export function briefCommand(deps: ListenerDeps): (args: BriefCommandArgs) => Promise<void> {
  return async ({ command, ack, client }) => {
    await ack();
    const message = await answerBrief(
      { text: command.text, channel: command.channel_id, team: command.team_id, user: command.user_id },
      slackDigestSlack(client),
      slackDigestDeps({ client }, deps),
      deps.timezone,
      deps.briefings,
    );
    if (message)
      await replyPrivately(
        deps,
        client,
        { url: command.response_url, user: command.user_id, channel: command.channel_id },
        message,
        `the answer to /brief ${command.text}`,
      );
  };
}
