import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { APOLOGY, CANNOT_POST, NOTHING_MATCHED, STALE_BUTTON } from '../../src/ask/messages.js';
import { createLogger } from '../../src/logger.js';
import { buildContext } from '../../src/main.js';
import { encodeButtonValue, PAGE_ACTION, SHARE_ACTION } from '../../src/render/buttons.js';
import {
  blocksOf,
  buttonPayload,
  buttonsOf,
  commandBody,
  eventCallback,
  interceptPostMessage,
  interceptResponseUrl,
  mockNetwork,
  postSigned,
  resetMocks,
  restoreNetwork,
  sendAction,
  sendCommand,
  sendEvent,
  settle,
  signatureHeaders,
  startApp,
  visibleTexts,
  waitForBodies,
  type Capture,
  type Json,
  type RunningApp,
  commandReply,
  joinedText,
  breakableContext,
  actionIdsOf,
  VOTE_IDS,
} from './harness.js';

const CASA_FILE = '001_df728569922fd480.txt';
const LAVROV_FILE = '002_9f8474191b6e5a16.txt';

let ctx: AskContext;
let target: RunningApp;
const breakable = breakableContext(() => ctx);

beforeAll(async () => {
  ctx = await buildContext(
    'seeds',
    createLogger(() => {}),
  );
  mockNetwork();
  target = await startApp(breakable.context);
});

afterEach(() => {
  breakable.reset();
  resetMocks();
});

afterAll(async () => {
  await target?.stop();
  restoreNetwork();
});

const command = (text: string): Promise<Json> => commandReply(target, text);
const joined = joinedText;

describe('/brief over HTTP', () => {
  it('acknowledges a search at once, then answers privately with the bold term, its citation and a Share button', async () => {
    const reply = interceptResponseUrl();
    const started = Date.now();
    const res = await sendCommand(target, 'search CASA-1000');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await waitForBodies(reply);
    const body = reply.bodies[0]!;
    expect(body.response_type).toBe('ephemeral');
    const texts = joined(body);
    expect(texts).toContain('*CASA-1000*');
    const citation = blocksOf(body).find((b) => b.type === 'context' && JSON.stringify(b).includes(CASA_FILE));
    expect(JSON.stringify(citation)).toContain('¶7');
    const share = buttonsOf(body).find((b) => b.action_id === SHARE_ACTION);
    expect(share).toMatchObject({ type: 'button', text: { text: 'Share in channel' } });
    expect(reply.bodies).toHaveLength(1);
  });

  it('finds the Lavrov briefing under a misspelling', async () => {
    const body = await command('search Lavarov');
    expect(joined(body)).toContain(LAVROV_FILE);
  });

  it('says nothing matched for a word no briefing has', async () => {
    const body = await command('search xyzzy');
    expect(joined(body)).toContain(NOTHING_MATCHED);
    expect(buttonsOf(body).map((b) => b.action_id)).not.toContain(`${PAGE_ACTION}_next`);
  });

  it('shows help', async () => {
    const body = await command('help');
    expect(blocksOf(body)[0]).toMatchObject({ type: 'header', text: { text: 'briefbot help' } });
    expect(joined(body)).toContain('/brief search');
  });

  it('lists the five seed briefings', async () => {
    const body = await command('sources');
    expect(blocksOf(body)[0]).toMatchObject({ type: 'header', text: { text: 'Briefings (5)' } });
    const rows = visibleTexts(body)
      .flatMap((t) => t.split('\n'))
      .filter((line) => line.startsWith('• '));
    expect(rows).toHaveLength(5);
  });

  it('shows one briefing by its id', async () => {
    const body = await command('source 001');
    expect(blocksOf(body)[0]).toMatchObject({
      type: 'header',
      text: { text: 'Ishaq Dar Key Diplomatic Visit to Bishkek' },
    });
    expect(joined(body)).toContain('`¶1`');
  });

  it('answers an unknown briefing id with an error message', async () => {
    const body = await command('source nope');
    expect(body.response_type).toBe('ephemeral');
    expect(joined(body)).toContain('No briefing has the id `nope`');
    expect(target.logs.filter((l) => l.includes('error'))).toEqual([]);
  });

  it('never lets user text mention the channel, a user or inject markup', async () => {
    const body = await command('<!channel> <@U123> & <script>');
    const texts = joined(body);
    expect(texts).not.toContain('<!channel>');
    expect(texts).not.toContain('<@U123>');
    expect(texts).not.toContain('<script>');
    expect(texts).toContain('&lt;!channel&gt;');
    expect(texts).toContain('&lt;script&gt;');
    expect(texts).toContain('&amp;');
  });

  it('shows a one-page answer without a More button, and a page button redraws the answer in place', async () => {
    const body = await command('search Pakistan');
    expect(joined(body)).toContain('*5 briefings*');
    expect(actionIdsOf(body)).toEqual([SHARE_ACTION, ...VOTE_IDS]);

    const reply = interceptResponseUrl();
    await sendAction(
      target,
      buttonPayload(`${PAGE_ACTION}_next`, encodeButtonValue({ command: 'search Pakistan', page: 2 })!),
    );
    await waitForBodies(reply);
    expect(reply.bodies[0]).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(joined(reply.bodies[0]!)).toContain('*5 briefings*');
  });
});

