/**
 * Slack misbehaving while briefbot answers: 429 with Retry-After, 5xx, no answer in time, a final 4xx, and every try
 * failing. The real app in HTTP mode, signed requests, nock for the response_url and the Web API.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { buildContext } from '../../src/main.js';
import { encodeButtonValue, PAGE_ACTION, SHARE_ACTION } from '../../src/render/buttons.js';
import {
  notInChannelReply,
  REPLY_EXPIRED,
  REPLY_NOT_TAKEN,
  SHARE_FAILED,
  threadReplyFailed,
} from '../../src/ask/messages.js';
import { ANSWER_EVENT_TYPE } from '../../src/slack/post.js';
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

/** chat.postEphemeral answering `answers` in turn, then ok. */
const postEphemeral = (...answers: Answer[]): Hit[] =>
  answerInTurn(SLACK_API, '/api/chat.postEphemeral', answers, {
    status: 200,
    body: { ok: true, message_ts: '1700000000.000901' },
  });

/** conversations.open answering `answers` in turn, then with the DM D42. */
const conversationsOpen = (...answers: Answer[]): Hit[] =>
  answerInTurn(SLACK_API, '/api/conversations.open', answers, {
    status: 200,
    body: { ok: true, channel: { id: 'D42' } },
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

  it('does not send again a reply Slack took but did not answer within the timeout: it may have landed', async () => {
    const hits = responseUrl({ status: 200, body: 'ok', delayMs: 2000 });
    const ephemeral = postEphemeral();
    const started = Date.now();
    await sendCommand(target, 'search CASA-1000');
    await handled(hits, 1, 'the slow try');
    await waitFor(() => logger.lines.length > 0, 'the time-out', 2000);
    await target.app.inflight.idle();
    // The try reached Slack but got no answer in time: the app gave up on it and made no other (was: one more, so
    // that a Slack that took the first showed the answer twice), nor sent it another way.
    expect(Date.now() - started).toBeGreaterThanOrEqual(POLICY.timeoutMs - 20);
    expect(hits).toHaveLength(1);
    expect(ephemeral).toHaveLength(0);
    expect(sleeps).toEqual([]);
    expect(logger.lines).toEqual([
      'briefbot: warning: the answer to /brief search CASA-1000: no answer within 300 ms; ' +
        'it may have been delivered, so it is not sent again',
    ]);
  });

  it('tries again a reply whose connection was refused: nothing was sent', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
    nock(RESPONSE_HOST).post(RESPONSE_PATH).replyWithError(refused);
    const hits = responseUrl();
    await sendCommand(target, 'search CASA-1000');
    await handled(hits, 1, 'the try after the refused connection');
    expect(hits).toHaveLength(1);
    expect(sleeps).toEqual([POLICY.baseDelayMs]);
    expect(joinedText(hits[0]!.body)).toContain(CASA_FILE);
    expect(errors()).toEqual([]);
  });

  it('does not try again after a 400: the reply is refused for good, logged, and sent to the user another way', async () => {
    const hits = responseUrl({ status: 400, body: 'invalid_blocks' });
    const ephemeral = postEphemeral();
    await sendCommand(target, 'search CASA-1000');
    await handled(ephemeral, 1, 'the answer sent another way');
    expect(hits.map((h) => h.status)).toEqual([400]);
    expect(ephemeral[0]!.body).toMatchObject({ channel: 'C1', user: 'U42' });
    expect(sleeps).toEqual([]);
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toContain(
      'could not deliver the answer to /brief search CASA-1000 to Slack after 1 try: HTTP 400 invalid_blocks',
    );
    expectNoSecretsLogged();
  });

  it('gives up after four tries that all fail, logs it, sends the answer another way, and answers the next request', async () => {
    const hits = responseUrl(...Array.from({ length: 4 }, () => ({ status: 503, body: 'service_unavailable' })));
    const ephemeral = postEphemeral();
    await sendCommand(target, 'search CASA-1000');
    await handled(ephemeral, 1, 'four tries, then the answer sent another way');
    expect(joinedText(ephemeral[0]!.body)).toContain(REPLY_NOT_TAKEN);
    expect(joinedText(ephemeral[0]!.body)).toContain(CASA_FILE);
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
    const ephemeral = postEphemeral();
    await sendCommand(target, 'help');
    await handled(ephemeral, 1, 'the rate-limited answer, sent another way');
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

  it('does not post again when Slack refuses the message (invalid_blocks), logs it, and tells the user privately', async () => {
    const posts = postMessage({ status: 200, body: { ok: false, error: 'invalid_blocks' } });
    const ephemeral = postEphemeral();
    await sendEvent(target, eventCallback(mention('search CASA-1000')));
    await handled(ephemeral, 1, 'the refused post, then the private one');
    expect(posts).toHaveLength(1);
    expect(errors()).toEqual(['briefbot: error: could not answer a mention in C1: invalid_blocks']);
    expect(ephemeral[0]!.body).toMatchObject({ channel: 'C1', user: 'U1' });
    expectNoSecretsLogged();
  });

  it('gives up after the retries when chat.postMessage keeps failing, logs it, and answers the next mention', async () => {
    const posts = postMessage(...Array.from({ length: 4 }, () => ({ status: 502, body: 'bad gateway' })));
    const ephemeral = postEphemeral();
    await sendEvent(target, eventCallback(mention('search CASA-1000')));
    await handled(ephemeral, 1, 'four tries, then the private answer');
    expect(posts.map((h) => h.status)).toEqual([502, 502, 502, 502]);
    expect(errors()).toEqual(['briefbot: error: could not answer a mention in C1: HTTP 502']); // was: Slack listener failed
    expect(joinedText(ephemeral[0]!.body)).toContain(threadReplyFailed('C1'));
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

describe('a reply that cannot land where it was meant reaches the user another way', () => {
  const infos = (): string[] => logger.lines.filter((l) => !l.includes(' error: ') && !l.includes(' warning: '));

  it('DMs the answer to a mention, with how to invite briefbot, when the channel refuses it (not_in_channel)', async () => {
    const posts = postMessage({ status: 200, body: { ok: false, error: 'not_in_channel' } });
    const ephemeral = postEphemeral({ status: 200, body: { ok: false, error: 'not_in_channel' } });
    const opened = conversationsOpen();
    await sendEvent(target, eventCallback(mention('search CASA-1000')));
    await handled(posts, 2, 'the refused post, then the DM');
    expect(ephemeral.map((h) => h.body)).toEqual([expect.objectContaining({ channel: 'C1', user: 'U1' })]);
    expect(opened.map((h) => h.body)).toEqual([expect.objectContaining({ users: 'U1' })]);
    expect(posts.map((h) => h.body.channel)).toEqual(['C1', 'D42']);
    const dm = joinedText(posts[1]!.body);
    expect(dm).toContain(notInChannelReply('C1'));
    expect(dm).toContain('`/invite @briefbot`');
    expect(dm).toContain(CASA_FILE);
    expect(posts[1]!.body.thread_ts).toBeUndefined();
    expect(logger.lines).toContain('briefbot: warning: could not answer a mention in C1: not_in_channel');
    expect(infos()).toEqual(['briefbot: sent the answer to a mention to U1 by DM instead']);
    expect(errors()).toEqual([]);
  });

  it('sends the answer to a command privately in the channel, saying to run it again, when its response_url expired (404)', async () => {
    const hits = responseUrl({ status: 404, body: 'expired_url' });
    const ephemeral = postEphemeral();
    await sendCommand(target, 'search CASA-1000');
    await handled(ephemeral, 1, 'the answer sent anew');
    expect(hits.map((h) => h.status)).toEqual([404]); // an expired response_url is not tried again
    expect(sleeps).toEqual([]);
    expect(ephemeral[0]!.body).toMatchObject({ channel: 'C1', user: 'U42' });
    const text = joinedText(ephemeral[0]!.body);
    expect(text).toContain(REPLY_EXPIRED);
    expect(text).toContain('Run the command again');
    expect(text).toContain(CASA_FILE);
    expect(infos()).toEqual(['briefbot: sent the answer to /brief search CASA-1000 to U42 privately in C1 instead']);
    expectNoSecretsLogged();
  });

  it('sends the page a button asks for as a new private message, with its buttons, when the answer is too old to replace', async () => {
    const hits = responseUrl({ status: 404, body: 'expired_url' });
    const ephemeral = postEphemeral();
    const value = encodeButtonValue({ command: 'search Pakistan', page: 2 })!;
    await sendAction(target, buttonPayload(`${PAGE_ACTION}_next`, value));
    await handled(ephemeral, 1, 'the page sent anew');
    expect(hits).toHaveLength(1);
    expect(joinedText(ephemeral[0]!.body)).toContain(REPLY_EXPIRED);
    expect(joinedText(ephemeral[0]!.body)).toContain('match `Pakistan`');
    expect(JSON.stringify(ephemeral[0]!.body.blocks)).toContain(SHARE_ACTION);
  });

  it('DMs the answer when the response_url fails every time and an ephemeral message is refused too', async () => {
    responseUrl(...Array.from({ length: 4 }, () => ({ status: 500, body: 'oops' })));
    const ephemeral = postEphemeral({ status: 200, body: { ok: false, error: 'channel_not_found' } });
    const opened = conversationsOpen();
    const posts = postMessage();
    await sendCommand(target, 'search Lavarov');
    await handled(posts, 1, 'the DM');
    expect(ephemeral).toHaveLength(1);
    expect(opened.map((h) => h.body.users)).toEqual(['U42']);
    expect(posts[0]!.body.channel).toBe('D42');
    expect(joinedText(posts[0]!.body)).toContain(REPLY_NOT_TAKEN);
    expect(joinedText(posts[0]!.body)).toContain(LAVROV_FILE);
  });

  it('logs, once, that the user could not be reached at all when every way fails', async () => {
    responseUrl(...Array.from({ length: 4 }, () => ({ status: 500, body: 'oops' })));
    postEphemeral({ status: 200, body: { ok: false, error: 'channel_not_found' } });
    const opened = conversationsOpen({ status: 200, body: { ok: false, error: 'user_not_found' } });
    await sendCommand(target, 'help');
    await handled(opened, 1, 'the try to open a DM');
    expect(errors()).toEqual([
      expect.stringContaining('could not deliver the answer to /brief help to Slack after 4 tries: HTTP 500 oops'),
      'briefbot: error: could not reach U42 with the answer to /brief help another way either ' +
        '(ephemeral in C1: channel_not_found; opening a DM: user_not_found)',
    ]);
  });
});

describe('an answer Slack takes but does not acknowledge in time is not posted twice', () => {
  /** The metadata of a posted message (the Web API client sends it form-encoded, as JSON). */
  const metadataOf = (body: Json): { event_type: string; event_payload: { id: string } } =>
    (typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata) as never;

  /** `conversations.<method>` answering once with `answer(body)` (given what briefbot posted), capturing its bodies. */
  function readBack(method: 'replies' | 'history', answer: () => Json): Hit[] {
    const hits: Hit[] = [];
    nock(SLACK_API)
      .post(`/api/conversations.${method}`)
      .reply(200, (_uri, body) => {
        hits.push({ status: 200, body: parseBody(body), at: Date.now() });
        return answer();
      });
    return hits;
  }

  /** A first chat.postMessage that Slack takes but answers only after the client's time-out, then ok. */
  const slowPost = (): Hit[] =>
    postMessage({ status: 200, body: { ok: true, channel: 'C1', ts: '1700000000.000900' }, delayMs: 2000 });

  it('tags a mention’s answer, finds it in the thread after the time-out, and does not post it again', async () => {
    const posts = slowPost();
    const read = readBack('replies', () => ({
      ok: true,
      messages: [{ ts: '1700000200.000001' }, { ts: '1700000300.000001', metadata: metadataOf(posts[0]!.body) }],
    }));
    const event = mention('search CASA-1000');
    await sendEvent(target, eventCallback(event));
    await handled(read, 1, 'the thread read back');
    expect(posts).toHaveLength(1); // observed before: two identical answers in the thread
    const meta = metadataOf(posts[0]!.body);
    expect(meta.event_type).toBe(ANSWER_EVENT_TYPE);
    expect(meta.event_payload.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(read[0]!.body).toMatchObject({ channel: 'C1', ts: event.ts, include_all_metadata: 'true' });
    expect(Number(read[0]!.body.oldest)).toBeGreaterThan(0);
    expect(logger.lines).toEqual([
      'briefbot: the answer to a mention: no answer in time, but it was posted; not posting it again',
    ]);
  });

  it('posts it again, with the same tag, when the thread does not hold it', async () => {
    const posts = slowPost();
    const read = readBack('replies', () => ({ ok: true, messages: [{ ts: '1700000200.000001' }] }));
    await sendEvent(target, eventCallback(mention('search CASA-1000')));
    await handled(posts, 2, 'the second post');
    expect(read).toHaveLength(1);
    expect(posts).toHaveLength(2);
    expect(metadataOf(posts[1]!.body)).toEqual(metadataOf(posts[0]!.body));
    expect(joinedText(posts[1]!.body)).toContain(CASA_FILE);
    expect(sleeps).toEqual([POLICY.baseDelayMs]);
    expect(errors()).toEqual([]);
  });

  it('posts it neither again nor privately when the thread cannot be read to check, and says so', async () => {
    const posts = slowPost();
    const ephemeral = postEphemeral();
    const read = readBack('replies', () => ({ ok: false, error: 'missing_scope' }));
    await sendEvent(target, eventCallback(mention('search CASA-1000')));
    await handled(read, 1, 'the try to read the thread');
    expect(posts).toHaveLength(1);
    expect(ephemeral).toHaveLength(0);
    expect(logger.lines).toEqual([
      'briefbot: warning: the answer to a mention: no answer in time, and the thread could not be read to see ' +
        'whether it was posted (missing_scope); not posting it again',
    ]);
  });

  it('finds a shared answer in the channel’s history, and removes the private copy as after any share', async () => {
    const posts = slowPost();
    const read = readBack('history', () => ({
      ok: true,
      messages: [{ ts: '1700000300.000001', metadata: metadataOf(posts[0]!.body) }],
    }));
    const removal = responseUrl();
    await sendAction(target, buttonPayload(SHARE_ACTION, encodeButtonValue({ command: 'search CASA-1000', page: 1 })!));
    await handled(removal, 1, 'the removal of the private copy');
    expect(posts).toHaveLength(1);
    expect(read[0]!.body).toMatchObject({ channel: 'C1', include_all_metadata: 'true' });
    expect(read[0]!.body.ts).toBeUndefined();
    expect(removal[0]!.body).toEqual({ delete_original: true });
    expect(JSON.stringify(removal)).not.toContain(SHARE_FAILED);
  });
});
