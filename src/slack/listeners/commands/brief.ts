/** `/brief …`: digest settings, a briefing removed, a meetings CSV sent by DM, or an answer, replied privately. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { slackDigestDeps, slackDigestSlack } from '../../digest.js';
import { exportMeetings } from '../../export.js';
import { rateAnswers } from '../../feedback.js';
import { answerBrief } from '../../handlers.js';
import { replyPrivately } from '../../reach.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type BriefCommandArgs = Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, 'command' | 'ack' | 'client'>;

/**
 * The `/brief` listener: acknowledge, answer with 👍 and 👎 (or change the digest, remove a briefing, or send a
 * meetings CSV to the user's DM), reply privately (another way when the response_url will not take it).
 */
export function briefCommand(deps: ListenerDeps): (args: BriefCommandArgs) => Promise<void> {
  return async ({ command, ack, client }) => {
    await ack();
    const message = await answerBrief(
      { text: command.text, channel: command.channel_id, team: command.team_id, user: command.user_id },
      slackDigestSlack(client),
      slackDigestDeps({ client }, deps),
      deps.timezone,
      {
        rate: rateAnswers(deps, { surface: 'ephemeral', channel: command.channel_id }),
        exportCsv: (text) => exportMeetings(deps, client, text, command.user_id),
      },
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
