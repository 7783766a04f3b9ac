/**
 * Which way a Slack request goes, and what a failure to send means for the user: pure functions the listeners call,
 * so that the listeners themselves only acknowledge, call and send.
 */
import { CANNOT_POST, SHARE_FAILED } from '../ask/messages.js';
import type { PostFailure } from '../digest/types.js';
import { csvArguments } from '../ask/parse-command.js';
import { slackFilesOf, type SlackFile } from './download.js';

/**
 * `/brief digest …` (with what follows `digest`), `/brief remove <id>` (the id, perhaps empty), `/brief meetings …
 * csv` (the meetings command without `csv`), or anything else, answered as a search or a question.
 */
export type BriefRoute =
  | { kind: 'digest'; text: string }
  | { kind: 'remove'; id: string }
  | { kind: 'csv'; text: string }
  | { kind: 'ask'; text: string };

const DIGEST = /^\s*digest\b/i;
const REMOVE = /^\s*remove(?:\s+(\S*)\s*)?$/i;

/**
 * Where the text of a `/brief` command goes: digest settings, a briefing to remove, a meetings CSV, or an answer.
 * `remove` followed by more than one word is a search ("remove sanctions on Iran").
 * @example routeBrief('digest on 08:30') // → { kind: 'digest', text: ' on 08:30' }
 * @example routeBrief('remove 001') // → { kind: 'remove', id: '001' }
 * @example routeBrief('timeline Lavrov csv') // → { kind: 'csv', text: 'timeline Lavrov' }
 */
export function routeBrief(text: string): BriefRoute {
  if (DIGEST.test(text)) return { kind: 'digest', text: text.replace(DIGEST, '') };
  const remove = REMOVE.exec(text);
  if (remove) return { kind: 'remove', id: remove[1] ?? '' };
  const csv = csvArguments(text);
  return csv === undefined ? { kind: 'ask', text } : { kind: 'csv', text: csv };
}

/**
 * True when briefbot answers mentions in a channel: every channel while BRIEFBOT_CHANNELS is empty, else those it
 * lists; DMs (`D…`) always.
 * @example answersMentionsIn(['C1'], 'C2') // → false
 */
export const answersMentionsIn = (channels: readonly string[], channel: string): boolean =>
  channels.length === 0 || channels.includes(channel) || channel.startsWith('D');

/**
 * What the user who shared an answer is told when it could not be posted in the channel, and whether that is worth
 * logging: a channel that will not take briefbot's posts is the user's to fix (invite briefbot); anything else is
 * logged, with its reason and cause.
 */
export function shareFailure(failure: PostFailure): { notice: string; log?: { reason: string; cause?: unknown } } {
  if ('cannotPost' in failure) return { notice: CANNOT_POST };
  return {
    notice: SHARE_FAILED,
    log: { reason: failure.failed, ...(failure.cause !== undefined ? { cause: failure.cause } : {}) },
  };
}

/** The parts of a Slack `message` event that decide whether briefbot answers it. */
export interface MessageEventLike {
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  text?: string;
  thread_ts?: string;
  files?: unknown;
}

/** True for a DM or a group DM (`mpim`), where every message is for briefbot. */
const isDirect = (message: MessageEventLike): boolean =>
  message.channel_type === 'im' || message.channel_type === 'mpim';

/**
 * The text of a message briefbot answers as a DM: a person's own new message in an IM or a group DM (no subtype: not
 * an edit, a join, a bot's post), with text; undefined for every other message event.
 */
export function directMessageText(message: MessageEventLike): string | undefined {
  if (!isDirect(message) || message.subtype !== undefined || message.bot_id || !message.text) return undefined;
  return message.text;
}

/**
 * The files a person shared in a DM or a group DM (a `file_share` message), for briefbot to add; empty for every
 * other message event.
 */
export function directMessageFiles(message: MessageEventLike): readonly SlackFile[] {
  if (!isDirect(message) || message.subtype !== 'file_share' || message.bot_id) return [];
  return slackFilesOf(message.files);
}
