/**
 * SIGTERM while an answer is under way, in the real process (`node bin/briefbot.js` in HTTP mode): the answer still
 * reaches Slack, then the process stops, closes its database and exits 0. A local HTTP server plays Slack: the Web
 * API (SLACK_API_URL) and a response_url that takes its time to answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInflight } from '../../src/slack/inflight.js';
import { commandBody, joinedText, signatureHeaders, waitFor, type Json } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'shutdown-test-signing-secret-0123';
const CASA_FILE = '001_df728569922fd480.txt';
/** How long the fake response_url takes to answer: long enough for SIGTERM to land while it is pending. */
const SLOW_MS = 500;

/** What the fake Slack saw at the response_url: each body, when it arrived and when its answer was sent. */
interface Reply {
  body: Json;
  receivedAt: number;
  answeredAt?: number;
}

/** A line the child wrote to standard error, and when the test read it. */
interface Line {
  text: string;
  at: number;
}

let dir: string;
let slack: Server;
let child: ChildProcess | undefined;

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

/** Start the fake Slack on 127.0.0.1: auth.test and other Web API methods answer ok; /response answers slowly. */
async function fakeSlack(replies: Reply[]): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      if (req.url === '/response') {
        const reply: Reply = { body: JSON.parse(raw) as Json, receivedAt: Date.now() };
        replies.push(reply);
        setTimeout(() => res.end('ok', () => { reply.answeredAt = Date.now(); }), SLOW_MS);
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url === '/api/auth.test' ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } : { ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A port nothing listens on just now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resolve with the exit code (or signal) of a child. */
const exited = (proc: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-shutdown-'));
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await new Promise((resolve) => (slack ? slack.close(resolve) : resolve(undefined)));
  rmSync(dir, { recursive: true, force: true });
});

describe('SIGTERM during a request', () => {
  it('answers the request under way, then stops, closes the database and exits 0', async () => {
    const replies: Reply[] = [];
    const fake = await fakeSlack(replies);
    slack = fake.server;
    const port = await freePort();
    const db = join(dir, 'briefbot.db');
    const lines: Line[] = [];
    child = spawn(process.execPath, ['bin/briefbot.js'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SECRET,
        PORT: String(port),
        SLACK_API_URL: `${fake.base}/api/`,
        BRIEFBOT_CORPUS: 'seeds',
        BRIEFBOT_DB: db,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exit = exited(child);
    let partial = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop()!;
      for (const text of parts) lines.push({ text, at: Date.now() });
    });
    const logged = (what: string): Line | undefined => lines.find((l) => l.text.includes(what));
    await waitFor(() => logged('ready:') !== undefined || child!.exitCode !== null, 'briefbot to be ready', 8000);
    expect(logged('ready:'), lines.map((l) => l.text).join('\n')).toBeDefined();

    const body = commandBody('search CASA-1000', `${fake.base}/response`);
    const ack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...signatureHeaders(SECRET, body) },
      body,
    });
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
    const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };

  it('drains once every tracked piece of work has settled, including work tracked while draining and failures', async () => {
    const inflight = createInflight(() => new Promise(() => {}));
    const first = deferred();
    const second = deferred();
    void inflight.track(first.promise);
    let drained: boolean | undefined;
    const draining = inflight.drain(1000).then((d) => { drained = d; });
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
    const inflight = createInflight(async (ms) => { waits.push(ms); });
    void inflight.track(new Promise(() => {}));
    expect(await inflight.drain(10_000)).toBe(false);
    expect(waits).toEqual([10_000]);
    expect(inflight.size()).toBe(1);
  });
});
