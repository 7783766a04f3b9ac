/**
 * The one way briefbot talks to Slack: one retry policy, one layer of retries per transport, and one reading of a
 * final failure.
 *
 * - The policy is {@link RetryPolicy} (default {@link DEFAULT_RETRY_POLICY}): how many tries, the backoff, the longest
 *   wait, and how long one try may take. Every sender is retried under it, on 429 (after its Retry-After), 5xx and
 *   failures to connect; any other answer is final.
 * - Web API calls (views.publish, users.info, digests and announcements, Bolt's own calls) are retried inside the
 *   @slack/web-api client and nowhere else: {@link webApiClientOptions} turns the policy into the client's
 *   `retryConfig` and `timeout`, so that it tries 5xx answers and time-outs again with the policy's backoff
 *   (randomized, ×1–2), and gives it a `fetch` that waits out a 429's Retry-After and nothing more
 *   ({@link rateLimitedFetch}; the client's own handling adds its backoff on top of the header).
 * - Answers posted in a channel or thread (a mention's, a DM's, a share) are the exception: a time-out after Slack
 *   took the post may have posted it, so they go through a client that does not retry, and `post.ts` tries them
 *   again itself, looking for a tagged answer before posting it a second time.
 * - Replies to a response_url are plain HTTP POSTs, which Bolt's `respond()` tries once and without reading
 *   Retry-After: {@link reply} tries them under the same policy, waiting through the injected sleep, but not after a
 *   time-out or a connection broken once sent (`unsure`: it may have been delivered).
 * - A final Web API failure is read once, by {@link classifyFailure}: `cannotPost` when Slack says briefbot may not
 *   post in the channel ({@link CANNOT_POST_CODES}), else `failed`. {@link sendWeb} runs a call and returns that as a
 *   {@link Sent} result, so that no caller (the digest least of all) knows Slack's error shapes.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../logger.js';
import type { PostFailure } from '../digest/types.js';
import { fail, ok, type Result } from '../result.js';

/** How a request to Slack is tried again. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait after the first failed try when Slack gives no Retry-After; doubled after each further one. */
  baseDelayMs: number;
  /** Longest wait between tries; a Retry-After asking for more ends the tries of a reply. */
  maxDelayMs: number;
  /** A try Slack has not answered after this long is abandoned (and tried again). */
  timeoutMs: number;
}

/** Four tries, 1 s then 2 s then 4 s apart (or as Slack says, up to 30 s), each given 10 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  timeoutMs: 10_000,
};

/**
 * The Web API client's options under a policy: as many retries, the same exponential backoff (randomized, so that
 * many clients do not come back at once) and the same time-out per try for 5xx answers and time-outs; 429s are
 * waited out by {@link rateLimitedFetch} over `fetchFn`, and one still rate limited after the policy's tries is final.
 * @example webApiClientOptions(DEFAULT_RETRY_POLICY, fetch, sleep).retryConfig
 *   // → { retries: 3, factor: 2, minTimeout: 1000, … }
 */
export function webApiClientOptions(
  policy: RetryPolicy,
  fetchFn: typeof fetch,
  sleep: (ms: number) => Promise<void>,
): { retryConfig: webApi.RetryOptions; timeout: number; rejectRateLimitedCalls: true; fetch: typeof fetch } {
  return {
    retryConfig: {
      retries: Math.max(0, policy.attempts - 1),
      factor: 2,
      minTimeout: policy.baseDelayMs,
      maxTimeout: policy.maxDelayMs,
      randomize: true,
    },
    timeout: policy.timeoutMs,
    rejectRateLimitedCalls: true,
    fetch: rateLimitedFetch(fetchFn, policy, sleep),
  };
}

/**
 * A fetch that answers a 429 by waiting exactly its Retry-After (through `sleep`) and sending the same request again,
 * up to the policy's tries; the last 429, or one asking for longer than the policy's longest wait, is returned as
 * Slack gave it. Each try after the first gets its own time-out, as the first has from the client.
 */
export function rateLimitedFetch(
  fetchFn: typeof fetch,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
): typeof fetch {
  return async (input, init) => {
    for (let tries = 1; ; tries += 1) {
      const signal = tries === 1 ? init?.signal : AbortSignal.timeout(policy.timeoutMs);
      const response = await fetchFn(input, { ...init, ...(signal ? { signal } : {}) });
      const wait = response.status === 429 ? retryAfterMs(response.headers.get('retry-after')) : undefined;
      if (wait === undefined || wait > policy.maxDelayMs || tries >= policy.attempts) return response;
      await response.body?.cancel();
      await sleep(wait);
    }
  };
}

