/** The mention listener, called directly with fake Bolt arguments. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../../../src/ask/types.js';
import { conversationAnswer } from '../../../../src/slack/handlers.js';
import { threadAsked } from '../../../../src/slack/memory.js';
import { appMention, type AppMentionArgs } from '../../../../src/slack/listeners/events/app-mention.js';
import { contextOf, SEEDS } from '../../../helpers.js';
import { fakeDeps } from '../helpers.js';

let ctx: AskContext;

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

/** A mention in C1 (in a thread when `thread_ts` is given), delivered with `eventId`. */
async function mention(
  deps: ReturnType<typeof fakeDeps>,
  text: string,
  opts: { eventId?: string; thread_ts?: string; bot_id?: string; ts?: string } = {},
) {
  deps.post.mockClear();
  const event = {
    type: 'app_mention',
    text: `<@UBOT> ${text}`,
    user: 'U1',
    channel: 'C1',
    ts: opts.ts ?? '1700000200.000100',
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
    ...(opts.bot_id ? { bot_id: opts.bot_id } : {}),
  };
  await appMention(deps)({ event, body: { event_id: opts.eventId ?? 'Ev1' } } as unknown as AppMentionArgs);
  return deps.post;
}

describe('appMention', () => {
  it('answers in a new thread under the mention, without the mention in the question', async () => {
    const deps = fakeDeps(() => ctx);
    const say = await mention(deps, 'search Lavrov');
    expect(say).toHaveBeenCalledExactlyOnceWith(
      {
        channel: 'C1',
        thread_ts: '1700000200.000100',
        ...conversationAnswer('search Lavrov', ctx, undefined, false, () => 'answer-1').message,
      },
      'the answer to a mention',
    );
  });

  it('answers in the thread it was mentioned in', async () => {
    const deps = fakeDeps(() => ctx);
    const say = await mention(deps, 'search Lavrov', { thread_ts: '1700000100.000001' });
    expect(say.mock.calls[0]![0]).toMatchObject({ thread_ts: '1700000100.000001' });
  });

  it('answers an event Slack delivers again only once', async () => {
    const deps = fakeDeps(() => ctx);
    expect(await mention(deps, 'search Lavrov', { eventId: 'EvSame' })).toHaveBeenCalledOnce();
    expect(await mention(deps, 'search Lavrov', { eventId: 'EvSame' })).not.toHaveBeenCalled();
  });

  it('does not answer a bot', async () => {
    const deps = fakeDeps(() => ctx);
    expect(await mention(deps, 'search Lavrov', { bot_id: 'B9' })).not.toHaveBeenCalled();
  });

  it('remembers what the thread asked, for its follow-up', async () => {
    const deps = fakeDeps(() => ctx);
    await mention(deps, 'When did Qureshi meet Lavrov?', { eventId: 'Ev1' });
    const asked = threadAsked(deps.store, 'C1:1700000200.000100', deps.clock());
    expect(asked).toBeDefined();
    const say = await mention(deps, 'and where?', {
      eventId: 'Ev2',
      thread_ts: '1700000200.000100',
      ts: '1700000300.000100',
    });
    expect(say.mock.calls[0]![0]).toMatchObject(
      conversationAnswer('and where?', ctx, asked, false, () => 'answer-2').message,
    );
  });
});
