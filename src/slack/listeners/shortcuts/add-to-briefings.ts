/**
 * The message shortcut *Add to briefings*: the message's text (a pasted article), or the files it shares, added to the
 * briefings and answered in the message's thread; a refusal, or a channel where briefbot is not used, answered
 * privately.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { notHereNotice } from '../../../ask/messages.js';
import { buildNoticeAbove, buildNoticeMessage } from '../../../render/blocks.js';
import type { SlackMessage } from '../../../render/limits.js';
import { addedThreadKey, addMessageText, addSharedFile, rememberAdded, type AddReply } from '../../briefings.js';
import { slackFilesOf } from '../../download.js';
import { isGroupDm } from '../../memory.js';
import { replyPrivately, threadFailureNotice } from '../../reach.js';
import { answersMentionsIn } from '../../route.js';
import type { ListenerDeps } from '../deps.js';

/** What the listener reads of Bolt's arguments. */
export type AddToBriefingsArgs = Pick<
  SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs,
  'ack' | 'shortcut' | 'client'
>;

/**
 * The shortcut listener: acknowledge; outside the channels briefbot is used in, say where it is, privately; else add
 * the message's files (when it shares some) or its text, and answer in its thread (privately when the thread will not
 * take it, or when nothing was added).
 */
export function addToBriefings(deps: ListenerDeps): (args: AddToBriefingsArgs) => Promise<void> {
  return async ({ ack, shortcut, client }) => {
    await ack();
    const now = deps.clock();
    const channel = shortcut.channel.id;
    const user = shortcut.user.id;
    const privately = { url: shortcut.response_url, user, channel };
    const direct = channel.startsWith('D') || isGroupDm(deps.store, channel, now);
    if (!direct && !answersMentionsIn(deps.channels, channel)) {
      const note = buildNoticeMessage({ text: notHereNotice(deps.channels), channels: deps.channels });
      await replyPrivately(deps, client, privately, note, 'where briefbot is used');
      return;
    }
    const message = shortcut.message;
    const from = { user, channel, ts: message.ts, inChannel: !direct };
    const files = slackFilesOf(message.files);
    const replies: AddReply[] = [];
    if (files.length > 0)
      for (const file of files) replies.push(await addSharedFile(deps.briefings, client, from, file));
    else replies.push(await addMessageText(deps.briefings, client, from, message.text ?? ''));
    const thread = typeof message.thread_ts === 'string' ? message.thread_ts : message.ts;
    const saved = replies.flatMap((r) => (r.saved ? [r.saved.file] : []));
    rememberAdded(
      deps.briefings,
      [addedThreadKey(channel, thread), ...(direct ? [addedThreadKey(channel, 'dm')] : [])],
      saved,
    );
    for (const reply of replies) {
      if (!reply.saved) {
        await replyPrivately(deps, client, privately, reply.message, 'a refusal to add a briefing');
        continue;
      }
      await inThread(deps, client, { channel, thread, user, url: shortcut.response_url }, reply.message);
    }
  };
}

/** Post the answer in the message's thread; when the channel will not take it, send it privately, saying why. */
async function inThread(
  deps: ListenerDeps,
  client: AddToBriefingsArgs['client'],
  to: { channel: string; thread: string; user: string; url: string },
  message: SlackMessage,
): Promise<void> {
  const what = 'the answer to Add to briefings';
  const sent = await deps.post({ channel: to.channel, thread_ts: to.thread, ...message }, what);
  if (sent.ok || ('unsure' in sent.error && sent.error.unsure)) return;
  const reason = 'cannotPost' in sent.error ? sent.error.cannotPost : sent.error.failed;
  deps.logger.warn(`could not answer Add to briefings in ${to.channel}: ${reason}`);
  const notice = threadFailureNotice(sent.error, to.channel);
  await replyPrivately(deps, client, to, buildNoticeAbove(notice, message), what);
}
