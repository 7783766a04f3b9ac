/** The `/brief` listener, called directly with fake Bolt arguments. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { announceFailedText, APOLOGY, LOADING, NO_DIGEST, turnedOn } from '../../../../src/ask/messages.js';
import type { AskContext } from '../../../../src/ask/types.js';
import { BriefbotError } from '../../../../src/errors.js';
import { buildNoticeMessage } from '../../../../src/render/blocks.js';
import { privateAnswer } from '../../../../src/slack/handlers.js';
import { briefCommand, type BriefCommandArgs } from '../../../../src/slack/listeners/commands/brief.js';
import { contextOf, SEEDS } from '../../../helpers.js';
import { fakeAck, fakeClient, fakeDeps, platformError } from '../helpers.js';

const RESPONSE_URL = 'https://hooks.slack.com/commands/T1/123/abc';

let ctx: AskContext;
let deps: ReturnType<typeof fakeDeps>;

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

afterEach(() => {
  deps?.store.close();
});

/** Run `/brief <text>` from U42 in C1, with fakes; what the listener did with them. */
async function brief(text: string, client = fakeClient()) {
  const ack = fakeAck();
  const command = {
    text,
    channel_id: 'C1',
    team_id: 'T1',
    user_id: 'U42',
    command: '/brief',
    response_url: RESPONSE_URL,
  };
  await briefCommand(deps)({ command, ack, client } as unknown as BriefCommandArgs);
  return { ack, client };
}

describe('briefCommand', () => {
  it('acknowledges, then replies privately with the answer through the response_url', async () => {
    deps = fakeDeps(() => ctx);
    const { ack, client } = await brief('search CASA-1000');
    expect(ack).toHaveBeenCalledOnce();
    expect(ack.mock.invocationCallOrder[0]).toBeLessThan(deps.reply.mock.invocationCallOrder[0]!);
    expect(deps.reply).toHaveBeenCalledExactlyOnceWith(
      RESPONSE_URL,
      { response_type: 'ephemeral', ...privateAnswer('search CASA-1000', ctx, 1, () => 'answer-1') },
      'the answer to /brief search CASA-1000',
    );
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('answers with the apology, and logs the cause, when the answer fails', async () => {
    deps = fakeDeps(() => {
      throw new Error('index unavailable');
    });
    await brief('search CASA-1000');
    expect(deps.reply.mock.calls[0]![1]).toEqual({ response_type: 'ephemeral', ...buildNoticeMessage(APOLOGY) });
    expect(deps.logger.lines).toEqual([
      expect.stringMatching(/^briefbot: error: could not answer \/brief search CASA-1000: Error: index unavailable/),
    ]);
  });

  it('says the briefings are loading, and logs nothing, while they are', async () => {
    deps = fakeDeps(() => {
      throw new BriefbotError('NOT_READY', 'the briefings are still loading', 'ask again in a minute');
    });
    await brief('search CASA-1000');
    expect(deps.reply.mock.calls[0]![1]).toEqual({ response_type: 'ephemeral', ...buildNoticeMessage(LOADING) });
    expect(deps.logger.lines).toEqual([]);
  });

  it('routes `digest on` to the digest settings: saved, announced in the channel, no private reply', async () => {
    deps = fakeDeps(() => ctx);
    const { ack, client } = await brief('digest on 08:30 Europe/London');
    expect(ack).toHaveBeenCalledOnce();
    const sub = deps.store.getSubscription('C1')!;
    expect(sub).toMatchObject({ team: 'T1', time: '08:30', timezone: 'Europe/London', subscriber: 'U42' });
    expect(client.chat.postMessage).toHaveBeenCalledExactlyOnceWith({
      channel: 'C1',
      ...buildNoticeMessage({ text: turnedOn('U42', sub), users: ['U42'] }),
    });
    expect(client.chat.postMessage.mock.calls[0]![0].text).toBe(turnedOn('U42', sub));
    expect(client.users.info).not.toHaveBeenCalled();
    expect(deps.reply).not.toHaveBeenCalled();
  });

  it('asks Slack for the user’s timezone when neither the command nor BRIEFBOT_TZ gives one', async () => {
    deps = fakeDeps(() => ctx);
    const { client } = await brief('Digest on');
    expect(client.users.info).toHaveBeenCalledExactlyOnceWith({ user: 'U42' });
    expect(deps.store.getSubscription('C1')).toMatchObject({ time: '09:00', timezone: 'Asia/Karachi' });
  });

  it('takes BRIEFBOT_TZ before the user’s timezone', async () => {
    deps = fakeDeps(() => ctx, { timezone: 'Europe/London' });
    const { client } = await brief('digest on');
    expect(client.users.info).not.toHaveBeenCalled();
    expect(deps.store.getSubscription('C1')).toMatchObject({ timezone: 'Europe/London' });
  });

  it('answers `digest status` privately', async () => {
    deps = fakeDeps(() => ctx);
    await brief('  digest status');
    expect(deps.reply).toHaveBeenCalledExactlyOnceWith(
      RESPONSE_URL,
      { response_type: 'ephemeral', ...buildNoticeMessage(NO_DIGEST) },
      'the answer to /brief   digest status',
    );
  });

  it('tells the user privately when the announcement cannot be posted', async () => {
    deps = fakeDeps(() => ctx);
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(platformError('not_in_channel'));
    await brief('digest on 08:30 Europe/London', client);
    const sub = deps.store.getSubscription('C1')!;
    expect(deps.reply.mock.calls[0]![1]).toEqual({
      response_type: 'ephemeral',
      ...buildNoticeMessage(announceFailedText(turnedOn('U42', sub))),
    });
  });

  it('answers a digest command that fails unexpectedly with the apology, and logs it', async () => {
    deps = fakeDeps(() => ctx);
    deps.store.close(); // every use of the store now throws (not a STORE_… refusal: a bug)
    await brief('digest off');
    expect(deps.reply.mock.calls[0]![1]).toEqual({ response_type: 'ephemeral', ...buildNoticeMessage(APOLOGY) });
    expect(deps.logger.lines).toEqual([expect.stringMatching(/^briefbot: error: digest command failed: /)]);
  });
});
