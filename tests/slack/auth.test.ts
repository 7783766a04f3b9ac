/**
 * The tokens checked at start (issue 13.8): a token Slack refuses is one line naming the setting and what to do, exit
 * code 2, no stack trace, nothing announced; a Slack that cannot be reached is waited for, saying so. connectSlack is
 * what `start` runs; nock answers auth.test and apps.connections.open.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SlackConfig } from '../../src/config.js';
import { connectSlack } from '../../src/main.js';
import type { SlackApp } from '../../src/slack/app.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { memoryLogger } from '../helpers.js';
import { SLACK_API, TEST_RETRY } from './harness.js';

const HTTP: SlackConfig = {
  mode: 'http',
  botToken: 'xoxb-test-0123456789',
  signingSecret: 'secret-0123456789abcdef',
  port: 0,
  corpusDir: 'seeds',
  dbPath: ':memory:',
  snapshotPath: ':none:',
  editors: [],
  channels: [],
};
const SOCKET: SlackConfig = { ...HTTP, mode: 'socket', appToken: 'xapp-test-0123456789' };
const AUTH_OK = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };

let app: SlackApp | undefined;
const store = openSqliteStore(':memory:');

beforeAll(() => {
  nock.disableNetConnect();
});

afterEach(async () => {
  await app?.stop();
  app = undefined;
  nock.cleanAll();
});

afterAll(() => {
  store.close();
  nock.enableNetConnect();
});

/** Connect with `config`; what was logged, every wait asked for, and the app when one started. */
async function connect(config: SlackConfig): Promise<{ lines: string[]; sleeps: number[]; started: boolean }> {
  const logger = memoryLogger();
  const sleeps: number[] = [];
  app = await connectSlack(
    {
      config,
      logger,
      store,
      clock: () => new Date('2026-07-14T06:00:00Z'),
      context: () => ({}) as never,
      retry: TEST_RETRY,
    },
    { sleep: async (ms) => void sleeps.push(ms) },
  );
  return { lines: logger.lines, sleeps, started: app !== undefined };
}

/** auth.test answering `answers` in turn (each a status and a body, or a network error). */
function authTest(...answers: Array<[number, unknown] | Error>): nock.Scope {
  const scope = nock(SLACK_API);
  for (const a of answers) {
    const i = scope.post('/api/auth.test');
    if (a instanceof Error) i.replyWithError(a);
    else i.reply(a[0], a[1] as nock.Body);
  }
  return scope;
}

/** No line is a stack trace or names the error class Slack's client throws. */
function expectNoStackTrace(lines: string[]): void {
  for (const line of lines) {
    expect(line).not.toMatch(/^\s+at |\n\s+at /);
    expect(line).not.toMatch(/WebAPI\w*Error|An API error occurred/);
    expect(line).not.toContain('xoxb-test');
  }
}

describe('a token Slack refuses at start', () => {
  it('says that SLACK_BOT_TOKEN is not accepted and where to get a good one, announces nothing, starts nothing', async () => {
    const scope = authTest([200, { ok: false, error: 'invalid_auth' }]);
    const { lines, sleeps, started } = await connect(HTTP);
    expect(started).toBe(false);
    expect(scope.isDone()).toBe(true);
    expect(lines).toEqual([
      'briefbot: error: SLACK_BOT_TOKEN is not accepted by Slack (invalid_auth): reinstall the app to your workspace ' +
        "(the app's OAuth & Permissions page at https://api.slack.com/apps → Reinstall to Workspace) and copy its " +
        'Bot User OAuth Token (xoxb-…) into SLACK_BOT_TOKEN',
    ]);
    expect(sleeps).toEqual([]);
    expectNoStackTrace(lines);
  });

  it.each(['not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission'])(
    'names SLACK_BOT_TOKEN and what to do for %s, once, without trying again',
    async (code) => {
      authTest([200, { ok: false, error: code }]);
      const { lines, sleeps, started } = await connect(HTTP);
      expect(started).toBe(false);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^briefbot: error: .*SLACK_BOT_TOKEN.*\\(${code}\\).*Bot User OAuth Token`));
      expect(lines.join('\n')).not.toContain('running in');
      expect(sleeps).toEqual([]);
      expectNoStackTrace(lines);
    },
  );

  it('names SLACK_APP_TOKEN and App-Level Tokens when Socket Mode’s app-level token is refused', async () => {
    authTest([200, AUTH_OK]);
    const open = nock(SLACK_API).post('/api/apps.connections.open').reply(200, { ok: false, error: 'invalid_auth' });
    const { lines, started } = await connect(SOCKET);
    expect(started).toBe(false);
    expect(open.isDone()).toBe(true);
    expect(lines).toEqual([
      'briefbot: error: SLACK_APP_TOKEN is not accepted by Slack (invalid_auth): create an app-level token with the ' +
        "connections:write scope (the app's Basic Information page at https://api.slack.com/apps → App-Level Tokens) " +
        'and copy it (xapp-…) into SLACK_APP_TOKEN',
    ]);
    expectNoStackTrace(lines);
  });

  it('names SLACK_API_URL when the Web API address answers 404', async () => {
    authTest([404, 'not found']);
    const { lines, started } = await connect(HTTP);
    expect(started).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/^briefbot: error: .*answered HTTP 404: check SLACK_API_URL/)]);
  });
});

describe('a Slack that cannot be reached at start', () => {
  it('is tried again with back-off, saying so, and the mode is announced once Slack answers', async () => {
    const connectionRefused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const scope = authTest([503, 'service unavailable'], connectionRefused, [500, 'oops'], [200, AUTH_OK]);
    const { lines, sleeps, started } = await connect(HTTP);
    expect(started).toBe(true);
    expect(scope.isDone()).toBe(true);
    expect(sleeps).toEqual([1000, 2000, 4000]);
    expect(lines).toEqual([
      'briefbot: warning: Slack unreachable (HTTP 503); trying again in 1 s',
      'briefbot: warning: Slack unreachable (request failed (ECONNREFUSED)); trying again in 2 s',
      'briefbot: warning: Slack unreachable (HTTP 500); trying again in 4 s',
      expect.stringMatching(/^briefbot: running in HTTP mode on port 0/),
    ]);
  });

  it('waits as long as a 429 asks, and Bolt does not call auth.test again once it was answered', async () => {
    const limited = nock(SLACK_API)
      .post('/api/auth.test')
      .reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '3' })
      .post('/api/auth.test')
      .reply(200, AUTH_OK);
    const spare = nock(SLACK_API).post('/api/auth.test').reply(200, AUTH_OK); // a third call would take this
    const { lines, sleeps, started } = await connect(HTTP);
    expect(started).toBe(true);
    expect(limited.isDone()).toBe(true);
    expect(sleeps).toEqual([3000]);
    expect(lines[0]).toBe('briefbot: warning: Slack unreachable (rate limited); trying again in 3 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(spare.isDone()).toBe(false);
  });
});
