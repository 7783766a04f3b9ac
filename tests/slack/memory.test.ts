/**
 * End to end over signed HTTP requests (nock for Slack), with the store in a database file: the event ids answered and
 * what each thread asked last survive a restart of the app and are shared by two apps over one file; an event id is
 * remembered for an hour and a thread for a week, by the injected clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { buildContext } from '../../src/main.js';
import { isQuestionContext } from '../../src/slack/memory.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { memoryLogger } from '../helpers.js';
import {
  eventCallback,
  mockNetwork,
  parseBody,
  postSigned,
  resetMocks,
  restoreNetwork,
  sendEvent,
  settle,
  startAppWith,
  waitFor,
  SLACK_API,
  type Json,
  type RunningApp,
} from './harness.js';

const QUESTION = 'When did Qureshi meet Lavrov?';
const ANSWERED = 'Shah Mahmood Qureshi met Sergey Lavrov';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WEEK = 7 * 24 * HOUR;
/** The headers of Slack's delivery of an event again. */
const RETRY = { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' };

let ctx: AskContext;
let dir: string;
let file: string;
let posted: Json[];
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  ctx = await buildContext('seeds', memoryLogger(), () => new Date('2026-11-22T12:00:00Z'));
  mockNetwork();
});

afterAll(() => {
  restoreNetwork();
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-memory-'));
  file = join(dir, 'briefbot.db');
  posted = [];
  nock(SLACK_API)
    .post('/api/chat.postMessage')
    .reply(200, (_uri, body) => {
      const message = parseBody(body);
      posted.push(message);
      return { ok: true, channel: message.channel, ts: '1700000100.999999' };
    })
    .persist();
});

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  resetMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A clock the test moves on. */
function movingClock(start = Date.parse('2026-11-22T12:00:00Z')): { clock: () => Date; advance: (ms: number) => void } {
  let now = start;
  return {
    clock: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

/** An app over its own connection to the database file; `stop` stops it and closes the connection (once). */
async function startOverFile(clock: () => Date): Promise<RunningApp> {
  const store = openSqliteStore(file);
  const app = await startAppWith({ context: () => ctx, store, clock });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await app.stop();
    store.close();
  };
  cleanups.push(stop);
  return { ...app, stop };
}

/** A distinct message ts for each event a test sends. */
let tick = 100;
const nextTs = (): string => `1700000100.${String(++tick).padStart(6, '0')}`;

/** An `app_mention` in channel C1, in a thread when `thread_ts` is given. */
const mention = (text: string, thread_ts?: string): Json => {
  const ts = nextTs();
  return { type: 'app_mention', text: `<@UBOT> ${text}`, user: 'U1', channel: 'C1', ts, event_ts: ts, thread_ts };
};

/**
 * Deliver an event (as a retry when `headers` say so), then a DM of its own as a barrier: once the barrier is
 * answered and the app has nothing under way, the event has been handled. Returns what was posted in C1 meanwhile.
 */
async function deliver(target: RunningApp, body: Json, headers?: Record<string, string>): Promise<Json[]> {
  const before = posted.length;
  expect((await postSigned(target, JSON.stringify(body), 'application/json', headers)).status).toBe(200);
  const ts = nextTs();
  const barrier = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'help', ts, event_ts: ts };
  expect((await sendEvent(target, eventCallback(barrier))).status).toBe(200);
  await waitFor(() => posted.slice(before).some((m) => m.channel === 'D1'), 'the barrier DM answered');
  await target.app.inflight.idle();
  await settle();
  return posted.slice(before).filter((m) => m.channel === 'C1');
}

/** The one answer to a mention, posted in its thread. */
async function answerTo(target: RunningApp, event: Json): Promise<string> {
  const answers = await deliver(target, eventCallback(event));
  expect(answers).toHaveLength(1);
  expect(answers[0]).toMatchObject({ channel: 'C1', thread_ts: event.thread_ts ?? event.ts });
  return String(answers[0]!.text);
}

describe('after a restart over the same database file', () => {
  it('answers an event Slack delivers again once', async () => {
    const { clock } = movingClock();
    const first = await startOverFile(clock);
    const body = eventCallback(mention(QUESTION), 'EvRESTART1');
    expect(await deliver(first, body)).toHaveLength(1);
    await first.stop();

    const second = await startOverFile(clock);
    expect(await deliver(second, body, RETRY)).toEqual([]);
    expect(await answerTo(second, mention(QUESTION))).toContain(ANSWERED);
  });

  it("answers a follow-up in a thread with the thread's context", async () => {
    const { clock } = movingClock();
    const first = await startOverFile(clock);
    const asked = mention(QUESTION);
    expect(await answerTo(first, asked)).toContain(ANSWERED);
    await first.stop();

    const second = await startOverFile(clock);
    const followUp = await answerTo(second, mention('and where?', String(asked.ts)));
    for (const words of [ANSWERED, 'Dushanbe', 'Moscow', 'Bishkek']) expect(followUp).toContain(words);
  });
});

