/**
 * What briefbot answers in Slack, as messages: functions of the text, the answering context and a logger (and, for
 * `/brief digest`, the digest's store and a way to Slack), every message built by the renderer's builders.
 */
import { ask, DEFAULT_PAGE_SIZES } from '../ask/answer.js';
import { APOLOGY, LOADING, STALE_BUTTON } from '../ask/messages.js';
import { contextOf, type QuestionContext } from '../ask/follow-up.js';
import type { AskContext } from '../ask/types.js';
import { isBriefbotError } from '../errors.js';
import type { Logger } from '../logger.js';
import { buildAnswerMessage, buildNoticeMessage } from '../render/blocks.js';
import { decodeButtonValue } from '../render/buttons.js';
import type { SlackMessage } from '../render/limits.js';
import { fail, ok, type Result } from '../result.js';
import type { DigestDeps } from '../digest/schedule.js';
import { answerDigestCommand, type DigestCommandSource, type DigestSlack } from './digest.js';
import type { Store } from '../store/types.js';
import { threadAsked } from './memory.js';
import { feedbackOf, type RateAnswer } from './feedback.js';
import { routeBrief } from './route.js';
import { removeCommand, type BriefingDeps } from './briefings.js';

/** Answer text as a private, interactive message; with `rate`, it gets 👍 and 👎. */
export function privateAnswer(text: string, ctx: AskContext, page = 1, rate?: RateAnswer): SlackMessage {
  const answer = ask(text, ctx, page);
  return buildAnswerMessage(answer, { interactive: true, ...feedbackOf(answer, rate) });
}

/** Answer text as a public message, saying who shared it when someone did; with `rate`, it gets 👍 and 👎. */
export function publicAnswer(
  text: string,
  ctx: AskContext,
  page = 1,
  sharedBy?: string,
  rate?: RateAnswer,
): SlackMessage {
  const answer = ask(text, ctx, page);
  return buildAnswerMessage(answer, {
    interactive: false,
    ...(sharedBy ? { sharedBy } : {}),
    ...feedbackOf(answer, rate),
  });
}

/**
 * Answer a conversational message (a mention or a DM) with what the thread asked before, and return what this
 * question was about for the next follow-up; with `rate`, the answer gets 👍 and 👎.
 */
export function conversationAnswer(
  text: string,
  ctx: AskContext,
  previous: QuestionContext | undefined,
  interactive: boolean,
  rate?: RateAnswer,
): { message: SlackMessage; context?: QuestionContext } {
  const answer = ask(text, ctx, 1, DEFAULT_PAGE_SIZES, previous);
  const context = answer.kind === 'question' ? contextOf(answer.question) : undefined;
  return {
    message: buildAnswerMessage(answer, { interactive, ...feedbackOf(answer, rate) }),
    ...(context ? { context } : {}),
  };
}

/**
 * Run an answer; on failure log the cause and give the apology instead, so that briefbot never goes silent. While
 * the briefings load (a `NOT_READY` error from the answering context) it says so instead, and logs nothing.
 */
export function answerOrApologise<T = SlackMessage>(logger: Logger, what: string, build: () => T): T | SlackMessage {
  try {
    return build();
  } catch (error) {
    if (isBriefbotError(error, 'NOT_READY')) return buildNoticeMessage(LOADING);
    logger.error(`could not answer ${what}`, error);
    return buildNoticeMessage(APOLOGY);
  }
}

/**
 * Answer a mention or a DM in its thread, remembering in the store what it asked for the thread's next follow-up; a
 * failure gets the apology. With `rate`, the answer gets 👍 and 👎.
 */
export function converse(
  deps: {
    logger: Logger;
    context: () => AskContext;
    store: Pick<Store, 'threadContext' | 'saveThreadContext'>;
    clock: () => Date;
  },
  text: string,
  thread: string,
  rate?: RateAnswer,
): SlackMessage {
  return answerOrApologise(deps.logger, `"${text}"`, () => {
    const now = deps.clock();
    const previous = threadAsked(deps.store, thread, now);
    const { message, context: asked } = conversationAnswer(text, deps.context(), previous, false, rate);
    if (asked) deps.store.saveThreadContext(thread, asked, now);
    return message;
  });
}

/** The command and page a button carries, or the stale-button notice when it carries something else. */
export function readButton(value: string | undefined): Result<{ command: string; page: number }, SlackMessage> {
  const button = decodeButtonValue(value);
  return button ? ok(button) : fail(buildNoticeMessage(STALE_BUTTON));
}

/** The text of a mention without the mention of the bot itself. */
export const stripMentions = (text: string): string => text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();

/** What `/brief` may do besides answering: rate the answer, and send a meetings CSV (saying how that went). */
export interface BriefExtras {
  rate?: RateAnswer;
  exportCsv?: (text: string) => Promise<SlackMessage>;
}

/**
 * The private reply to `/brief <text>`, whatever the text: a digest setting changed (announced in the channel
 * through `slack`), a briefing removed (`briefings`), a meetings CSV sent (`meetings … csv`, through
 * `extras.exportCsv`), or an answer (with 👍 and 👎 through `extras.rate`); undefined when there is nothing to say
 * privately. Never throws.
 */
export function answerBrief(
  src: DigestCommandSource,
  slack: DigestSlack,
  deps: DigestDeps,
  timezone?: string,
  extras: BriefExtras = {},
  briefings?: BriefingDeps,
): Promise<SlackMessage | undefined> {
  const route = routeBrief(src.text);
  if (route.kind === 'digest') return answerDigestCommand({ ...src, text: route.text }, slack, deps, timezone);
  if (route.kind === 'remove' && briefings)
    return removeCommand(briefings, src.user, route.id).catch((error: unknown) => {
      deps.logger.error(`could not answer /brief ${src.text}`, error);
      return buildNoticeMessage(APOLOGY);
    });
  if (route.kind === 'csv' && extras.exportCsv) return extras.exportCsv(route.text);
  const text = route.kind === 'ask' ? route.text : src.text;
  return Promise.resolve(
    answerOrApologise(deps.logger, `/brief ${src.text}`, () => privateAnswer(text, deps.context(), 1, extras.rate)),
  );
}
