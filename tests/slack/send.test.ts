/**
 * The one way briefbot talks to Slack (slack/send.ts): the retry policy, the Web API client configured from it, and
 * the one reading of a final failure. Web API calls go through a real @slack/web-api client; nock plays Slack.
 */
import { LogLevel, webApi } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CANNOT_POST_CODES,
  classifyAnswer,
  classifyFailure,
  DEFAULT_RETRY_POLICY,
  nextWait,
  sendWeb,
  webApiClientOptions,
  type RetryPolicy,
} from '../../src/slack/send.js';
import { parseBody, SLACK_API, type Json } from './harness.js';

/** Four tries, a short backoff (the client waits it for real) and a short time-out. */
const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 30_000, timeoutMs: 300 };

/** Every wait for a 429's Retry-After, in ms: the client's fetch waits through this, which returns at once. */
let sleeps: number[] = [];
const recordSleep = async (ms: number): Promise<void> => {
  sleeps.push(ms);
};

/** A Web API client as the app builds one, under {@link POLICY}. */
const client = (policy = POLICY): webApi.WebClient =>
  new webApi.WebClient('xoxb-test', {
    slackApiUrl: `${SLACK_API}/api/`,
    logLevel: LogLevel.ERROR,
    ...webApiClientOptions(policy, (...args) => globalThis.fetch(...args), recordSleep),
  });

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: Json | string;
  delayMs?: number;
}

/** chat.postMessage answering `answers` in turn, then `ok` for as many more as come; every request recorded. */
function postMessage(...answers: Answer[]): Array<{ status: number; at: number; body: Json }> {
  const hits: Array<{ status: number; at: number; body: Json }> = [];
  const intercept = (a: Answer): nock.Scope => {
    const interceptor = nock(SLACK_API).post('/api/chat.postMessage');
    return (a.delayMs ? interceptor.delay(a.delayMs) : interceptor).reply(
      a.status,
      (_uri, body) => {
        hits.push({ status: a.status, at: Date.now(), body: parseBody(body) });
        return a.body ?? '';
      },
      a.headers,
    );
  };
  for (const a of answers) intercept(a);
  intercept({ status: 200, body: { ok: true, channel: 'C1', ts: '1700000000.000900' } }).persist();
  return hits;
}

const post = (c = client()) => sendWeb(() => c.chat.postMessage({ channel: 'C1', text: 'hello' }));

beforeAll(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  sleeps = [];
});

afterAll(() => {
  nock.enableNetConnect();
});

