/**
 * Digests posted through the Web API (slackDigestDeps): the sender renders the digest, the client retries as the
 * policy says, and the digest sees only a result: posted, cannot post (paused, the subscriber told), or failed.
 */
import { LogLevel, webApi } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pausedNotice } from '../../src/ask/messages.js';
import type { AskContext } from '../../src/ask/types.js';
import { runDueDigests } from '../../src/digest/schedule.js';
import { buildContext } from '../../src/main.js';
import { slackDigestDeps } from '../../src/slack/digest.js';
import { webApiClientOptions, type RetryPolicy } from '../../src/slack/send.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store, Subscription } from '../../src/store/types.js';
import { memoryLogger } from '../helpers.js';
import { blocksOf, parseBody, SLACK_API, type Json } from './harness.js';

const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 30_000, timeoutMs: 1000 };
/** 09:00 in Karachi: C1's digest is due. */
const NOW = new Date('2025-01-05T04:00:00Z');
const C1: Subscription = {
  channel: 'C1',
  team: 'T1',
  time: '09:00',
  timezone: 'Asia/Karachi',
  subscriber: 'U7',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

let ctx: AskContext;
let store: Store;
let logger: ReturnType<typeof memoryLogger>;

beforeAll(async () => {
  ctx = await buildContext('seeds', memoryLogger(), () => NOW);
  nock.disableNetConnect();
});

beforeEach(() => {
  store = openSqliteStore(':memory:');
  store.saveSubscription(C1);
  logger = memoryLogger();
  sleeps = [];
});

afterEach(() => {
  store.close();
  nock.cleanAll();
});

afterAll(() => {
  nock.enableNetConnect();
});

/** Every wait for a 429's Retry-After, in ms: the client's fetch waits through this, which returns at once. */
let sleeps: number[] = [];
const recordSleep = async (ms: number): Promise<void> => {
  sleeps.push(ms);
};

/** The scheduler's deps over a real Web API client, as main.ts builds them from the app. */
const deps = () =>
  slackDigestDeps(
    {
      client: new webApi.WebClient('xoxb-test', {
        slackApiUrl: `${SLACK_API}/api/`,
        logLevel: LogLevel.ERROR,
        ...webApiClientOptions(POLICY, (...args) => globalThis.fetch(...args), recordSleep),
      }),
    },
    { store, context: () => ctx, clock: () => NOW, logger },
  );

/** chat.postMessage answering `answers` in turn, then ok; every request recorded with its instant. */
function postMessage(...answers: Array<{ status: number; headers?: Record<string, string>; body: Json | string }>) {
  const hits: Array<{ status: number; at: number; body: Json }> = [];
  const intercept = (a: (typeof answers)[number]): nock.Scope =>
    nock(SLACK_API)
      .post('/api/chat.postMessage')
      .reply(
        a.status,
        (_uri, body) => {
          hits.push({ status: a.status, at: Date.now(), body: parseBody(body) });
          return a.body;
        },
        a.headers,
      );
  for (const a of answers) intercept(a);
  intercept({ status: 200, body: { ok: true, channel: 'C1', ts: '1700000000.000900' } }).persist();
  return hits;
}

describe('a digest posted through the Web API', () => {
  it('is rendered by the sender and posted without unfurls', async () => {
    const hits = postMessage();
    expect(await runDueDigests(deps())).toEqual(['posted']);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.body).toMatchObject({ channel: 'C1' });
    expect(String(hits[0]!.body.unfurl_links)).toBe('false');
    expect(blocksOf(hits[0]!.body)[0]).toMatchObject({
      type: 'header',
      text: { text: 'Briefing digest · Sun 5 Jan 2025' },
    });
    expect(store.lastDigest('C1')).toMatchObject({ outcome: 'posted', ts: '1700000000.000900' });
  });

  it('waits as Slack says when rate limited, then posts once', async () => {
    const hits = postMessage({
      status: 429,
      headers: { 'Retry-After': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    expect(await runDueDigests(deps())).toEqual(['posted']);
    expect(hits.map((h) => h.status)).toEqual([429, 200]);
    expect(sleeps).toEqual([1000]);
    expect(store.lastDigest('C1')).toMatchObject({ outcome: 'posted', ts: '1700000000.000900' });
  });

  it('gives up after the policy’s tries when Slack keeps rate limiting, records the day as failed, and does not pause', async () => {
    const limited = { status: 429, headers: { 'Retry-After': '0' }, body: { ok: false, error: 'ratelimited' } };
    const hits = postMessage(limited, limited, limited, limited);
    expect(await runDueDigests(deps())).toEqual(['failed']);
    expect(hits).toHaveLength(4);
    expect(store.getSubscription('C1')?.pausedReason).toBeUndefined();
    expect(logger.lines).toEqual(['briefbot: error: could not post the digest in C1: rate limited (retry after 0 s)']);
  });

  it.each(['not_in_channel', 'restricted_action'])(
    'pauses on %s (a channel briefbot cannot post in) and tells the subscriber by DM',
    async (code) => {
      const hits = postMessage({ status: 200, body: { ok: false, error: code } });
      expect(await runDueDigests(deps())).toEqual(['paused']);
      expect(store.getSubscription('C1')?.pausedReason).toBe(code);
      expect(hits.map((h) => h.body.channel)).toEqual(['C1', 'U7']);
      expect(hits[1]!.body.text).toBe(pausedNotice('C1', code));
      expect(blocksOf(hits[1]!.body)[0]!.text!.text).toContain('<#C1>');
    },
  );
});
