/**
 * Slack misbehaving while briefbot answers: 429 with Retry-After, 5xx, no answer in time, a final 4xx, and every try
 * failing. The real app in HTTP mode, signed requests, nock for the response_url and the Web API.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { buildContext } from '../../src/main.js';
import { encodeButtonValue, PAGE_ACTION, SHARE_ACTION } from '../../src/render/buttons.js';
import { SHARE_FAILED } from '../../src/ask/messages.js';
import type { RetryPolicy } from '../../src/slack/send.js';
import { memoryLogger } from '../helpers.js';
import {
  startAppWith,
  buttonPayload,
  eventCallback,
  joinedText,
  mockNetwork,
  parseBody,
  resetMocks,
  restoreNetwork,
  RESPONSE_HOST,
  RESPONSE_PATH,
  sendAction,
  sendCommand,
  sendEvent,
  settle,
  SLACK_API,
  waitFor,
  type Json,
  type RunningApp,
} from './harness.js';

const CASA_FILE = '001_df728569922fd480.txt';
const LAVROV_FILE = '002_9f8474191b6e5a16.txt';
/**
 * A short timeout, so that a silent Slack costs the suite a fraction of a second, and a short backoff: the Web API
 * client waits it for real (20–40, 40–80, 80–160 ms), the response_url replies through the injected sleep.
 */
const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 20, maxDelayMs: 30_000, timeoutMs: 300 };

let ctx: AskContext;
let target: RunningApp;
const logger = memoryLogger();
/** Every wait the app asked for, in ms (the injected sleep returns at once). */
let sleeps: number[] = [];

beforeAll(async () => {
  ctx = await buildContext('seeds', memoryLogger(), () => new Date('2026-11-22T12:00:00Z'));
  mockNetwork();
  // As harness.startApp, but with the retry policy under test: the response_url replies wait through the injected
  // sleep, as does the Web API client for a 429's Retry-After; its backoff for 5xx answers is waited for real.
  const app = await startAppWith(
    {
      context: () => ctx,
      logger,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      retry: POLICY,
    },
    'xoxb-test-0123456789',
  );
  target = { ...app, logs: logger.lines };
});

beforeEach(() => {
  sleeps = [];
  logger.lines.length = 0;
});

afterEach(() => {
  resetMocks();
});

afterAll(async () => {
  await target?.stop();
  restoreNetwork();
});

/** How Slack answers one request: a status, headers, a body, and optionally only after a delay. */
interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Json;
  delayMs?: number;
}

/** A request Slack received: its body, how it was answered, and when (ms since the epoch). */
interface Hit {
  status: number;
  body: Json;
  at: number;
}

/**
 * Answer the requests to `path` on `host` in turn with `answers`, then with `spare` for as many more as come: every
 * request is recorded, so a try too many shows up as a hit answered by the spare.
 */
function answerInTurn(host: string, path: string, answers: Answer[], spare: Answer): Hit[] {
  const hits: Hit[] = [];
  const intercept = (a: Answer, persist: boolean): void => {
    const interceptor = nock(host).post(path);
    const scope = (a.delayMs ? interceptor.delay(a.delayMs) : interceptor).reply(
      a.status,
      (_uri, body) => {
        hits.push({ status: a.status, body: parseBody(body), at: Date.now() });
        return a.body ?? '';
      },
      a.headers,
    );
    if (persist) scope.persist();
  };
  for (const a of answers) intercept(a, false);
  intercept(spare, true);
  return hits;
}

/** The response_url answering `answers` in turn, then 200 ok. */
const responseUrl = (...answers: Answer[]): Hit[] =>
  answerInTurn(RESPONSE_HOST, RESPONSE_PATH, answers, { status: 200, body: 'ok' });

/** chat.postMessage answering `answers` in turn, then ok. */
const postMessage = (...answers: Answer[]): Hit[] =>
  answerInTurn(SLACK_API, '/api/chat.postMessage', answers, {
    status: 200,
    body: { ok: true, channel: 'C1', ts: '1700000000.000900' },
  });

/** Wait until `n` requests were made and the app has finished with what it was handling; then a little longer. */
async function handled(hits: Hit[], n: number, what: string): Promise<void> {
  await waitFor(() => hits.length >= n, what, 4000);
  await target.app.inflight.idle();
  await settle(50);
}

