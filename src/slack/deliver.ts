/**
 * Replies through a response_url, tried again when Slack is rate limiting (429 with Retry-After), failing (5xx) or
 * silent (no answer within a timeout): each retry waits — Retry-After when Slack gives one, else an exponential
 * backoff — for a bounded number of tries. Any other answer (e.g. 400 invalid_blocks, 404 expired_url) is final.
 * Bolt's own `respond()` tries once and cannot see Retry-After, hence this. (Web API calls are retried by
 * @slack/web-api itself, configured in app.ts.)
 */
import type { Logger } from '../logger.js';

/** How a reply is tried again. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait after the first failed try when Slack gives no Retry-After; doubled after each further one. */
  baseDelayMs: number;
  /** Longest wait between tries; a Retry-After asking for more ends the tries. */
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

/** What one try came to: delivered, worth another try (after Retry-After, if Slack said), or refused for good. */
export type TryResult =
  | { kind: 'delivered' }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'refused'; reason: string };

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
 * What an HTTP answer of a response_url means: 2xx delivered; 408, 429 and 5xx worth another try; else refused.
 * @example classifyAnswer(429, '1', 'rate_limited') // → { kind: 'retry', reason: 'HTTP 429 rate_limited', retryAfterMs: 1000 }
 */
export function classifyAnswer(status: number, retryAfter: string | null, body: string): TryResult {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  const reason = `HTTP ${status}${body.trim() ? ` ${body.trim().slice(0, 200)}` : ''}`;
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
function failureReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string } } | undefined;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return `request failed (${e?.cause?.code ?? e?.name ?? 'unknown error'})`;
}

/** POST a message to a response_url once, abandoning it after `timeoutMs`; a network failure is worth another try. */
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
    return { kind: 'retry', reason: failureReason(error, timeoutMs) };
  }
  // Once Slack said 2xx the reply is delivered, however slowly the rest of its body comes: never send it again.
  const body = await response.text().catch(() => '');
  return classifyAnswer(response.status, response.headers.get('retry-after'), body);
}

/** What {@link respondWithRetries} needs. */
export interface ReplyDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  policy: RetryPolicy;
  logger: Logger;
}

/**
 * Deliver a reply to a response_url, trying again on 429 (after its Retry-After), 5xx and timeouts. True once
 * delivered; when it cannot be, logs why (never the URL) and returns false rather than throwing.
 */
export async function respondWithRetries(
  deps: ReplyDeps,
  url: string | undefined,
  message: ResponseMessage,
  what: string,
): Promise<boolean> {
  if (!url) {
    deps.logger.error(`could not deliver ${what}: the request carried no response_url`);
    return false;
  }
  const { result, tries } = await withRetries(
    () => postOnce(deps.fetch, url, message, deps.policy.timeoutMs),
    deps.policy,
    deps.sleep,
  );
  if (result.kind === 'delivered') return true;
  deps.logger.error(
    `could not deliver ${what} to Slack after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${result.reason}`,
  );
  return false;
}
