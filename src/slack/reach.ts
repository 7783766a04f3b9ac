/**
 * When a reply cannot land where it was meant (a response_url expired or failing, a thread briefbot may not post in),
 * briefbot does not go silent: it reaches the user another way, with the answer and what to do. First an ephemeral
 * message in the channel (chat.postEphemeral), else a DM (conversations.open, then chat.postMessage).
 */
import type { webApi } from '@slack/bolt';
import {
  cannotPostReply,
  notInChannelReply,
  REPLY_EXPIRED,
  REPLY_NOT_TAKEN,
  threadReplyFailed,
} from '../ask/messages.js';
import type { Notice, PostFailure } from '../digest/types.js';
import type { Logger } from '../logger.js';
import { buildNoticeAbove } from '../render/blocks.js';
import type { SlackMessage } from '../render/limits.js';
import type { Poster } from './post.js';
import { sendWeb, type Replier } from './send.js';

/** The Web API calls that reach a user another way. */
export type ReachClient = { chat: Pick<webApi.WebClient['chat'], 'postEphemeral' | 'postMessage'> } & {
  conversations: Pick<webApi.WebClient['conversations'], 'open'>;
};

/** Whom a reply was for, and the channel it was about (where an ephemeral message is tried first). */
export interface Recipient {
  user: string;
  channel?: string;
}

/** How a user was reached: in the channel, privately (`ephemeral`), or by DM; undefined when neither worked. */
export type Reached = 'ephemeral' | 'dm' | undefined;

/**
 * Send `message` to a user another way: ephemeral in the channel, else by DM. Logs how it went (never throws): one
 * line when the user was reached, an error when neither way worked.
 */
export async function reachUser(
  client: ReachClient,
  logger: Logger,
  to: Recipient,
  message: SlackMessage,
  what: string,
): Promise<Reached> {
  const failures: string[] = [];
  if (to.channel) {
    const channel = to.channel;
    const ephemeral = await sendWeb(() => client.chat.postEphemeral({ channel, user: to.user, ...message }));
    if (ephemeral.ok) {
      logger.info(`sent ${what} to ${to.user} privately in ${channel} instead`);
      return 'ephemeral';
    }
    failures.push(`ephemeral in ${channel}: ${reasonOf(ephemeral.error)}`);
  }
  const opened = await sendWeb(() => client.conversations.open({ users: to.user }));
  const dm = opened.ok ? opened.value.channel?.id : undefined;
  if (!opened.ok) failures.push(`opening a DM: ${reasonOf(opened.error)}`);
  else if (!dm) failures.push('opening a DM: Slack gave no channel');
  if (dm) {
    const posted = await sendWeb(() => client.chat.postMessage({ channel: dm, ...message, unfurl_links: false }));
    if (posted.ok) {
      logger.info(`sent ${what} to ${to.user} by DM instead`);
      return 'dm';
    }
    failures.push(`DM: ${reasonOf(posted.error)}`);
  }
  logger.error(`could not reach ${to.user} with ${what} another way either (${failures.join('; ')})`);
  return undefined;
}

const reasonOf = (failure: PostFailure): string => ('cannotPost' in failure ? failure.cannotPost : failure.failed);

/**
 * What a user is told above an answer that could not be posted in a mention's thread: invite briefbot when it is not
 * in the channel, the reason when the channel refuses it otherwise, or that Slack kept failing.
 * @example threadFailureNotice({ cannotPost: 'not_in_channel' }, 'C1').text
 *   // → 'briefbot could not answer you in <#C1>: …'
 */
export function threadFailureNotice(failure: PostFailure, channel: string): Notice {
  const text =
    'cannotPost' in failure
      ? failure.cannotPost === 'not_in_channel' || failure.cannotPost === 'channel_not_found'
        ? notInChannelReply(channel)
        : cannotPostReply(channel, failure.cannotPost)
      : threadReplyFailed(channel);
  return { text, channels: [channel] };
}

/** What a user is told above a private answer sent anew because its response_url did not take it. */
export const replyFailureNotice = (outcome: 'expired' | 'failed'): Notice => ({
  text: outcome === 'expired' ? REPLY_EXPIRED : REPLY_NOT_TAKEN,
});

