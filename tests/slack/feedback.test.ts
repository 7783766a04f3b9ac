/**
 * 👍 and 👎 end to end through the real Bolt app: block_actions of the vote buttons, the form a 👎 opens (views.open),
 * its view_submission, and votes kept in a SQLite file across a restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ANSWER_TOO_OLD,
  feedbackHeading,
  STALE_BUTTON,
  VOTED_DOWN,
  VOTED_UP,
  WORST_RATED,
} from '../../src/ask/messages.js';
import type { AskContext } from '../../src/ask/types.js';
import { VOTE_ACTION } from '../../src/render/buttons.js';
import { COMMENT_ACTION, COMMENT_BLOCK, FEEDBACK_VIEW } from '../../src/render/feedback.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { cli, contextOf, memoryLogger, SEEDS } from '../helpers.js';
import { answerIds } from './listeners/helpers.js';
import {
  buttonPayload,
  buttonsOf,
  commandReply,
  eventCallback,
  interceptPostMessage,
  interceptResponseUrl,
  joinedText,
  mockNetwork,
  parseBody,
  postSigned,
  resetMocks,
  restoreNetwork,
  sendAction,
  sendEvent,
  settle,
  SLACK_API,
  startAppWith,
  waitFor,
  waitForBodies,
  type Json,
  type RunningApp,
} from './harness.js';

const UP = `${VOTE_ACTION}_up`;
const DOWN = `${VOTE_ACTION}_down`;
const DAY_MS = 24 * 60 * 60 * 1000;

let ctx: AskContext;
let dir: string;
let store: Store;
let target: RunningApp;
/** The app's clock, which a test may move on. */
let now: Date;
const logger = memoryLogger();

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
  dir = await mkdtemp(join(tmpdir(), 'briefbot-feedback-'));
  mockNetwork();
});

beforeEach(async () => {
  now = new Date('2026-11-22T12:00:00Z');
  logger.lines.length = 0;
  store = openSqliteStore(join(dir, `${Math.random().toString(36).slice(2)}.db`));
  target = await startAppWith({ context: () => ctx, store, logger, clock: () => now, newId: answerIds() });
});

afterEach(async () => {
  resetMocks();
  await target.stop();
  store.close();
});

afterAll(async () => {
  restoreNetwork();
  await rm(dir, { recursive: true, force: true });
});

/** The value of a button of a message, by action id. */
const valueOf = (message: Json, actionId: string): string => {
  const button = buttonsOf(message).find((b) => b.action_id === actionId);
  if (!button?.value) throw new Error(`no ${actionId} button in ${JSON.stringify(message).slice(0, 300)}`);
  return button.value;
};

/** Click a vote button and return the private reply it got through the response_url. */
async function vote(actionId: string, value: string, opts: { channel?: string; user?: string } = {}): Promise<Json> {
  const reply = interceptResponseUrl();
  const res = await sendAction(target, buttonPayload(actionId, value, opts));
  expect(res.status).toBe(200);
  await waitForBodies(reply, 1, `the reply to ${actionId}`);
  return reply.bodies[0]!;
}

/** Answer `views.open`, capturing the bodies (the view parsed). */
function interceptViewsOpen(answer: Json = { ok: true, view: { id: 'V1' } }): { scope: nock.Scope; bodies: Json[] } {
  const bodies: Json[] = [];
  const scope = nock(SLACK_API)
    .post('/api/views.open')
    .reply(200, (_uri, body) => {
      const parsed = parseBody(body);
      bodies.push({ ...parsed, view: typeof parsed.view === 'string' ? JSON.parse(parsed.view) : parsed.view });
      return answer;
    });
  return { scope, bodies };
}

