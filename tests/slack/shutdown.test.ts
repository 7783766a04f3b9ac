/**
 * SIGTERM while an answer is under way, in the real process (`node bin/briefbot.js` in HTTP mode): the answer still
 * reaches Slack, then the process stops, closes its database and exits 0. A local HTTP server plays Slack: the Web
 * API (SLACK_API_URL) and a response_url that takes its time to answer.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInflight } from '../../src/slack/inflight.js';
import { joinedText, waitFor } from './harness.js';
import { fakeSlack, killBot, startBot, type Bot, type Reply } from './process.js';

const CASA_FILE = '001_df728569922fd480.txt';
/** How long the fake response_url takes to answer: long enough for SIGTERM to land while it is pending. */
const SLOW_MS = 500;

let dir: string;
let slack: Server | undefined;
let bot: Bot | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-shutdown-'));
});

afterEach(async () => {
  killBot(bot);
  bot = undefined;
  await new Promise((resolve) => (slack ? slack.close(resolve) : resolve(undefined)));
  slack = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('SIGTERM during a request', () => {
  it('answers the request under way, then stops, closes the database and exits 0', async () => {
    const replies: Reply[] = [];
    const fake = await fakeSlack(replies, SLOW_MS);
    slack = fake.server;
    const db = join(dir, 'briefbot.db');
    bot = await startBot(fake.base, { BRIEFBOT_CORPUS: 'seeds', BRIEFBOT_DB: db });
    const { child, lines, logged, exit } = bot;
    const ack = await bot.command('search CASA-1000', `${fake.base}/response`);
    expect(ack.status).toBe(200);
    // The answer is on its way to the response_url, which has not answered yet: now the process is told to stop.
    await waitFor(() => replies.length === 1, 'the answer to reach the response_url');
    expect(replies[0]!.answeredAt).toBeUndefined();
    child.kill('SIGTERM');

    const { code, signal } = await exit;
    const log = lines.map((l) => l.text).join('\n');
    expect({ code, signal }, log).toEqual({ code: 0, signal: null });
    // Answered once, and only then did briefbot close the database and stop.
    expect(replies).toHaveLength(1);
    expect(joinedText(replies[0]!.body)).toContain(CASA_FILE);
    const stopping = logged('SIGTERM: stopping');
    const stopped = logged('stopped: answers sent, database closed');
    expect(stopping, log).toBeDefined();
    expect(stopped, log).toBeDefined();
    expect(replies[0]!.answeredAt).toBeGreaterThanOrEqual(replies[0]!.receivedAt + SLOW_MS - 20);
    expect(stopped!.at).toBeGreaterThanOrEqual(replies[0]!.answeredAt!);
    expect(lines.filter((l) => / (error|warn): /.test(l.text))).toEqual([]);
    // Closed cleanly: the write-ahead log was checkpointed and removed, and the database opens and checks out.
    expect(existsSync(`${db}-wal`)).toBe(false);
    const reopened = new Database(db, { readonly: true, fileMustExist: true });
    try {
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      reopened.close();
    }
  });
});

describe('work under way', () => {
  /** A promise and the function that settles it. */
  const deferred = (): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } => {
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };

  it('drains once every tracked piece of work has settled, including work tracked while draining and failures', async () => {
    const inflight = createInflight(() => new Promise(() => {}));
    const first = deferred();
    const second = deferred();
    void inflight.track(first.promise);
    let drained: boolean | undefined;
    const draining = inflight.drain(1000).then((d) => {
      drained = d;
    });
    void inflight.track(second.promise).catch(() => {});
    first.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBeUndefined();
    expect(inflight.size()).toBe(1);
    second.reject(new Error('failed answer'));
    await draining;
    expect(drained).toBe(true);
    expect(inflight.size()).toBe(0);
  });

  it('gives up waiting after the grace period, through the injected sleep', async () => {
    const waits: number[] = [];
    const inflight = createInflight(async (ms) => {
      waits.push(ms);
    });
    void inflight.track(new Promise(() => {}));
    expect(await inflight.drain(10_000)).toBe(false);
    expect(waits).toEqual([10_000]);
    expect(inflight.size()).toBe(1);
  });
});
