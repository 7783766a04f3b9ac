/**
 * A harness for end-to-end tests of the real Bolt app in HTTP mode: the app listens on 127.0.0.1 (ephemeral port),
 * requests are signed as Slack signs them, and nock stands in for the Web API and the response_url.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { expect } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import type { SlackConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { buildSlackApp, type Health, type SlackApp, type SlackAppDeps } from '../../src/slack/app.js';
import { PAGE_ACTION, VOTE_ACTION } from '../../src/render/buttons.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../src/slack/send.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

export const SLACK_API = 'https://slack.com';
export const RESPONSE_HOST = 'https://hooks.slack.com';
export const RESPONSE_PATH = '/commands/T1/123/abc';
export const RESPONSE_URL = `${RESPONSE_HOST}${RESPONSE_PATH}`;

/** The tests' retry policy: tries as in production, but no backoff between them (sleep or Web API client). */
export const TEST_RETRY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 0 };

/** A JSON object as captured from a request body. */
export type Json = Record<string, unknown>;

/** A Block Kit block as sent to Slack, loosely typed for assertions. */
export interface SentBlock {
  type: string;
  text?: { type: string; text: string };
  elements?: Array<{ type: string; text?: string | { text: string }; action_id?: string; value?: string }>;
}

/** A running app: its base URL, signing secret, the lines it logged, and a stop function. */
export interface RunningApp {
  app: SlackApp;
  url: string;
  secret: string;
  logs: string[];
  stop: () => Promise<void>;
}

/** Block the network except 127.0.0.1, and answer `auth.test` (Bolt calls it when the app is built). */
export function mockNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  mockAuthTest();
}

/** Answer `auth.test` for the whole file (persisted). */
export function mockAuthTest(): void {
  nock(SLACK_API)
    .post('/api/auth.test')
    .reply(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' })
    .persist();
}

/** Forget every interceptor but auth.test. */
export function resetMocks(): void {
  nock.cleanAll();
  mockAuthTest();
}

/** Undo {@link mockNetwork}. */
export function restoreNetwork(): void {
  nock.cleanAll();
  nock.enableNetConnect();
}

/** Build the real app over a context and start it on 127.0.0.1 with an ephemeral port. Call {@link mockNetwork} first. */
export async function startApp(context: () => AskContext, logger?: Logger, health?: () => Health): Promise<RunningApp> {
  return startAppWith({ context, ...(logger ? { logger } : {}), ...(health ? { health } : {}) });
}

/**
 * {@link startApp} with any of the app's dependencies replaced (a store, a clock, a sleep, retry policies, the editors
 * of the config); the rest are the tests' defaults: an in-memory store, a fixed clock, a sleep that returns at once,
 * {@link TEST_RETRY}, no editors named (everyone is one).
 */
export async function startAppWith(
  deps: Partial<Omit<SlackAppDeps, 'config'>> & Pick<SlackAppDeps, 'context'> & { editors?: readonly string[] },
  botToken = 'xoxb-test',
  config: Partial<Pick<SlackConfig, 'editors' | 'channels' | 'corpusDir'>> = {},
): Promise<RunningApp> {
  const { editors = [], ...rest } = deps;
  const logs: string[] = [];
  const secret = randomBytes(16).toString('hex');
  const app = buildSlackApp({
    config: {
      mode: 'http',
      botToken,
      signingSecret: secret,
      port: 0,
      corpusDir: 'seeds',
      dbPath: ':memory:',
      snapshotPath: ':none:',
      editors,
      channels: [],
      ...config,
    },
    logger: createLogger((line) => logs.push(line)),
    store: openSqliteStore(':memory:'),
    clock: () => new Date('2026-11-22T12:00:00Z'),
    sleep: async () => {},
    retry: TEST_RETRY,
    ...rest,
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}/slack/events`,
    secret,
    logs,
    stop: async () => {
      await app.stop();
    },
  };
}

/** Slack's signature headers for a raw body. */
export function signatureHeaders(
  secret: string,
  rawBody: string,
  ts = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex')}`;
  return { 'X-Slack-Request-Timestamp': String(ts), 'X-Slack-Signature': signature };
}

/** POST a raw body to the app, signed unless headers say otherwise. */
export async function postSigned(
  target: RunningApp,
  rawBody: string,
  contentType: string,
  headers?: Record<string, string>,
): Promise<Response> {
  return fetch(target.url, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...signatureHeaders(target.secret, rawBody), ...headers },
    body: rawBody,
  });
}