describe('Share in channel', () => {
  it('posts the answer once in the channel, saying who shared it, with 👍 and 👎 only, then deletes the private copy', async () => {
    const answer = await command('search CASA-1000');
    const value = buttonsOf(answer).find((b) => b.action_id === SHARE_ACTION)?.value;
    expect(value).toBeTypeOf('string');

    const posted = interceptPostMessage();
    const reply = interceptResponseUrl();
    const res = await sendAction(target, buttonPayload(SHARE_ACTION, value!, { channel: 'C1', user: 'U42' }));
    expect(res.status).toBe(200);
    await waitForBodies(reply, 1, 'delete_original');
    expect(posted.bodies).toHaveLength(1);
    const message = posted.bodies[0]!;
    expect(message.channel).toBe('C1');
    expect(joined(message)).toContain('<@U42> shared `/brief search CASA-1000`');
    expect(joined(message)).toContain('*CASA-1000*');
    expect(actionIdsOf(message)).toEqual(VOTE_IDS);
    expect(reply.bodies).toEqual([{ delete_original: true }]);
  });

  it('tells the user to invite briefbot when it is not in the channel', async () => {
    const posted = interceptPostMessage({ ok: false, error: 'not_in_channel' });
    const reply = interceptResponseUrl();
    await sendAction(target, buttonPayload(SHARE_ACTION, encodeButtonValue({ command: 'search CASA-1000', page: 1 })!));
    await waitForBodies(reply);
    expect(posted.bodies).toHaveLength(1);
    expect(reply.bodies[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: CANNOT_POST });
    expect(target.logs.filter((l) => l.includes('error'))).toEqual([]);

    // still serving
    expect(joined(await command('search Lavarov'))).toContain(LAVROV_FILE);
  });

  it.each([SHARE_ACTION, `${PAGE_ACTION}_next`])(
    'answers a %s button briefbot did not write with a stale-button notice',
    async (actionId) => {
      const posted = interceptPostMessage();
      const reply = interceptResponseUrl();
      const res = await sendAction(target, buttonPayload(actionId, 'garbage'));
      expect(res.status).toBe(200);
      await waitForBodies(reply);
      expect(reply.bodies[0]).toMatchObject({ response_type: 'ephemeral', text: STALE_BUTTON });
      expect(posted.bodies).toEqual([]);
    },
  );
});

