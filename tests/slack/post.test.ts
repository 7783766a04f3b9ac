/** Posting an answer once however slow Slack is (src/slack/post.ts), with a fake Web API client. */
import { describe, expect, it, vi } from 'vitest';
import { postAnswer, readPostError, type PostClient, type PostDeps } from '../../src/slack/post.js';
import { memoryLogger } from '../helpers.js';
import { platformError } from './listeners/helpers.js';

const requestError = (original: Record<string, unknown>): Error =>
  Object.assign(new Error('A request error occurred'), { code: 'slack_webapi_request_error', original });
const TIMEOUT = requestError({ name: 'TimeoutError', message: 'The operation was aborted due to timeout' });
const REFUSED = requestError({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
const RESET = requestError({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNRESET' } });
const HTTP_503 = Object.assign(new Error('HTTP 503'), { code: 'slack_webapi_http_error', statusCode: 503 });

/** A client whose chat.postMessage answers with `answers` in turn (an Error is thrown), and whose history is `held`. */
function fakePostClient(answers: Array<Error | { ts: string }>, held: () => unknown[] = () => []) {
  const postMessage = vi.fn(async (_args: Record<string, unknown>) => {
    const next = answers.shift() ?? { ts: '9.9' };
    if (next instanceof Error) throw next;
    return { ok: true, ...next };
  });
  const read = vi.fn(async (_args: Record<string, unknown>) => ({ ok: true, messages: held() }));
  const client = { chat: { postMessage }, conversations: { replies: read, history: read } };
  return { client: client as unknown as PostClient, postMessage, read };
}

function deps(client: PostClient): PostDeps & { sleeps: number[]; logger: ReturnType<typeof memoryLogger> } {
  const sleeps: number[] = [];
  return {
    client,
    policy: { attempts: 4, baseDelayMs: 10, maxDelayMs: 1000, timeoutMs: 100 },
    sleep: async (ms) => void sleeps.push(ms),
    logger: memoryLogger(),
    clock: () => new Date('2026-07-14T06:00:00Z'),
    newId: () => 'id-1',
    sleeps,
  };
}

const POST = { channel: 'C1', text: 'an answer', blocks: [] };

describe('readPostError', () => {
  it('tells a failure that posted nothing from one that may have posted, and from a refusal', () => {
    expect(readPostError(REFUSED).kind).toBe('notPosted');
    expect(readPostError(HTTP_503).kind).toBe('notPosted');
    expect(readPostError(TIMEOUT).kind).toBe('perhaps');
    expect(readPostError(RESET).kind).toBe('perhaps');
    expect(readPostError(platformError('not_in_channel'))).toEqual({
      kind: 'final',
      failure: { cannotPost: 'not_in_channel' },
    });
  });
});

describe('postAnswer', () => {
  it('tags the answer and tries again after a refused connection or a 5xx without reading anything back', async () => {
    const fake = fakePostClient([REFUSED, HTTP_503, { ts: '1.2' }]);
    const d = deps(fake.client);
    expect(await postAnswer(d, POST, 'an answer')).toEqual({ ok: true, value: { ts: '1.2' } });
    expect(fake.postMessage).toHaveBeenCalledTimes(3);
    expect(fake.postMessage.mock.calls[0]![0]).toMatchObject({
      channel: 'C1',
      metadata: { event_type: 'briefbot_answer', event_payload: { id: 'id-1' } },
    });
    expect(fake.read).not.toHaveBeenCalled();
    expect(d.sleeps).toEqual([10, 20]);
  });

  it('reads the channel back from five minutes before the first try, and takes the answer found there', async () => {
    const fake = fakePostClient([TIMEOUT], () => [
      { ts: '1.1', metadata: { event_type: 'briefbot_answer', event_payload: { id: 'other' } } },
      { ts: '1.3', metadata: { event_type: 'briefbot_answer', event_payload: { id: 'id-1' } } },
    ]);
    expect(await postAnswer(deps(fake.client), POST, 'an answer')).toEqual({ ok: true, value: { ts: '1.3' } });
    expect(fake.postMessage).toHaveBeenCalledOnce();
    const since = Date.parse('2026-07-14T05:55:00Z') / 1000;
    expect(fake.read).toHaveBeenCalledExactlyOnceWith({
      channel: 'C1',
      oldest: since.toFixed(6),
      limit: 100,
      include_all_metadata: true,
    });
  });

  it('gives up, sure that nothing was posted, when every try timed out and none is in the channel', async () => {
    const fake = fakePostClient([TIMEOUT, TIMEOUT, TIMEOUT, TIMEOUT]);
    const result = await postAnswer(deps(fake.client), POST, 'an answer');
    expect(result).toEqual({ ok: false, error: { failed: 'no answer in time' } });
    expect(fake.postMessage).toHaveBeenCalledTimes(4);
    expect(fake.read).toHaveBeenCalledTimes(4);
  });

  it('does not try again after a refusal', async () => {
    const fake = fakePostClient([platformError('msg_too_long')]);
    expect(await postAnswer(deps(fake.client), POST, 'an answer')).toEqual({
      ok: false,
      error: { failed: 'msg_too_long' },
    });
    expect(fake.postMessage).toHaveBeenCalledOnce();
  });
});
