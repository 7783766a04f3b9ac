/** The page buttons' listener, called directly with fake Bolt arguments. */
import { beforeAll, describe, expect, it } from 'vitest';
import { REPLY_EXPIRED, STALE_BUTTON } from '../../../../src/ask/messages.js';
import type { AskContext } from '../../../../src/ask/types.js';
import { buildNoticeAbove, buildNoticeMessage } from '../../../../src/render/blocks.js';
import { encodeButtonValue, PAGE_ACTION } from '../../../../src/render/buttons.js';
import { privateAnswer } from '../../../../src/slack/handlers.js';
import { pageAction, PAGE_ACTION_IDS, type PageActionArgs } from '../../../../src/slack/listeners/actions/page.js';
import { contextOf, SEEDS } from '../../../helpers.js';
import { fakeAck, fakeClient, fakeDeps } from '../helpers.js';

const RESPONSE_URL = 'https://hooks.slack.com/actions/T1/123/abc';

let ctx: AskContext;

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

async function click(value: string | undefined, deps: ReturnType<typeof fakeDeps>) {
  const ack = fakeAck();
  const client = fakeClient();
  const body = { response_url: RESPONSE_URL, user: { id: 'U42' }, channel: { id: 'C1' } };
  await pageAction(deps)({ ack, body, action: { value }, client } as unknown as PageActionArgs);
  return { ack, client };
}

describe('pageAction', () => {
  it('answers the next and previous buttons, nothing else', () => {
    expect(PAGE_ACTION_IDS.test(`${PAGE_ACTION}_next`)).toBe(true);
    expect(PAGE_ACTION_IDS.test(`${PAGE_ACTION}_prev`)).toBe(true);
    expect(PAGE_ACTION_IDS.test(`${PAGE_ACTION}_last`)).toBe(false);
  });

  it('acknowledges and replaces the private answer with the page its button names', async () => {
    const deps = fakeDeps(() => ctx);
    const { ack } = await click(encodeButtonValue({ command: 'search Pakistan', page: 2 }), deps);
    expect(ack).toHaveBeenCalledOnce();
    expect(deps.reply).toHaveBeenCalledExactlyOnceWith(
      RESPONSE_URL,
      {
        response_type: 'ephemeral',
        replace_original: true,
        ...privateAnswer('search Pakistan', ctx, 2, () => 'answer-1'),
      },
      'a page of results',
    );
  });

  it('replaces the answer with the stale-button notice for a button it did not write', async () => {
    const deps = fakeDeps(() => ctx);
    await click(undefined, deps);
    expect(deps.reply.mock.calls[0]![1]).toEqual({
      response_type: 'ephemeral',
      replace_original: true,
      ...buildNoticeMessage(STALE_BUTTON),
    });
  });

  it('sends the page to the user as a new private message, saying why, when the answer is too old to replace', async () => {
    const deps = fakeDeps(() => ctx);
    deps.reply.mockResolvedValueOnce('expired');
    const { client } = await click(encodeButtonValue({ command: 'search Pakistan', page: 2 }), deps);
    expect(client.chat.postEphemeral).toHaveBeenCalledExactlyOnceWith({
      channel: 'C1',
      user: 'U42',
      ...buildNoticeAbove(
        { text: REPLY_EXPIRED },
        privateAnswer('search Pakistan', ctx, 2, () => 'answer-1'),
      ),
    });
    expect(client.conversations.open).not.toHaveBeenCalled();
  });
});