/** Slack error codes that mean briefbot may not post in the channel until someone acts (invites it, unarchives…). */
export const CANNOT_POST_CODES: ReadonlySet<string> = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'ekm_access_denied',
]);

/** What sending came to: Slack's answer, or why not (the digest's {@link PostFailure}, which this fills in). */
export type Sent<T> = Result<T, PostFailure>;

/** The parts of a @slack/web-api error this module reads. */
interface WebApiError {
  code?: string;
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
  original?: { name?: string; message?: string; code?: string; cause?: { code?: string } };
}

/** The Slack error code of a Web API failure (`not_in_channel`, `msg_too_long`…), if any. */
export const slackErrorCode = (error: unknown): string | undefined => (error as WebApiError | undefined)?.data?.error;

/**
 * What a final Web API failure means: `cannotPost` with Slack's code when briefbot may not post in the channel,
 * else `failed` with a short reason (never a token or a URL), keeping the error as `cause` when it is not one of
 * Slack's answers (a bug, rather than Slack saying no).
 * @example classifyFailure(platformError('not_in_channel')) // → { cannotPost: 'not_in_channel' }
 */
export function classifyFailure(error: unknown): PostFailure {
  const e = (error ?? {}) as WebApiError;
  const slackCode = slackErrorCode(error);
  if (slackCode && CANNOT_POST_CODES.has(slackCode)) return { cannotPost: slackCode };
  switch (e.code) {
    case 'slack_webapi_platform_error':
      return { failed: slackCode ?? 'Slack said no' };
    case 'slack_webapi_http_error':
      return { failed: `HTTP ${e.statusCode ?? '?'}` };
    case 'slack_webapi_rate_limited_error':
      return { failed: `rate limited (retry after ${e.retryAfter ?? '?'} s)` };
    case 'slack_webapi_request_error':
      // The client's last try of a rate-limited call, once it has waited Retry-After, ends in a plain error.
      return { failed: /rate limit/i.test(e.original?.message ?? '') ? 'rate limited' : requestFailure(e.original) };
    default:
      return { failed: error instanceof Error ? error.message : String(error), cause: error };
  }
}

/**
 * Run one Web API call — retried by the client itself under the policy, see {@link webApiClientOptions} — and give
 * its answer, or its final failure read by {@link classifyFailure}. Never throws.
 */
export async function sendWeb<T>(call: () => Promise<T>): Promise<Sent<T>> {
  try {
    return ok(await call());
  } catch (error) {
    return fail(classifyFailure(error));
  }
}

/**
 * What one try of a reply came to: delivered, worth another try (after Retry-After, if Slack said), refused, or
 * `unsure`: sent, but Slack did not answer in time or the connection broke, so it may have been delivered and is not
 * sent again.
 */
export type TryResult =
  | { kind: 'delivered' }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'refused'; reason: string; expired?: true }
  | { kind: 'unsure'; reason: string };

/** Network failures that happen before a request is sent (nothing can have been delivered): worth another try. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** What a reply to a response_url carries: a message and how it lands (`delete_original` alone is a reply too). */
export type ResponseMessage = Record<string, unknown>;

/**
 * Milliseconds a Retry-After header asks for (Slack gives whole seconds); undefined when absent or unreadable.
 * @example retryAfterMs('2') // → 2000
 */
export function retryAfterMs(header: string | null | undefined): number | undefined {
  return header != null && /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : undefined;
}

/**
 * What an HTTP answer of a response_url means: 2xx delivered; 408, 429 and 5xx worth another try; else refused, and
 * `expired` when Slack no longer takes replies there (404 or 410, or it says `expired_url` or `used_url`: a button
 * pressed after 30 minutes, or a message replied to five times).
 * @example classifyAnswer(429, '1', 'rate_limited') // → { kind: 'retry', reason: 'HTTP 429 rate_limited', … }
 */