/** A view_submission of the 👎 form, as Slack sends it, with what was typed in its box. */
function submission(privateMetadata: string, typed: string | null, user = 'U42'): Json {
  return {
    type: 'view_submission',
    team: { id: 'T1', domain: 'example' },
    user: { id: user, username: 'ana', name: 'ana', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-token',
    trigger_id: '1.2.4',
    view: {
      id: 'V1',
      team_id: 'T1',
      type: 'modal',
      callback_id: FEEDBACK_VIEW,
      private_metadata: privateMetadata,
      blocks: [],
      state: { values: { [COMMENT_BLOCK]: { [COMMENT_ACTION]: { type: 'plain_text_input', value: typed } } } },
      hash: '1.abc',
      title: { type: 'plain_text', text: 'What was wrong?' },
      close: null,
      submit: null,
      root_view_id: 'V1',
      app_id: 'A1',
      bot_id: 'BBOT',
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
      external_id: '',
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

/** Send the form; Slack reads the HTTP answer (empty: the form closes; `response_action`: it stays, with errors). */
async function submit(privateMetadata: string, typed: string | null): Promise<string> {
  const res = await postSigned(
    target,
    new URLSearchParams({ payload: JSON.stringify(submission(privateMetadata, typed)) }).toString(),
    'application/x-www-form-urlencoded',
  );
  expect(res.status).toBe(200);
  return res.text();
}

describe('👍 and 👎 on a private answer', () => {
  it('records a 👍 with the question, kind, cited briefings, user and time, and thanks the user privately', async () => {
    const answer = await commandReply(target, 'meetings with Russia');
    expect(valueOf(answer, UP)).toBe('{"a":"answer-1"}');
    const thanks = await vote(UP, valueOf(answer, UP));
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(joinedText(thanks)).toContain(VOTED_UP);
    expect(store.listVotes()).toEqual([
      {
        answerId: 'answer-1',
        user: 'U42',
        team: 'T1',
        vote: 'up',
        question: 'meetings with Russia',
        kind: 'meetings',
        surface: 'ephemeral',
        channel: 'C1',
        articles: ['003_11be3f15fbbdd326', '002_9f8474191b6e5a16'],
        votedAt: '2026-11-22T12:00:00.000Z',
      },
    ]);
  });

  it('changes the vote on a second click, opens the form on 👎, keeps what was wrong, and drops it on a 👍', async () => {
    const answer = await commandReply(target, 'timeline Lavrov');
    await vote(UP, valueOf(answer, UP));
    now = new Date(now.getTime() + 60_000);
    const form = interceptViewsOpen();
    const replies = interceptResponseUrl();
    expect((await sendAction(target, buttonPayload(DOWN, valueOf(answer, DOWN)))).status).toBe(200);
    await waitForBodies(form, 1, 'views.open');
    expect(form.bodies[0]).toMatchObject({
      trigger_id: '1.2.3',
      view: { type: 'modal', callback_id: FEEDBACK_VIEW, private_metadata: '{"a":"answer-1"}' },
    });
    expect(JSON.stringify(form.bodies[0]!.view)).toContain('timeline Lavrov');
    await settle(50);
    expect(replies.bodies).toEqual([]); // the form thanks the user: no second message
    resetMocks();
    expect(store.listVotes().map((v) => [v.vote, v.kind, v.votedAt])).toEqual([
      ['down', 'timeline', '2026-11-22T12:01:00.000Z'],
    ]);

    expect(await submit('{"a":"answer-1"}', '  The 2020 meeting was in Moscow, not Bishkek.  ')).toBe('');
    expect(store.listVotes()).toMatchObject([
      { vote: 'down', comment: 'The 2020 meeting was in Moscow, not Bishkek.' },
    ]);
    expect(await submit('{"a":"answer-1"}', null)).toBe(''); // an empty box changes nothing
    expect(store.listVotes()[0]!.comment).toBe('The 2020 meeting was in Moscow, not Bishkek.');

    await vote(UP, valueOf(answer, UP));
    expect(store.listVotes()).toHaveLength(1);
    expect(store.listVotes()[0]).toMatchObject({ vote: 'up' });
    expect(store.listVotes()[0]!.comment).toBeUndefined();
  });

  it('thanks for a 👎 privately, and logs why, when Slack will not open the form', async () => {
    const answer = await commandReply(target, 'search CASA-1000');
    interceptViewsOpen({ ok: false, error: 'expired_trigger_id' });
    const thanks = await vote(DOWN, valueOf(answer, DOWN));
    expect(joinedText(thanks)).toContain(VOTED_DOWN);
    expect(store.listVotes()).toMatchObject([{ vote: 'down', kind: 'search' }]);
    expect(logger.lines).toContain(
      'briefbot: warning: could not open the form for what was wrong with an answer (expired_trigger_id); thanking instead',
    );
  });

  it('keeps one vote a user: two users voting on one answer are two votes', async () => {
    const answer = await commandReply(target, 'search Lavrov');
    await vote(UP, valueOf(answer, UP), { user: 'U42' });
    await vote(UP, valueOf(answer, UP), { user: 'U7' });
    expect(store.listVotes().map((v) => v.user)).toEqual(['U42', 'U7']);
  });

  it('says the answer is too old to rate after 90 days, and records nothing', async () => {
    const answer = await commandReply(target, 'search Lavrov');
    now = new Date(now.getTime() + 91 * DAY_MS);
    expect(joinedText(await vote(UP, valueOf(answer, UP)))).toContain(ANSWER_TOO_OLD);
    expect(store.listVotes()).toEqual([]);
    expect(await submit(valueOf(answer, DOWN), 'too late')).toBe(
      JSON.stringify({ response_action: 'errors', errors: { [COMMENT_BLOCK]: ANSWER_TOO_OLD } }),
    );
  });

  it('says a button it did not write no longer works', async () => {
    expect(joinedText(await vote(UP, '{"a":"<!channel>"}'))).toContain(STALE_BUTTON);
    expect(store.listVotes()).toEqual([]);
  });
});

describe('👍 and 👎 on answers in threads and shared in a channel', () => {
  it('rates the answer to a mention as a thread answer, and a shared answer as shared', async () => {
    const posted = interceptPostMessage({ ok: true, channel: 'C1', ts: '1700000000.000900' }, 2);
    await sendEvent(
      target,
      eventCallback({
        type: 'app_mention',
        text: '<@UBOT> When did Qureshi meet Lavrov?',
        user: 'U1',
        channel: 'C1',
        ts: '1700000000.000100',
        event_ts: '1700000000.000100',
      }),
    );
    await waitForBodies(posted, 1, 'the answer in the thread');
    expect(buttonsOf(posted.bodies[0]!).map((b) => b.action_id)).toEqual([UP, DOWN]);
    await vote(UP, valueOf(posted.bodies[0]!, UP), { user: 'U9' });
    const answer = await commandReply(target, 'search CASA-1000');
    const deleted = interceptResponseUrl();
    await sendAction(target, buttonPayload('brief_share', valueOf(answer, 'brief_share')));
    await waitForBodies(posted, 2, 'the share');
    await waitForBodies(deleted, 1, 'the removal of the private copy');
    await vote(UP, valueOf(posted.bodies[1]!, UP), { user: 'U9' });
    const kinds = store.listVotes().map((v) => [v.surface, v.kind, v.question]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['thread', 'question', 'When did Qureshi meet Lavrov?'],
        ['shared', 'search', 'search CASA-1000'],
      ]),
    );
  });
});

describe('votes survive a restart', () => {
  it('finds an answer given before a restart, keeps the votes cast before it, and the CLI exports them', async () => {
    const file = join(dir, 'restart.db');
    const first = openSqliteStore(file);
    const before = await startAppWith({ context: () => ctx, store: first, clock: () => now, newId: answerIds('old') });
    const answer = await commandReply(before, 'meetings with Russia');
    const reply = interceptResponseUrl();
    await sendAction(before, buttonPayload(UP, valueOf(answer, UP), { user: 'U7' }));
    await waitForBodies(reply, 1, 'the thanks');
    await before.stop();
    first.close();

    const second = openSqliteStore(file);
    const after = await startAppWith({ context: () => ctx, store: second, clock: () => now, newId: answerIds('new') });
    try {
      const thanks = interceptResponseUrl();
      interceptViewsOpen({ ok: false, error: 'expired_trigger_id' });
      await sendAction(after, buttonPayload(DOWN, valueOf(answer, DOWN), { user: 'U42' }));
      await waitForBodies(thanks, 1, 'the thanks after the restart');
      expect(second.listVotes().map((v) => [v.user, v.vote, v.answerId, v.question])).toEqual([
        ['U42', 'down', 'old-1', 'meetings with Russia'],
        ['U7', 'up', 'old-1', 'meetings with Russia'],
      ]);
    } finally {
      await after.stop();
      second.close();
    }
    const exported = await cli(['feedback', '--json'], { BRIEFBOT_DB: file });
    expect(exported.code).toBe(0);
    const votes = (JSON.parse(exported.out) as { votes: { user: string; vote: string }[] }).votes;
    expect(votes.map((v) => [v.user, v.vote])).toEqual([
      ['U42', 'down'],
      ['U7', 'up'],
    ]);
  });
});

describe('the App Home', () => {
  it('shows the last 30 days’ 👍 and 👎, and the worst-rated questions to an editor', async () => {
    const answer = await commandReply(target, 'meetings with Russia');
    await vote(UP, valueOf(answer, UP), { user: 'U7' });
    interceptViewsOpen({ ok: false, error: 'expired_trigger_id' });
    await vote(DOWN, valueOf(answer, DOWN), { user: 'U42' });
    const published: Json[] = [];
    nock(SLACK_API)
      .post('/api/views.publish')
      .reply(200, (_uri, body) => {
        const parsed = parseBody(body);
        published.push(typeof parsed.view === 'string' ? (JSON.parse(parsed.view) as Json) : parsed);
        return { ok: true };
      });
    await sendEvent(
      target,
      eventCallback({ type: 'app_home_opened', user: 'U42', channel: 'D42', tab: 'home', event_ts: '1.2' }),
    );
    await waitFor(() => published.length === 1, 'views.publish');
    const home = JSON.stringify(published[0]);
    expect(home).toContain(feedbackHeading(30));
    expect(home).toContain('👍 *1* · 👎 *1*');
    expect(home).toContain(WORST_RATED);
    expect(home).toContain('👎 1 · 👍 1 · meetings — “meetings with Russia”');
  });
});
