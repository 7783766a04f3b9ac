/**
 * The real bot in its own process (`node bin/briefbot.js` in HTTP mode) against a local HTTP server that plays Slack:
 * the Web API (SLACK_API_URL) and a response_url that may take its time to answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { commandBody, signatureHeaders, waitFor, type Json } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SECRET = 'process-test-signing-secret-0123';

/** What the fake Slack saw at the response_url: each body, when it arrived and when its answer was sent. */
export interface Reply {
  body: Json;
  receivedAt: number;
  answeredAt?: number;
}

/** A line the bot wrote to standard error, and when the test read it. */
export interface Line {
  text: string;
  at: number;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

/** Start the fake Slack on 127.0.0.1: auth.test and other Web API methods answer ok; /response answers after `slowMs`. */
export async function fakeSlack(replies: Reply[], slowMs = 0): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      if (req.url === '/response') {
        const reply: Reply = { body: JSON.parse(raw) as Json, receivedAt: Date.now() };
        replies.push(reply);
        setTimeout(
          () =>
            res.end('ok', () => {
              reply.answeredAt = Date.now();
            }),
          slowMs,
        );
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(
          req.url === '/api/auth.test' ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } : { ok: true },
        ),
      );
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

/** A running bot: its process, what it logged, how it exits, and a way to send it a signed `/brief` command. */
export interface Bot {
  child: ChildProcess;
  port: number;
  lines: Line[];
  logged(what: string): Line | undefined;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  command(text: string, responseUrl: string): Promise<Response>;
}

/** Spawn the bot in HTTP mode with the given corpus and database, and wait until it says it is ready. */
export async function startBot(slackBase: string, env: { BRIEFBOT_CORPUS: string; BRIEFBOT_DB: string }): Promise<Bot> {
  const port = await freePort();
  const lines: Line[] = [];
  const child = spawn(process.execPath, ['bin/briefbot.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: String(port),
      SLACK_API_URL: `${slackBase}/api/`,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let partial = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const text of parts) lines.push({ text, at: Date.now() });
  });
  const logged = (what: string): Line | undefined => lines.find((l) => l.text.includes(what));
  await waitFor(() => logged('ready:') !== undefined || child.exitCode !== null, 'briefbot to be ready', 8000);
  if (!logged('ready:')) throw new Error(`briefbot did not start:\n${lines.map((l) => l.text).join('\n')}`);
  const command = (text: string, responseUrl: string): Promise<Response> => {
    const body = commandBody(text, responseUrl);
    return fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...signatureHeaders(SECRET, body) },
      body,
    });
  };
  return { child, port, lines, logged, exit, command };
}

/** Stop a bot that a test left running. */
export function killBot(bot: Bot | undefined): void {
  if (bot && bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
}