describe('request signatures', () => {
  it('refuses a forged signature with 401 and answers nothing', async () => {
    const reply = interceptResponseUrl();
    const res = await sendCommand(target, 'search CASA-1000', { 'X-Slack-Signature': `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    await settle();
    expect(reply.bodies).toEqual([]);
    expect(reply.scope.isDone()).toBe(false);
  });

  /** `/brief search CASA-1000`, correctly signed, with its timestamp this many seconds from now. */
  const sendDated = (seconds: number): { res: Promise<Response>; reply: ReturnType<typeof interceptResponseUrl> } => {
    const reply = interceptResponseUrl();
    const body = commandBody('search CASA-1000');
    const ts = Math.floor(Date.now() / 1000) + seconds;
    const res = postSigned(
      target,
      body,
      'application/x-www-form-urlencoded',
      signatureHeaders(target.secret, body, ts),
    );
    return { res, reply };
  };

  it('refuses a correctly signed request older than five minutes with 401', async () => {
    const { res, reply } = sendDated(-6 * 60);
    expect((await res).status).toBe(401);
    await settle();
    expect(reply.bodies).toEqual([]);
  });

  it.each([
    ['six minutes', 6 * 60],
    ['a year', 365 * 24 * 3600],
  ])('refuses a correctly signed request dated %s ahead with 401, and says so in the log', async (_, ahead) => {
    const { res, reply } = sendDated(ahead);
    expect((await res).status).toBe(401);
    await settle();
    expect(reply.bodies).toEqual([]);
    expect(target.logs.at(-1)).toMatch(/^briefbot: warning: slack: refused a request dated more than 5 minutes ahead/);
  });

  it('answers a correctly signed request dated four minutes ahead (clocks differ a little)', async () => {
    const { res, reply } = sendDated(4 * 60);
    expect((await res).status).toBe(200);
    await waitForBodies(reply);
  });

  it("logs Bolt's own refusals through briefbot's logger", async () => {
    await sendCommand(target, 'help', { 'X-Slack-Signature': `v0=${'0'.repeat(64)}` });
    await settle();
    expect(target.logs.at(-1)).toMatch(/^briefbot: warning: slack: Failed to parse and verify the request data/);
  });

  it('refuses a body signed with another secret', async () => {
    const reply = interceptResponseUrl();
    const body = commandBody('help');
    const res = await postSigned(
      target,
      body,
      'application/x-www-form-urlencoded',
      signatureHeaders('not-the-secret-0123456789', body),
    );
    expect(res.status).toBe(401);
    await settle();
    expect(reply.bodies).toEqual([]);
  });
});

describe('events', () => {
  it('echoes the url_verification challenge', async () => {
    const res = await sendEvent(target, { token: 'legacy-token', challenge: 'chal-123', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'chal-123' });
  });

  it('answers a mention in a thread under it', async () => {
    const posted = interceptPostMessage();
    const res = await sendEvent(
      target,
      eventCallback({
        type: 'app_mention',
        text: '<@UBOT> search Lavrov',
        user: 'U1',
        channel: 'C1',
        ts: '1700000000.000100',
        event_ts: '1700000000.000100',
      }),
    );
    expect(res.status).toBe(200);
    await waitForBodies(posted, 1, 'chat.postMessage');
    await settle();
    expect(posted.bodies).toHaveLength(1);
    const message = posted.bodies[0]!;
    expect(message).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(joined(message)).toContain(LAVROV_FILE);
    expect(actionIdsOf(message)).toEqual(VOTE_IDS);
  });

  it('answers a direct message in the DM', async () => {
    const posted = interceptPostMessage({ ok: true, channel: 'D1', ts: '1700000000.000901' });
    await sendEvent(
      target,
      eventCallback({
        type: 'message',
        channel_type: 'im',
        channel: 'D1',
        user: 'U1',
        text: 'search CASA-1000',
        ts: '1700000000.000300',
        event_ts: '1700000000.000300',
      }),
    );
    await waitForBodies(posted, 1, 'chat.postMessage');
    await settle();
    expect(posted.bodies).toHaveLength(1);
    expect(posted.bodies[0]!.channel).toBe('D1');
    expect(joined(posted.bodies[0]!)).toContain('*CASA-1000*');
  });

  it.each([
    ['a bot_message', { subtype: 'bot_message', bot_id: 'B999' }],
    ['a message of another bot', { bot_id: 'B999', app_id: 'A999', user: 'U999' }],
  ])('ignores %s in a DM', async (_what, fields: Json) => {
    const posted: Capture = interceptPostMessage({ ok: true, channel: 'D1', ts: '1700000000.000902' }, 2);
    await sendEvent(
      target,
      eventCallback({
        type: 'message',
        channel_type: 'im',
        channel: 'D1',
        text: 'search Lavrov',
        ts: '1700000000.000400',
        ...fields,
      }),
    );
    // A person's DM sent afterwards is the barrier: once it is answered, the bot's message has been handled too. Each
    // message has a ts of its own, as in Slack (a second message of the same ts is the same message, answered once).
    await sendEvent(
      target,
      eventCallback({
        type: 'message',
        channel_type: 'im',
        channel: 'D1',
        user: 'U1',
        text: 'search CASA-1000',
        ts: `1700000000.0005${String(fields.bot_id ?? '').length}${String(fields.subtype ?? '').length}`,
      }),
    );
    await waitForBodies(posted, 1, 'the answer to the person');
    await settle();
    expect(posted.bodies).toHaveLength(1);
    expect(joined(posted.bodies[0]!)).toContain('CASA-1000');
  });
});

describe('failures', () => {
  it('apologises when answering throws, logs the cause, and keeps serving', async () => {
    breakable.failNext();
    const body = await command('search CASA-1000');
    expect(body).toMatchObject({ response_type: 'ephemeral', text: APOLOGY });
    expect(
      target.logs.some(
        (l) => l.includes('could not answer /brief search CASA-1000') && l.includes('index unavailable'),
      ),
    ).toBe(true);

    const next = await command('search CASA-1000');
    expect(joined(next)).toContain('*CASA-1000*');
  });
});
