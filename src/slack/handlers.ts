import type { AskContext } from '../ask/types.js';
import { ask, DEFAULT_PAGE_SIZES } from '../ask/answer.js';
import type { QuestionContext } from '../ask/question.js';
import { buildAnswerMessage, buildNoticeMessage } from '../render/blocks.js';
import { decodeButtonValue } from '../render/buttons.js';
import type { SlackMessage } from '../render/limits.js';
import type { Logger } from '../logger.js';

/** What briefbot says when something went wrong on its side. */
export const APOLOGY = 'Sorry, briefbot could not answer that just now. Please try again in a moment.';
/** What briefbot says when sharing failed for another reason. */
export const SHARE_FAILED = 'Sharing failed; please try again.';
/** What briefbot says when a button carries something it did not write. */
export const STALE_BUTTON = 'That button no longer works. Run the command again.';
/** What briefbot says when it may not post in a channel. */
export const CANNOT_POST =
  'briefbot cannot post in this channel. Invite it with `/invite @briefbot`, then share again.';

/** Answer text as a private, interactive message. */
export function privateAnswer(text: string, ctx: AskContext, page = 1): SlackMessage {
  return buildAnswerMessage(ask(text, ctx, page), { interactive: true });
}

/** Answer text as a public message, saying who shared it when someone did. */
export function publicAnswer(text: string, ctx: AskContext, page = 1, sharedBy?: string): SlackMessage {
  return buildAnswerMessage(ask(text, ctx, page), { interactive: false, ...(sharedBy ? { sharedBy } : {}) });
}

/**
 * Answer a conversational message (a mention or a DM) with what the thread asked before, and return what this
 * question was about for the next follow-up.
 */
export function conversationAnswer(
  text: string,
  ctx: AskContext,
  previous: QuestionContext | undefined,
  interactive: boolean,
): { message: SlackMessage; context?: QuestionContext } {
  const answer = ask(text, ctx, 1, DEFAULT_PAGE_SIZES, previous);
  const context =
    answer.kind === 'question' ? { people: answer.question.people, filter: answer.question.filter } : undefined;
  return { message: buildAnswerMessage(answer, { interactive }), ...(context ? { context } : {}) };
}

/** What briefbot says while it is still reading the briefings at start. */
export const LOADING = 'briefbot is still reading the briefings; please ask again in a minute.';

/** Thrown by the answering context while the first corpus load is under way. */
export class NotReadyError extends Error {
  constructor() {
    super('briefbot: the briefings are still loading');
  }
}

/** Run an answer; on failure log the cause and give the apology instead, so that briefbot never goes silent. */
export function answerOrApologise(logger: Logger, what: string, build: () => SlackMessage): SlackMessage {
  try {
    return build();
  } catch (error) {
    if (error instanceof NotReadyError) return buildNoticeMessage(LOADING);
    logger.error(`could not answer ${what}`, error);
    return buildNoticeMessage(APOLOGY);
  }
}

/** The command and page a button carries, or a notice when it carries something else. */
export function readButton(value: string | undefined): { command: string; page: number } | SlackMessage {
  return decodeButtonValue(value) ?? buildNoticeMessage(STALE_BUTTON);
}

/** Slack error codes that mean briefbot may not post in the channel. */
export const NOT_ALLOWED_TO_POST = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'ekm_access_denied',
]);

/** The Slack error code of a Web API failure, if any. */
export const slackErrorCode = (error: unknown): string | undefined =>
  (error as { data?: { error?: string } } | undefined)?.data?.error;

/** The text of a mention without the mention of the bot itself. */
export const stripMentions = (text: string): string => text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();