export function classifyAnswer(status: number, retryAfter: string | null, body: string): TryResult {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  const reason = `HTTP ${status}${body.trim() ? ` ${body.trim().slice(0, 200)}` : ''}`;
  if (status === 404 || status === 410 || /\b(?:expired|used)_url\b/.test(body))
    return { kind: 'refused', reason, expired: true };
  if (status !== 408 && status !== 429 && status < 500) return { kind: 'refused', reason };
  const wait = retryAfterMs(retryAfter);
  return { kind: 'retry', reason, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
}

/**
 * The wait before the next try after try number `tries` (from 1), or undefined when there is to be none: the result
 * is final, the tries are used up, or Slack asks to wait longer than the policy allows.
 * @example nextWait({ kind: 'retry', reason: 'HTTP 500' }, 2, DEFAULT_RETRY_POLICY) // → 2000
 */
export function nextWait(result: TryResult, tries: number, policy: RetryPolicy): number | undefined {
  if (result.kind !== 'retry' || tries >= policy.attempts) return undefined;
  if (result.retryAfterMs !== undefined)
    return result.retryAfterMs <= policy.maxDelayMs ? result.retryAfterMs : undefined;
  return Math.min(policy.baseDelayMs * 2 ** (tries - 1), policy.maxDelayMs);
}

/** Run `attempt` until it is delivered or refused or the policy says stop, sleeping between tries. */
export async function withRetries(
  attempt: () => Promise<TryResult>,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
): Promise<{ result: TryResult; tries: number }> {
  for (let tries = 1; ; tries += 1) {
    const result = await attempt();
    const wait = nextWait(result, tries, policy);
    if (wait === undefined) return { result, tries };
    await sleep(wait);
  }
}

/** Why a request got no answer, without its URL (a response_url is a credential of sorts). */
function requestFailure(error: WebApiError['original'] | undefined, timeoutMs?: number): string {
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError')
    return timeoutMs === undefined ? 'no answer in time' : `no answer within ${timeoutMs} ms`;
  return `request failed (${error?.cause?.code ?? error?.code ?? error?.name ?? 'unknown error'})`;
}

/**
 * POST a message to a response_url once, abandoning it after `timeoutMs`. A failure to connect is worth another
 * try; no answer in time, or a connection broken once the request was sent, may have delivered it: `unsure`, not
 * tried again.
 */
export async function postOnce(
  fetchFn: typeof fetch,
  url: string,
  message: ResponseMessage,
  timeoutMs: number,
): Promise<TryResult> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as WebApiError['original'];
    const reason = requestFailure(e, timeoutMs);
    const network = e?.cause?.code ?? e?.code;
    return network && NOT_SENT_CODES.has(network) ? { kind: 'retry', reason } : { kind: 'unsure', reason };
  }
  // Once Slack said 2xx the reply is delivered, however slowly the rest of its body comes: never send it again.
  const body = await response.text().catch(() => '');
  return classifyAnswer(response.status, response.headers.get('retry-after'), body);
}

/** What {@link reply} needs. */
export interface ReplyDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  policy: RetryPolicy;
  logger: Logger;
}

/**
 * How a reply to a response_url ended: delivered; `expired` when Slack no longer takes replies there (see
 * {@link classifyAnswer}); `unsure` when Slack got it but did not answer in time (it may have been delivered);
 * `failed` otherwise (refused, no response_url, or Slack kept failing).
 */
export type ReplyOutcome = 'delivered' | 'expired' | 'unsure' | 'failed';

/** A way to reply through a response_url, saying how it ended (a failure logged); never throws. */
export type Replier = (url: string | undefined, message: ResponseMessage, what: string) => Promise<ReplyOutcome>;

/**
 * Deliver a reply to a response_url, trying again on 429 (after its Retry-After), 5xx and a failure to connect, not
 * after a time-out (it may have been delivered: sent twice, it would show twice). When it cannot be delivered, or may
 * not have been, logs why (never the URL) and says so rather than throwing.
 */
export async function reply(
  deps: ReplyDeps,
  url: string | undefined,
  message: ResponseMessage,
  what: string,
): Promise<ReplyOutcome> {
  if (!url) {
    deps.logger.error(`could not deliver ${what}: the request carried no response_url`);
    return 'failed';
  }
  const { result, tries } = await withRetries(
    () => postOnce(deps.fetch, url, message, deps.policy.timeoutMs),
    deps.policy,
    deps.sleep,
  );
  if (result.kind === 'delivered') return 'delivered';
  if (result.kind === 'unsure') {
    deps.logger.warn(`${what}: ${result.reason}; it may have been delivered, so it is not sent again`);
    return 'unsure';
  }
  deps.logger.error(
    `could not deliver ${what} to Slack after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${result.reason}`,
  );
  return result.kind === 'refused' && result.expired ? 'expired' : 'failed';
}

/** A {@link Replier} over `deps`. */
export const replier =
  (deps: ReplyDeps): Replier =>
  (url, message, what) =>
    reply(deps, url, message, what);
