/** The Share button's listener, called directly with fake Bolt arguments. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CANNOT_POST, SHARE_FAILED, STALE_BUTTON } from '../../../../src/ask/messages.js';
import type { AskContext } from '../../../../src/ask/types.js';
import { buildNoticeMessage } from '../../../../src/render/blocks.js';
import { encodeButtonValue } from '../../../../src/render/buttons.js';
import { publicAnswer } from '../../../../src/slack/handlers.js';
import { shareAction, type ShareActionArgs } from '../../../../src/slack/listeners/actions/share.js';
import { contextOf, SEEDS } from '../../../helpers.js';
import { fail } from '../../../../src/result.js';
import { fakeAck, fakeClient, fakeDeps } from '../helpers.js';

const RESPONSE_URL = 'https://hooks.slack.com/actions/T1/123/abc';

let ctx: AskContext;

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

/** Click Share on a private answer in C1 as U42, with fakes. */
async function share(value: string | undefined, deps: ReturnType<typeof fakeDeps>, client = fakeClient()) {
  const ack = fakeAck();
  const body = {
    user: { id: 'U42' },
    channel: { id: 'C1' },
    container: { channel_id: 'C1' },
    response_url: RESPONSE_URL,
  };
  await shareAction(deps)({ ack, body, action: { value }, client } as unknown as ShareActionArgs);
  return { ack, client };
}

const button = (command: string, page = 1): string => encodeButtonValue({ command, page })!;

describe('shareAction', () => {
  it('acknowledges, posts the answer in the channel saying who shared it, then removes the private copy', async () => {
    const deps = fakeDeps(() => ctx);
    const { ack } = await share(button('search CASA-1000'), deps);
    expect(ack).toHaveBeenCalledOnce();
    expect(deps.post).toHaveBeenCalledExactlyOnceWith(
      { channel: 'C1', ...publicAnswer('search CASA-1000', ctx, 1, 'U42', () => 'answer-1') },
      'the share of /brief search CASA-1000',
    );
    expect(deps.reply).toHaveBeenCalledExactlyOnceWith(
      RESPONSE_URL,
      { delete_original: true },
      'the removal of a shared answer',
    );
    expect(deps.logger.lines).toEqual([]);
  });

  it('shares the page the button names', async () => {
    const deps = fakeDeps(() => ctx);
    await share(button('search Pakistan', 2), deps);
    expect(deps.post.mock.calls[0]![0]).toMatchObject(publicAnswer('search Pakistan', ctx, 2, 'U42', () => 'answer-1'));
  });

  it('posts nothing for a button it did not write, and says so privately', async () => {
    const deps = fakeDeps(() => ctx);
    const { ack } = await share('{"not":"ours"}', deps);
    expect(ack).toHaveBeenCalledOnce();
    expect(deps.post).not.toHaveBeenCalled();
    expect(deps.reply).toHaveBeenCalledExactlyOnceWith(
      RESPONSE_URL,
      { response_type: 'ephemeral', replace_original: false, ...buildNoticeMessage(STALE_BUTTON) },
      'a stale-button notice',
    );
  });

  it('says privately that briefbot must be invited when it may not post in the channel, and logs nothing', async () => {
    const deps = fakeDeps(() => ctx);
    deps.post.mockResolvedValueOnce(fail({ cannotPost: 'not_in_channel' }));
    await share(button('search CASA-1000'), deps);
    expect(deps.reply).toHaveBeenCalledExactlyOnceWith(
      RESPONSE_URL,
      { response_type: 'ephemeral', replace_original: false, ...buildNoticeMessage(CANNOT_POST) },
      'a share notice',
    );
    expect(deps.logger.lines).toEqual([]);
  });

  it('says privately that sharing failed, and logs why, when Slack refuses for another reason', async () => {
    const deps = fakeDeps(() => ctx);
    deps.post.mockResolvedValueOnce(fail({ failed: 'msg_too_long' }));
    await share(button('search CASA-1000'), deps);
    expect(deps.reply.mock.calls[0]![1]).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      ...buildNoticeMessage(SHARE_FAILED),
    });
    expect(deps.logger.lines).toEqual(['briefbot: error: could not share an answer: msg_too_long']);
  });

  it('neither says sharing failed nor removes the private copy when the post may have landed after a time-out', async () => {
    const deps = fakeDeps(() => ctx);
    deps.post.mockResolvedValueOnce(fail({ failed: 'no answer within 300 ms; perhaps posted', unsure: true }));
    await share(button('search CASA-1000'), deps);
    expect(deps.reply).not.toHaveBeenCalled();
    expect(deps.logger.lines).toEqual([]);
  });
});
