/**
 * Posting an answer in a channel or thread (a mention's, a DM's, a share) exactly once, even when Slack is slow.
 *
 * A chat.postMessage that Slack takes but answers after the time-out may have landed: sending it again blindly puts
 * two identical answers in the thread. So each answer is tagged (message metadata: event type
 * {@link ANSWER_EVENT_TYPE}, a payload id unique to the reply), posted by a Web API client that does not retry on its
 * own (it still waits out a 429's Retry-After, see `send.ts`), and tried again here:
 *
 * - after a failure that proves nothing was posted (connection refused, a name that does not resolve, 5xx), after the
 *   policy's backoff;
 * - after one that does not (no answer in time, a connection cut), only once the thread (`conversations.replies`) or
 *   channel (`conversations.history`), read back over the last minutes with `include_all_metadata`, does not hold a
 *   message with the answer's id; when it does, the answer is posted, and when it cannot be read, it is not sent again.
 */
import type { webApi } from '@slack/bolt';
import type { PostFailure } from '../digest/types.js';
import type { Logger } from '../logger.js';
import type { SlackMessage } from '../render/limits.js';
import { fail, ok } from '../result.js';
import { classifyFailure, nextWait, NOT_SENT_CODES, slackErrorCode, type RetryPolicy, type Sent } from './send.js';

/** The metadata event type of every answer briefbot posts; the payload's `id` tells one answer from another. */
export const ANSWER_EVENT_TYPE = 'briefbot_answer';

/** How far back the thread or channel is read for an answer that may have landed, before the first try. */
export const LOOK_BACK_MS = 5 * 60_000;

/** Most messages read back when looking for an answer. */
const LOOK_LIMIT = 100;

/** An answer to post: where, and the message (fallback text and blocks). */
export type AnswerPost = SlackMessage & { channel: string; thread_ts?: string };

/** The Web API calls an answer's posting makes. */
export interface PostClient {
  chat: Pick<webApi.WebClient['chat'], 'postMessage'>;
  conversations: Pick<webApi.WebClient['conversations'], 'replies' | 'history'>;
}

/** What posting answers needs. */
export interface PostDeps {
  /** A client that does not retry on its own (its fetch waits out 429s). */
  client: PostClient;
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
  clock: () => Date;
  /** A new id, unique to one answer. */
  newId: () => string;
}

/** Post an answer once, however slow Slack is: see {@link postAnswer}. */
export type Poster = (post: AnswerPost, what: string) => Promise<Sent<{ ts?: string }>>;

/** What one try came to: posted, refused for good, worth another try, or perhaps posted. */
type PostTry =
  | { kind: 'posted'; ts?: string }
  | { kind: 'final'; failure: PostFailure }
  | { kind: 'notPosted'; reason: string }
  | { kind: 'perhaps'; reason: string };

/** The parts of a @slack/web-api error read here. */
interface PostError {
  code?: string;
  statusCode?: number;
  original?: { name?: string; code?: string; cause?: { code?: string } };
}

/**
 * What a failed chat.postMessage means for trying again: a 5xx, or a request that never left (connection refused…),
 * posted nothing; no answer in time, or a connection cut, may have posted it; Slack's refusals and a 429 still limited
 * after the policy's waits are final.
 * @example readPostError(timeoutError).kind // → 'perhaps'
 */
export function readPostError(error: unknown): PostTry {
  const e = (error ?? {}) as PostError;
  if (e.code === 'slack_webapi_http_error' && (e.statusCode ?? 0) >= 500)
    return { kind: 'notPosted', reason: `HTTP ${e.statusCode}` };
  if (e.code === 'slack_webapi_request_error') {
    const failure = classifyFailure(error);
    const reason = 'failed' in failure ? failure.failed : failure.cannotPost;
    const network = e.original?.cause?.code ?? e.original?.code;
    if (network && NOT_SENT_CODES.has(network)) return { kind: 'notPosted', reason };
    if (!/rate limit/i.test(reason)) return { kind: 'perhaps', reason };
  }
  return { kind: 'final', failure: classifyFailure(error) };
}

/**
 * The message ts of the answer tagged `id` in the thread or channel, undefined when it is not there; throws when Slack
 * cannot be read.
 */
async function findAnswer(deps: PostDeps, post: AnswerPost, id: string, since: Date): Promise<string | undefined> {
  const oldest = ((since.getTime() - LOOK_BACK_MS) / 1000).toFixed(6);
  const common = { channel: post.channel, oldest, limit: LOOK_LIMIT, include_all_metadata: true };
  const read = post.thread_ts
    ? await deps.client.conversations.replies({ ...common, ts: post.thread_ts })
    : await deps.client.conversations.history(common);
  const found = (read.messages ?? []).find((m) => {
    const metadata = (m as { metadata?: { event_type?: string; event_payload?: { id?: unknown } } }).metadata;
    return metadata?.event_type === ANSWER_EVENT_TYPE && metadata.event_payload?.id === id;
  });
  return found ? (found.ts ?? '') : undefined;
}

/**
 * Post an answer, tagged, exactly once as far as Slack can tell: tried again under the policy after a failure that
 * posted nothing; after one that may have posted it, tried again only when the thread or channel does not hold it.
 * The result is the message's ts, or why it could not be posted (`unsure` when it may have landed: not to be sent
 * another way either). Never throws.
 */
export async function postAnswer(deps: PostDeps, post: AnswerPost, what: string): Promise<Sent<{ ts?: string }>> {
  const id = deps.newId();
  const since = deps.clock();
  const args = {
    ...post,
    unfurl_links: false,
    unfurl_media: false,
    metadata: { event_type: ANSWER_EVENT_TYPE, event_payload: { id } },
  };
  for (let tries = 1; ; tries += 1) {
    let outcome: PostTry;
    try {
      const answer = await deps.client.chat.postMessage(args);
      outcome = { kind: 'posted', ...(answer.ts ? { ts: answer.ts } : {}) };
    } catch (error) {
      outcome = readPostError(error);
    }
    if (outcome.kind === 'posted') return ok(outcome.ts ? { ts: outcome.ts } : {});
    if (outcome.kind === 'final') return fail(outcome.failure);
    const wait = nextWait({ kind: 'retry', reason: outcome.reason }, tries, deps.policy);
    if (outcome.kind === 'perhaps') {
      if (wait !== undefined) await deps.sleep(wait);
      let ts: string | undefined;
      try {
        ts = await findAnswer(deps, post, id, since);
      } catch (error) {
        const cannot = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
        deps.logger.warn(
          `${what}: ${outcome.reason}, and the ${post.thread_ts ? 'thread' : 'channel'} could not be read to see ` +
            `whether it was posted (${cannot}); not posting it again`,
        );
        return fail({ failed: `${outcome.reason}; perhaps posted`, unsure: true });
      }
      if (ts !== undefined) {
        deps.logger.info(`${what}: ${outcome.reason}, but it was posted; not posting it again`);
        return ok(ts ? { ts } : {});
      }
      if (wait === undefined) return fail({ failed: outcome.reason });
      continue;
    }
    if (wait === undefined) return fail({ failed: outcome.reason });
    await deps.sleep(wait);
  }
}

/** A {@link Poster} over `deps`. */
export const poster =
  (deps: PostDeps): Poster =>
  (post, what) =>
    postAnswer(deps, post, what);