describe('Web API calls, retried by the client under the policy', () => {
  it('configures the client: three more tries, 1–2, 2–4 and 4–8 s apart, each given 10 s; 429s left to its fetch', () => {
    const options = webApiClientOptions(DEFAULT_RETRY_POLICY, fetch, recordSleep);
    expect(options).toMatchObject({
      retryConfig: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 30_000, randomize: true },
      timeout: 10_000,
      rejectRateLimitedCalls: true,
    });
    expect(webApiClientOptions({ ...DEFAULT_RETRY_POLICY, attempts: 1 }, fetch, recordSleep).retryConfig.retries).toBe(
      0,
    );
  });

  it('waits as a 429 Retry-After says, then posts once', async () => {
    const hits = postMessage({
      status: 429,
      headers: { 'Retry-After': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    const sent = await post();
    expect(sent).toMatchObject({ ok: true, value: { ts: '1700000000.000900' } });
    expect(hits.map((h) => h.status)).toEqual([429, 200]);
    expect(sleeps).toEqual([1000]);
    expect(hits[1]!.body).toEqual(hits[0]!.body);
  });

  it('waits Retry-After alone, with no backoff of its own on top: two 429s of 1 s cost 2 s of waiting', async () => {
    const limited = { status: 429, headers: { 'Retry-After': '1' }, body: { ok: false, error: 'ratelimited' } };
    const hits = postMessage(limited, limited);
    const started = Date.now();
    expect((await post(client({ ...POLICY, baseDelayMs: 1000 }))).ok).toBe(true);
    expect(hits.map((h) => h.status)).toEqual([429, 429, 200]);
    expect(sleeps).toEqual([1000, 1000]);
    // The waits above returned at once: any further time would be a backoff the client added (1 s and more).
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('does not wait a Retry-After longer than the policy allows: the call fails at once as rate limited', async () => {
    const hits = postMessage({ status: 429, headers: { 'Retry-After': '120' }, body: { ok: false, error: 'x' } });
    expect(await post()).toEqual({ ok: false, error: { failed: 'rate limited (retry after 120 s)' } });
    expect(hits).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('tries a 5xx again and posts once', async () => {
    const hits = postMessage({ status: 503, body: 'busy' });
    expect((await post()).ok).toBe(true);
    expect(hits.map((h) => h.status)).toEqual([503, 200]);
  });

  it('abandons a try Slack does not answer within the time-out, and tries again', async () => {
    const hits = postMessage({ status: 200, body: { ok: true, ts: '1.1' }, delayMs: 2000 });
    const started = Date.now();
    expect((await post()).ok).toBe(true);
    expect(hits).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up after the policy’s tries when Slack keeps rate limiting: failed, not “cannot post”', async () => {
    const limited = { status: 429, headers: { 'Retry-After': '0' }, body: { ok: false, error: 'ratelimited' } };
    const hits = postMessage(limited, limited, limited, limited);
    const sent = await post();
    expect(hits.map((h) => h.status)).toEqual([429, 429, 429, 429]);
    expect(sent).toEqual({ ok: false, error: { failed: 'rate limited (retry after 0 s)' } });
    expect(sleeps).toEqual([0, 0, 0]);
  });

  it('gives up after the policy’s tries when Slack keeps failing, with the status as the reason', async () => {
    const hits = postMessage(...Array.from({ length: 4 }, () => ({ status: 502, body: 'bad gateway' })));
    expect(await post()).toEqual({ ok: false, error: { failed: 'HTTP 502' } });
    expect(hits).toHaveLength(4);
  });

  it('does not try again when Slack refuses the post: a channel it may not post in is “cannot post”', async () => {
    const hits = postMessage({ status: 200, body: { ok: false, error: 'not_in_channel' } });
    expect(await post()).toEqual({ ok: false, error: { cannotPost: 'not_in_channel' } });
    expect(hits).toHaveLength(1);
  });

  it('does not try again when Slack refuses the message for another reason: failed, with Slack’s code', async () => {
    const hits = postMessage({ status: 200, body: { ok: false, error: 'invalid_blocks' } });
    expect(await post()).toEqual({ ok: false, error: { failed: 'invalid_blocks' } });
    expect(hits).toHaveLength(1);
  });

  it('never throws: whatever the call throws comes back as a failure, with the error as its cause', async () => {
    const bug = new Error('rendering broke');
    const sent = await sendWeb(async () => {
      throw bug;
    });
    expect(sent).toEqual({ ok: false, error: { failed: 'rendering broke', cause: bug } });
  });
});

describe('classifyFailure, the one reading of a final failure', () => {
  const platform = (error: string): unknown => ({ code: 'slack_webapi_platform_error', data: { ok: false, error } });

  it('knows one set of codes that mean briefbot cannot post in the channel', () => {
    expect([...CANNOT_POST_CODES].sort()).toEqual([
      'channel_not_found',
      'ekm_access_denied',
      'is_archived',
      'not_in_channel',
      'restricted_action',
    ]);
    for (const code of CANNOT_POST_CODES) expect(classifyFailure(platform(code))).toEqual({ cannotPost: code });
  });

  it('says why anything else failed, without a cause for Slack’s own answers', () => {
    expect(classifyFailure(platform('msg_too_long'))).toEqual({ failed: 'msg_too_long' });
    expect(classifyFailure({ code: 'slack_webapi_http_error', statusCode: 500 })).toEqual({ failed: 'HTTP 500' });
    expect(classifyFailure({ code: 'slack_webapi_rate_limited_error', retryAfter: 2 })).toEqual({
      failed: 'rate limited (retry after 2 s)',
    });
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(classifyFailure({ code: 'slack_webapi_request_error', original: timeout })).toEqual({
      failed: 'no answer in time',
    });
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(classifyFailure({ code: 'slack_webapi_request_error', original: refused })).toEqual({
      failed: 'request failed (ECONNREFUSED)',
    });
    expect(classifyFailure('odd')).toEqual({ failed: 'odd', cause: 'odd' });
  });
});

describe('the retry policy', () => {
  it('retries 408, 429 and 5xx, and nothing else', () => {
    expect([200, 204, 400, 403, 404, 408, 410, 429, 500, 503].map((s) => classifyAnswer(s, null, '').kind)).toEqual([
      'delivered',
      'delivered',
      'refused',
      'refused',
      'refused',
      'retry',
      'refused',
      'retry',
      'retry',
      'retry',
    ]);
    expect(classifyAnswer(503, '7', 'busy')).toEqual({ kind: 'retry', reason: 'HTTP 503 busy', retryAfterMs: 7000 });
    expect(classifyAnswer(429, 'Wed, 21 Oct 2015 07:28:00 GMT', '')).toEqual({ kind: 'retry', reason: 'HTTP 429' });
  });

  it('backs off 1, 2, 4 s by default, then stops: the total wait is bounded', () => {
    const failed = { kind: 'retry', reason: 'HTTP 500' } as const;
    expect([1, 2, 3, 4].map((tries) => nextWait(failed, tries, DEFAULT_RETRY_POLICY))).toEqual([
      1000,
      2000,
      4000,
      undefined,
    ]);
    expect(nextWait(failed, 3, { ...DEFAULT_RETRY_POLICY, attempts: 10, maxDelayMs: 3000 })).toBe(3000);
    expect(nextWait({ ...failed, retryAfterMs: 30_000 }, 1, DEFAULT_RETRY_POLICY)).toBe(30_000);
    expect(nextWait({ ...failed, retryAfterMs: 30_001 }, 1, DEFAULT_RETRY_POLICY)).toBeUndefined();
    expect(nextWait({ kind: 'refused', reason: 'HTTP 400' }, 1, DEFAULT_RETRY_POLICY)).toBeUndefined();
  });
});