const errors = (): string[] => logger.lines.filter((l) => l.includes(' error: '));

/** Nothing the app logged names the bot token or the response_url. */
function expectNoSecretsLogged(): void {
  for (const line of logger.lines) {
    expect(line).not.toContain('xoxb-');
    expect(line).not.toContain(RESPONSE_PATH);
  }
}

let tick = 0;
/** An `app_mention` of briefbot in C1, not in a thread. */
const mention = (text: string): Json => {
  const ts = `1700000200.${String(++tick).padStart(6, '0')}`;
  return { type: 'app_mention', text: `<@UBOT> ${text}`, user: 'U1', channel: 'C1', ts, event_ts: ts };
};

describe('replies through the response_url', () => {
  it('waits as a 429 Retry-After says, then delivers the answer once', async () => {
    const hits = responseUrl({ status: 429, headers: { 'Retry-After': '1' }, body: 'rate_limited' });
    expect((await sendCommand(target, 'search CASA-1000')).status).toBe(200);
    await handled(hits, 2, 'the retried answer');
    expect(hits.map((h) => h.status)).toEqual([429, 200]);
    expect(sleeps).toEqual([1000]);
    expect(hits[1]!.body).toEqual(hits[0]!.body);
    expect(hits[1]!.body.response_type).toBe('ephemeral');
    expect(joinedText(hits[1]!.body)).toContain(CASA_FILE);
    expect(errors()).toEqual([]);
  });

  it('tries again after a 500, backing off, and delivers once', async () => {
    const hits = responseUrl({ status: 500, body: 'internal_error' });
    await sendCommand(target, 'search Lavarov');
    await handled(hits, 2, 'the retried answer');
    expect(hits.map((h) => h.status)).toEqual([500, 200]);
    expect(sleeps).toEqual([POLICY.baseDelayMs]);
    expect(joinedText(hits[1]!.body)).toContain(LAVROV_FILE);
    expect(errors()).toEqual([]);
  });

  it('abandons a try Slack does not answer within the timeout, and tries once more', async () => {
    const hits = responseUrl({ status: 200, body: 'ok', delayMs: 2000 });
    const started = Date.now();
    await sendCommand(target, 'search CASA-1000');
    await handled(hits, 2, 'the try after the timeout');
    // The first try reached Slack but got no answer in time: the app gave up on it and made exactly one more.
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - started).toBeGreaterThanOrEqual(POLICY.timeoutMs - 20);
    expect(hits[1]!.at - started).toBeLessThan(2000);
    expect(sleeps).toEqual([POLICY.baseDelayMs]);
    expect(hits[1]!.body).toEqual(hits[0]!.body);
    expect(errors()).toEqual([]);
  });

  it('does not try again after a 400: the reply is refused for good, and that is logged', async () => {
    const hits = responseUrl({ status: 400, body: 'invalid_blocks' });
    await sendCommand(target, 'search CASA-1000');
    await handled(hits, 1, 'the refused answer');
    expect(hits.map((h) => h.status)).toEqual([400]);
    expect(sleeps).toEqual([]);
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toContain(
      'could not deliver the answer to /brief search CASA-1000 to Slack after 1 try: HTTP 400 invalid_blocks',
    );
    expectNoSecretsLogged();
  });

  it('gives up after four tries that all fail, logs it, and answers the next request', async () => {
    const hits = responseUrl(...Array.from({ length: 4 }, () => ({ status: 503, body: 'service_unavailable' })));
    await sendCommand(target, 'search CASA-1000');
    await handled(hits, 4, 'four tries');
    expect(hits.map((h) => h.status)).toEqual([503, 503, 503, 503]);
    expect(sleeps).toEqual([20, 40, 80]);
    expect(errors()).toEqual([
      expect.stringContaining(
        'could not deliver the answer to /brief search CASA-1000 to Slack after 4 tries: HTTP 503 service_unavailable',
      ),
    ]);
    expectNoSecretsLogged();

    resetMocks();
    const next = responseUrl();
    await sendCommand(target, 'search Lavarov');
    await handled(next, 1, 'the next answer');
    expect(next).toHaveLength(1);
    expect(joinedText(next[0]!.body)).toContain(LAVROV_FILE);
  });

  it('gives up at once when Retry-After asks for longer than it may wait', async () => {
    const hits = responseUrl({ status: 429, headers: { 'Retry-After': '120' }, body: 'rate_limited' });
    await sendCommand(target, 'help');
    await handled(hits, 1, 'the rate-limited answer');
    expect(hits.map((h) => h.status)).toEqual([429]);
    expect(sleeps).toEqual([]);
    expect(errors()).toEqual([expect.stringContaining('after 1 try: HTTP 429 rate_limited')]);
  });

  it('redraws a page once after a 503', async () => {
    const hits = responseUrl({ status: 503 });
    await sendAction(
      target,
      buttonPayload(`${PAGE_ACTION}_next`, encodeButtonValue({ command: 'search Pakistan', page: 2 })!),
    );
    await handled(hits, 2, 'the page');
    expect(hits.map((h) => h.status)).toEqual([503, 200]);
    expect(hits[1]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  });

  it('shares once and does not report the share as failed when removing the private copy needs a second try', async () => {
    const posts = postMessage();
    const hits = responseUrl({ status: 500 });
    await sendAction(target, buttonPayload(SHARE_ACTION, encodeButtonValue({ command: 'search CASA-1000', page: 1 })!));
    await handled(hits, 2, 'the removal of the private copy');
    expect(posts).toHaveLength(1);
    expect(hits.map((h) => [h.status, h.body])).toEqual([
      [500, { delete_original: true }],
      [200, { delete_original: true }],
    ]);
    expect(JSON.stringify(hits)).not.toContain(SHARE_FAILED);
  });
});