/** The form body of a `/brief` slash command. */
export function commandBody(text: string, responseUrl = RESPONSE_URL): string {
  return new URLSearchParams({
    token: 'legacy-token',
    team_id: 'T1',
    team_domain: 'example',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U42',
    user_name: 'ana',
    command: '/brief',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** Send `/brief <text>`. */
export const sendCommand = (target: RunningApp, text: string, headers?: Record<string, string>): Promise<Response> =>
  postSigned(target, commandBody(text), 'application/x-www-form-urlencoded', headers);

/** A `block_actions` payload of a button click in the private answer shown in channel C1 to user U42. */
export function buttonPayload(actionId: string, value: string, opts: { channel?: string; user?: string } = {}): Json {
  const channel = opts.channel ?? 'C1';
  const user = opts.user ?? 'U42';
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'example' },
    user: { id: user, username: 'ana', name: 'ana', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-token',
    container: { type: 'message', message_ts: '1700000000.000200', channel_id: channel, is_ephemeral: true },
    trigger_id: '1.2.3',
    channel: { id: channel, name: 'general' },
    response_url: RESPONSE_URL,
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value,
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** Click a button (a signed interaction: form field `payload` holding JSON). */
export const sendAction = (target: RunningApp, payload: Json): Promise<Response> =>
  postSigned(
    target,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
  );

/** An Events API `event_callback` around an event. */
export function eventCallback(event: Json, eventId = `Ev${randomBytes(4).toString('hex')}`): Json {
  return {
    token: 'legacy-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  };
}

/** Send a signed JSON body (Events API). */
export const sendEvent = (target: RunningApp, body: Json): Promise<Response> =>
  postSigned(target, JSON.stringify(body), 'application/json');

/**
 * A request body as a JSON object, whatever its encoding: JSON, or form-encoded (as @slack/web-api sends);
 * `blocks` and `attachments` given as JSON strings are parsed.
 */
export function parseBody(body: unknown): Json {
  let parsed: Json;
  if (typeof body === 'object' && body !== null) parsed = { ...(body as Json) };
  else {
    const text = typeof body === 'string' ? body : String(body);
    try {
      parsed = JSON.parse(text) as Json;
    } catch {
      parsed = Object.fromEntries(new URLSearchParams(text));
    }
  }
  for (const key of ['blocks', 'attachments']) {
    const v = parsed[key];
    if (typeof v === 'string') parsed[key] = JSON.parse(v) as unknown;
  }
  return parsed;
}

/** Captured bodies of the requests an interceptor answered. */
export interface Capture {
  scope: nock.Scope;
  bodies: Json[];
}

/** Answer POSTs to the response_url (up to `times`), capturing their bodies. */
export function interceptResponseUrl(times = 1): Capture {
  const bodies: Json[] = [];
  const scope = nock(RESPONSE_HOST)
    .post(RESPONSE_PATH)
    .times(times)
    .reply(200, (_uri, body) => {
      bodies.push(parseBody(body));
      return 'ok';
    });
  return { scope, bodies };
}

/** Answer `chat.postMessage` (up to `times`) with `reply`, capturing the bodies. */
export function interceptPostMessage(
  reply: Json = { ok: true, channel: 'C1', ts: '1700000000.000900' },
  times = 1,
): Capture {
  const bodies: Json[] = [];
  const scope = nock(SLACK_API)
    .post('/api/chat.postMessage')
    .times(times)
    .reply(200, (_uri, body) => {
      bodies.push(parseBody(body));
      return reply;
    });
  return { scope, bodies };
}

/** Poll `check` every 10 ms until it holds; fail after `timeoutMs` saying what was awaited. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Wait until a capture has seen `n` requests. */
export const waitForBodies = (capture: Capture, n = 1, what = 'a request'): Promise<void> =>
  waitFor(() => capture.bodies.length >= n, what);

/** Let pending callbacks run (a short, bounded pause used only to check that nothing more happens). */
export const settle = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The blocks of a captured message. */
export const blocksOf = (body: Json): SentBlock[] => (Array.isArray(body.blocks) ? (body.blocks as SentBlock[]) : []);

/** Every text a user sees in a message: the fallback text and the texts of its blocks (not button values). */
export function visibleTexts(body: Json): string[] {
  const texts = typeof body.text === 'string' ? [body.text] : [];
  for (const block of blocksOf(body)) {
    if (block.text) texts.push(block.text.text);
    for (const e of block.elements ?? []) {
      if (typeof e.text === 'string') texts.push(e.text);
      else if (e.text) texts.push(e.text.text);
    }
  }
  return texts;
}

/** The action ids of the 👍 and 👎 buttons every rated answer ends with. */
export const VOTE_IDS: readonly string[] = [`${VOTE_ACTION}_up`, `${VOTE_ACTION}_down`];

/** The action ids of a captured message's buttons, in order. */
export const actionIdsOf = (body: Json): string[] => buttonsOf(body).map((b) => b.action_id ?? '');

/** The buttons of a captured message. */
export const buttonsOf = (body: Json): NonNullable<SentBlock['elements']> =>
  blocksOf(body)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

/** Send `/brief <text>` and return the one message posted to the response_url. */
export async function commandReply(target: RunningApp, text: string): Promise<Json> {
  const reply = interceptResponseUrl();
  const res = await sendCommand(target, text);
  expect(res.status).toBe(200);
  await waitForBodies(reply, 1, `the response_url answer to /brief ${text}`);
  return reply.bodies[0]!;
}

/** Every text a user sees in a message, one a line. */
export const joinedText = (body: Json): string => visibleTexts(body).join('\n');

/** Click the More results button of a private answer and return the next page, which replaces the answer. */
export async function clickMore(target: RunningApp, body: Json): Promise<Json> {
  const more = buttonsOf(body).find((b) => b.action_id === `${PAGE_ACTION}_next`)!;
  expect(more.text).toMatchObject({ text: 'More results' });
  const reply = interceptResponseUrl();
  const res = await sendAction(target, buttonPayload(`${PAGE_ACTION}_next`, more.value!));
  expect(res.status).toBe(200);
  await waitForBodies(reply, 1, 'the next page');
  const page = reply.bodies[0]!;
  expect(page).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  return page;
}

/** An answering context that can be made to fail once, as if the index were broken: for the apology path. */
export function breakableContext(get: () => AskContext): {
  context: () => AskContext;
  failNext: () => void;
  reset: () => void;
} {
  let fail = false;
  return {
    context: () => {
      if (fail) {
        fail = false;
        throw new Error('index unavailable');
      }
      return get();
    },
    failNext: () => {
      fail = true;
    },
    reset: () => {
      fail = false;
    },
  };
}