/** What {@link replyPrivately} needs: the replier under the retry policy, a client to reach the user, a logger. */
export interface PrivateReplyDeps {
  reply: Replier;
  logger: Logger;
}

/** Where a private reply goes: the request's response_url, and whom to reach another way when it does not take it. */
export interface PrivateReplyTarget extends Recipient {
  url: string | undefined;
}

/**
 * Reply privately through the response_url (replacing the message a button was on, when `replace`); when Slack no
 * longer takes replies there or keeps failing, send the same message to the user another way ({@link reachUser}),
 * under a line saying why and what to do.
 */
export async function replyPrivately(
  deps: PrivateReplyDeps,
  client: ReachClient,
  to: PrivateReplyTarget,
  message: SlackMessage,
  what: string,
  replace?: boolean,
): Promise<void> {
  const how = replace === undefined ? {} : { replace_original: replace };
  const outcome = await deps.reply(to.url, { response_type: 'ephemeral', ...how, ...message }, what);
  if (outcome === 'delivered' || outcome === 'unsure') return;
  await reachUser(client, deps.logger, to, buildNoticeAbove(replyFailureNotice(outcome), message), what);
}

/**
 * Tell a user something short about a click (thanks for a vote, a CSV sent), privately: through the response_url as a
 * new private message, else privately in the channel (chat.postEphemeral), and by DM only when `orDm` (what went
 * wrong, which the user must hear; a thank-you that cannot land is only logged). Nothing is asked for again, so no
 * notice goes above it. Never throws.
 */
export async function notifyPrivately(
  deps: PrivateReplyDeps,
  client: ReachClient,
  to: PrivateReplyTarget,
  message: SlackMessage,
  what: string,
  orDm: boolean,
): Promise<void> {
  const outcome = await deps.reply(to.url, { response_type: 'ephemeral', replace_original: false, ...message }, what);
  if (outcome === 'delivered' || outcome === 'unsure') return;
  if (orDm) {
    await reachUser(client, deps.logger, to, message, what);
    return;
  }
  const channel = to.channel;
  const sent = channel
    ? await sendWeb(() => client.chat.postEphemeral({ channel, user: to.user, ...message }))
    : undefined;
  if (sent?.ok) deps.logger.info(`sent ${what} to ${to.user} privately in ${channel} instead`);
  else deps.logger.warn(`could not send ${what} to ${to.user} (${sent ? reasonOf(sent.error) : 'no channel'})`);
}

/** Where an answer in a conversation goes: a channel or DM, its thread, and who it is for. */
export interface ConversationTarget {
  channel: string;
  thread?: string;
  /** Who it answers: reached another way when a channel will not take it. */
  user?: string;
  /** A channel (a mention's answer) rather than a DM or group DM. */
  inChannel: boolean;
}

/** What {@link postInConversation} needs: the poster of answers and a logger. */
export interface ConversationDeps {
  post: Poster;
  logger: Logger;
}

/**
 * Post an answer in a conversation (in its thread, when given) once, however slow Slack is. When a channel will not
 * take it (briefbot is not in it, Slack failing every try) it goes to whoever it answers another way, saying why; in a
 * DM the failure is logged. `doing` names the job in the log: `could not ${doing} in C1: …`. True when posted.
 */
export async function postInConversation(
  deps: ConversationDeps,
  client: ReachClient,
  to: ConversationTarget,
  message: SlackMessage,
  what: string,
  doing: string,
): Promise<boolean> {
  const sent = await deps.post(
    { channel: to.channel, ...(to.thread ? { thread_ts: to.thread } : {}), ...message },
    what,
  );
  if (sent.ok) return true;
  // It may be there: sending it again could show it twice.
  if ('unsure' in sent.error && sent.error.unsure) return false;
  if ('cannotPost' in sent.error) {
    const line = `could not ${doing} in ${to.channel}: ${sent.error.cannotPost}`;
    if (to.inChannel) deps.logger.warn(line);
    else deps.logger.error(line);
  } else deps.logger.error(`could not ${doing} in ${to.channel}: ${sent.error.failed}`, sent.error.cause);
  if (!to.inChannel || !to.user) return false;
  const notice = threadFailureNotice(sent.error, to.channel);
  await reachUser(client, deps.logger, { user: to.user, channel: to.channel }, buildNoticeAbove(notice, message), what);
  return false;
}
