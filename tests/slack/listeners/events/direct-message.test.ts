/** The DM listener, called directly with fake Bolt arguments. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../../../src/ask/types.js';
import { conversationAnswer } from '../../../../src/slack/handlers.js';
import { directMessage, type DirectMessageArgs } from '../../../../src/slack/listeners/events/direct-message.js';
import { contextOf, SEEDS } from '../../../helpers.js';
import { fakeDeps } from '../helpers.js';

let ctx: AskContext;

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

/** A message event in D42 (fields of `over` replace the defaults), delivered with `eventId`. */
async function message(deps: ReturnType<typeof fakeDeps>, over: Record<string, unknown> = {}, eventId = 'Ev1') {
  deps.post.mockClear();
  const event = {
    type: 'message',
    channel: 'D42',
    channel_type: 'im',
    user: 'U42',
    text: 'search CASA-1000',
    ts: '1700000300.000100',
    ...over,
  };
  await directMessage(deps)({ message: event, body: { event_id: eventId } } as unknown as DirectMessageArgs);
  return deps.post;
}

describe('directMessage', () => {
  it('answers a DM in the DM, not in a thread', async () => {
    const deps = fakeDeps(() => ctx);
    const say = await message(deps);
    expect(say).toHaveBeenCalledExactlyOnceWith(
      { channel: 'D42', ...conversationAnswer('search CASA-1000', ctx, undefined, false, () => 'answer-1').message },
      'the answer to a DM',
    );
  });

  it('answers a DM sent in a thread in that thread', async () => {
    const deps = fakeDeps(() => ctx);
    const say = await message(deps, { thread_ts: '1700000299.000001' });
    expect(say.mock.calls[0]![0]).toMatchObject({ thread_ts: '1700000299.000001' });
  });

  it('answers an event Slack delivers again only once', async () => {
    const deps = fakeDeps(() => ctx);
    expect(await message(deps, {}, 'EvSame')).toHaveBeenCalledOnce();
    expect(await message(deps, {}, 'EvSame')).not.toHaveBeenCalled();
  });

  it.each([
    ['a message in a channel', { channel_type: 'channel' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a bot', { bot_id: 'B9' }],
    ['a message without text', { text: '' }],
  ])('does not answer %s', async (_what, over) => {
    const deps = fakeDeps(() => ctx);
    expect(await message(deps, over)).not.toHaveBeenCalled();
  });

  it('does not spend an event id on a message it does not answer', async () => {
    const deps = fakeDeps(() => ctx);
    await message(deps, { subtype: 'message_changed' }, 'EvSame');
    expect(await message(deps, {}, 'EvSame')).toHaveBeenCalledOnce();
  });
});
