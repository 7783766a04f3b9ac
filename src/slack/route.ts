/**
 * Which way a Slack request goes, and what a failure to send means for the user: pure functions the listeners call,
 * so that the listeners themselves only acknowledge, call and send.
 */
import { CANNOT_POST, SHARE_FAILED } from '../ask/messages.js';
import type { PostFailure } from '../digest/types.js';
import { csvArguments } from '../ask/parse-command.js';

/**
 * `/brief digest …` (with what follows `digest`), `/brief meetings … csv` (the meetings command without `csv`), or
 * anything else, answered as a search or a question.
 */
export type BriefRoute =
  { kind: 'digest'; text: string } | { kind: 'csv'; text: string } | { kind: 'ask'; text: string };

const DIGEST = /^\s*digest\b/i;

/**
 * Where the text of a `/brief` command goes: digest settings, a meetings CSV, or an answer.
 * @example routeBrief('digest on 08:30') // → { kind: 'digest', text: ' on 08:30' }
 * @example routeBrief('timeline Lavrov csv') // → { kind: 'csv', text: 'timeline Lavrov' }
 */
export function routeBrief(text: string): BriefRoute {
  if (DIGEST.test(text)) return { kind: 'digest', text: text.replace(DIGEST, '') };
  const csv = csvArguments(text);
  return csv === undefined ? { kind: 'ask', text } : { kind: 'csv', text: csv };
}

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
}

/**
 * The text of a message briefbot answers as a DM: a person's own new message in an IM (no subtype: not an edit, a
 * join, a bot's post), with text; undefined for every other message event.
 */
export function directMessageText(message: MessageEventLike): string | undefined {
  if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.text)
    return undefined;
  return message.text;
}
