/**
 * Fakes for calling a listener directly, as Slack's bolt-ts starter template tests do: `ack`, `say`, `respond` and
 * the Web API `client` are vi.fn fakes, and the listener's dependencies record what it replied and logged.
 */
import { vi, type Mock } from 'vitest';
import type { AskContext } from '../../../src/ask/types.js';
import type { ListenerDeps } from '../../../src/slack/listeners/deps.js';
import type { Poster } from '../../../src/slack/post.js';
import { ok } from '../../../src/result.js';
import type { Replier } from '../../../src/slack/send.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { memoryLogger } from '../../helpers.js';

/** Listener dependencies over `context`, with a recording replier and logger and an in-memory store. */
export function fakeDeps(
  context: () => AskContext,
  over: Partial<Omit<ListenerDeps, 'logger' | 'reply' | 'post'>> = {},
): ListenerDeps & { reply: Mock<Replier>; post: Mock<Poster>; logger: ReturnType<typeof memoryLogger> } {
  const logger = memoryLogger();
  const store = openSqliteStore(':memory:');
  const clock = (): Date => new Date('2026-07-14T06:00:00Z');
  return {
    context,
    logger,
    store,
    clock,
    editors: [],
    newId: answerIds(),
    channels: [],
    briefings: {
      editors: [],
      download: async () => ({ ok: false, error: { failed: 'no downloads in this test' } }),
      logger,
      store,
      clock,
    },
    ...over,
    reply: vi.fn<Replier>(async () => 'delivered'),
    post: vi.fn<Poster>(async () => ok({ ts: '1700000000.000900' })),
  };
}

/** Answer ids `answer-1`, `answer-2`, … in turn, as the listeners' `newId` gives them: a new sequence each call. */
export function answerIds(prefix = 'answer'): () => string {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

/** A Slack platform error, as @slack/web-api throws it for `{ ok: false, error }`. */
export const platformError = (error: string): Error =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error },
  });

/**
 * A fake Web API client: chat.postMessage, chat.postEphemeral, conversations.open, users.info and views.publish answer
 * ok unless told otherwise.
 */
export function fakeClient() {
  return {
    chat: {
      postMessage: vi.fn(async (_args: Record<string, unknown>) => ({ ok: true, ts: '1700000000.000900' })),
      postEphemeral: vi.fn(async (_args: Record<string, unknown>) => ({ ok: true, message_ts: '1700000000.000901' })),
    },
    conversations: { open: vi.fn(async (_args: { users: string }) => ({ ok: true, channel: { id: 'D42' } })) },
    users: { info: vi.fn(async (_args: { user: string }) => ({ ok: true, user: { tz: 'Asia/Karachi' } })) },
    views: { publish: vi.fn(async (_args: Record<string, unknown>) => ({ ok: true })) },
  };
}

/** A fake `ack`. */
export const fakeAck = () => vi.fn(async () => {});