describe('expiry, by the injected clock', () => {
  it('answers an event id again once it is older than an hour', async () => {
    const time = movingClock();
    const target = await startOverFile(time.clock);
    const body = eventCallback(mention(QUESTION), 'EvHOUR1');
    expect(await deliver(target, body)).toHaveLength(1);
    time.advance(HOUR - MINUTE);
    expect(await deliver(target, body, RETRY)).toEqual([]);
    time.advance(2 * MINUTE);
    const again = await deliver(target, body, RETRY);
    expect(again).toHaveLength(1);
    expect(again[0]!.text).toContain(ANSWERED);
    expect(await deliver(target, body, RETRY)).toEqual([]);
  });

  it('forgets what a thread asked a week after it last asked', async () => {
    const time = movingClock();
    const target = await startOverFile(time.clock);
    const asked = mention(QUESTION);
    expect(await answerTo(target, asked)).toContain(ANSWERED);
    time.advance(WEEK - MINUTE);
    expect(await answerTo(target, mention('and where?', String(asked.ts)))).toContain(ANSWERED);
    time.advance(WEEK - MINUTE);
    expect(await answerTo(target, mention('and in 2019?', String(asked.ts)))).toContain(ANSWERED);
    time.advance(WEEK + MINUTE);
    expect(await answerTo(target, mention('and where?', String(asked.ts)))).not.toContain(ANSWERED);
  });
});

describe('two apps sharing one database file', () => {
  it('answer an event Slack delivers again once, whichever app gets it first', async () => {
    const { clock } = movingClock();
    const one = await startOverFile(clock);
    const two = await startOverFile(clock);
    const body = eventCallback(mention(QUESTION), 'EvSHARED1');
    expect(await deliver(one, body)).toHaveLength(1);
    expect(await deliver(two, body, RETRY)).toEqual([]);
    expect(await deliver(one, body, RETRY)).toEqual([]);

    const other = eventCallback(mention(QUESTION), 'EvSHARED2');
    expect(await deliver(two, other)).toHaveLength(1);
    expect(await deliver(one, other, RETRY)).toEqual([]);
  });

  it('answer an event delivered to both at once once', async () => {
    const { clock } = movingClock();
    const one = await startOverFile(clock);
    const two = await startOverFile(clock);
    const raw = JSON.stringify(eventCallback(mention(QUESTION), 'EvBOTH1'));
    const before = posted.length;
    const sent = await Promise.all([one, two].map((app) => postSigned(app, raw, 'application/json')));
    expect(sent.map((r) => r.status)).toEqual([200, 200]);
    await waitFor(() => posted.length > before, 'an answer');
    await Promise.all([one.app.inflight.idle(), two.app.inflight.idle()]);
    await settle();
    expect(posted.slice(before)).toHaveLength(1);
  });

  it("answer a follow-up with the thread's context whichever app answered the thread before", async () => {
    const { clock } = movingClock();
    const one = await startOverFile(clock);
    const two = await startOverFile(clock);
    const asked = mention(QUESTION);
    expect(await answerTo(one, asked)).toContain(ANSWERED);
    expect(await answerTo(two, mention('and where?', String(asked.ts)))).toContain('Dushanbe');
    expect(await answerTo(one, mention('and in 2019?', String(asked.ts)))).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.',
    );
  });
});

describe('isQuestionContext', () => {
  it('takes what a question leaves for its thread, fields added later included, and nothing else', () => {
    expect(isQuestionContext({ people: ['A'], filter: {} })).toBe(true);
    expect(isQuestionContext({ people: [], filter: { in: 'Bishkek' }, facets: ['where'], later: 1 })).toBe(true);
    for (const other of [
      undefined,
      'x',
      [],
      { filter: {} },
      { people: 'A', filter: {} },
      { people: [1], filter: {} },
      { people: ['A'] },
      { people: ['A'], filter: null },
      { people: ['A'], filter: [] },
      { people: ['A'], filter: {}, facets: 'when' },
    ])
      expect(isQuestionContext(other)).toBe(false);
  });
});