describe('messages through the Web API', () => {
  it('answers a mention once in its thread after chat.postMessage was rate limited, having waited Retry-After', async () => {
    const posts = postMessage({
      status: 429,
      headers: { 'Retry-After': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    const event = mention('search Lavrov');
    expect((await sendEvent(target, eventCallback(event))).status).toBe(200);
    await handled(posts, 2, 'the post after the rate limit');
    expect(posts.map((h) => h.status)).toEqual([429, 200]);
    // The Web API client's fetch waits out Retry-After through the app's sleep, and nothing more.
    expect(sleeps).toEqual([1000]);
    expect(posts[1]!.body).toMatchObject({ channel: 'C1', thread_ts: event.ts });
    expect(joinedText(posts[1]!.body)).toContain(LAVROV_FILE);
    expect(errors()).toEqual([]);
  });

  it('answers a mention once after chat.postMessage failed with a 500', async () => {
    const posts = postMessage({ status: 500, body: 'oops' });
    const event = mention('search CASA-1000');
    await sendEvent(target, eventCallback(event));
    await handled(posts, 2, 'the post after the 500');
    expect(posts.map((h) => h.status)).toEqual([500, 200]);
    expect(posts[1]!.body).toMatchObject({ channel: 'C1', thread_ts: event.ts });
    expect(errors()).toEqual([]);
  });

  it('does not post again when Slack refuses the message (invalid_blocks), and logs it', async () => {
    const posts = postMessage({ status: 200, body: { ok: false, error: 'invalid_blocks' } });
    await sendEvent(target, eventCallback(mention('search CASA-1000')));
    await handled(posts, 1, 'the refused post');
    expect(posts).toHaveLength(1);
    expect(errors()).toEqual([expect.stringContaining('invalid_blocks')]);
    expectNoSecretsLogged();
  });

  it('gives up after the retries when chat.postMessage keeps failing, logs it, and answers the next mention', async () => {
    const posts = postMessage(...Array.from({ length: 4 }, () => ({ status: 502, body: 'bad gateway' })));
    await sendEvent(target, eventCallback(mention('search CASA-1000')));
    await handled(posts, 4, 'four tries');
    expect(posts.map((h) => h.status)).toEqual([502, 502, 502, 502]);
    expect(errors()).toEqual([expect.stringContaining('Slack listener failed')]);
    expectNoSecretsLogged();

    resetMocks();
    const next = postMessage();
    const event = mention('search Lavrov');
    await sendEvent(target, eventCallback(event));
    await handled(next, 1, 'the next answer');
    expect(next).toHaveLength(1);
    expect(next[0]!.body).toMatchObject({ thread_ts: event.ts });
  });
});
