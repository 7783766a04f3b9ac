import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { createLogger } from '../../src/logger.js';
import { buildContext } from '../../src/main.js';
import { decodeButtonValue, SHARE_ACTION } from '../../src/render/buttons.js';
import { APOLOGY } from '../../src/ask/messages.js';
import {
  blocksOf,
  buttonPayload,
  buttonsOf,
  commandReply,
  eventCallback,
  interceptPostMessage,
  interceptResponseUrl,
  joinedText,
  mockNetwork,
  postSigned,
  resetMocks,
  restoreNetwork,
  sendAction,
  sendEvent,
  settle,
  startApp,
  waitForBodies,
  type Capture,
  type Json,
  type RunningApp,
  breakableContext,
  VOTE_IDS,
} from './harness.js';

const LAVROV_FILE = '002_9f8474191b6e5a16.txt';
const QUESTION = 'When did Qureshi meet Lavrov?';

let ctx: AskContext;
let target: RunningApp;
const breakable = breakableContext(() => ctx);

beforeAll(async () => {
  ctx = await buildContext(
    'seeds',
    createLogger(() => {}),
    () => new Date('2026-11-22T12:00:00Z'),
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

/** A distinct message ts for each event a test sends. */
let tick = 100;
const nextTs = (): string => `1700000100.${String(++tick).padStart(6, '0')}`;

/** An `app_mention` in channel C1 (or another), optionally in a thread. */
const mention = (text: string, fields: Json = {}): Json => {
  const ts = nextTs();
  return { type: 'app_mention', text, user: 'U1', channel: 'C1', ts, event_ts: ts, ...fields };
};

/** A direct message to the bot in D1. */
const dm = (text: string, fields: Json = {}): Json => {
  const ts = nextTs();
  return { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text, ts, event_ts: ts, ...fields };
};

/**
 * Send events, then a person's DM as a barrier: once the barrier is answered, the events before it have been
 * handled too. Returns what was posted for the events alone.
 */
async function postedFor(send: () => Promise<unknown>, expected: number): Promise<Json[]> {
  const posted: Capture = interceptPostMessage({ ok: true, channel: 'C1', ts: '1700000100.999999' }, expected + 2);
  await send();
  await sendEvent(target, eventCallback(dm('search CASA-1000')));
  await waitForBodies(posted, expected + 1, `${expected} answer(s) and the barrier`);
  await settle();
  expect(posted.bodies.at(-1)?.channel).toBe('D1');
  resetMocks();
  return posted.bodies.slice(0, -1);
}

/** Send one event and return the one message it got. */
async function answerTo(event: Json, eventId?: string): Promise<Json> {
  const posted = interceptPostMessage({ ok: true, channel: String(event.channel), ts: '1700000100.999998' }, 2);
  const res = await sendEvent(target, eventCallback(event, eventId));
  expect(res.status).toBe(200);
  await waitForBodies(posted, 1, `the answer to "${String(event.text)}"`);
  await settle();
  expect(posted.bodies).toHaveLength(1);
  resetMocks();
  return posted.bodies[0]!;
}

describe('questions in a mention', () => {
  it('answers in a thread under the mention, once, with the evidence and citations', async () => {
    const event = mention(`<@UBOT> ${QUESTION}`);
    const message = await answerTo(event);
    expect(message).toMatchObject({ channel: 'C1', thread_ts: event.ts });
    const text = joinedText(message);
    expect(message.text).toContain('three times');
    expect(text).toContain(
      'Shah Mahmood Qureshi met Sergey Lavrov three times in the briefings: on Wed 14 Jul 2021 in Dushanbe, in September 2020 in Moscow and in June 2019 in Bishkek.',
    );
    expect(text).toContain('*Sergey Lavrov*');
    expect(text).toContain(LAVROV_FILE);
    expect(buttonsOf(message).map((b) => b.action_id)).toEqual(VOTE_IDS);
  });

  it('does not answer a retry of the same event again', async () => {
    const event = mention(`<@UBOT> ${QUESTION}`);
    const body = eventCallback(event, 'EvRETRY001');
    const raw = JSON.stringify(body);
    const first = await answerTo(event, 'EvRETRY001');
    expect(joinedText(first)).toContain('three times');

    const again = await postedFor(async () => {
      const res = await postSigned(target, raw, 'application/json', {
        'X-Slack-Retry-Num': '1',
        'X-Slack-Retry-Reason': 'http_timeout',
      });
      expect(res.status).toBe(200);
    }, 0);
    expect(again).toEqual([]);
  });

  it('answers a follow-up in the same thread about the same two people', async () => {
    const first = mention(`<@UBOT> ${QUESTION}`);
    await answerTo(first);
    const followUp = mention('<@UBOT> and where?', { thread_ts: first.ts });
    const message = await answerTo(followUp);
    expect(message).toMatchObject({ channel: 'C1', thread_ts: first.ts });
    const text = String(message.text);
    for (const word of ['Shah Mahmood Qureshi met Sergey Lavrov', 'Dushanbe', 'Moscow', 'Bishkek'])
      expect(text).toContain(word);

    const later = await answerTo(mention('<@UBOT> and in 2019?', { thread_ts: first.ts }));
    expect(later.text).toBe('Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.');
  });

  it('answers a yes or no, and "what about …?" in the thread asks the same of someone else', async () => {
    const first = mention('<@UBOT> did Jilani meet Zhang Ming in Bishkek');
    expect((await answerTo(first)).text).toBe(
      'Yes: Jalil Abbas Jilani and Zhang Ming met on Wed 25 Oct 2023 in Bishkek.',
    );
    const next = await answerTo(mention('<@UBOT> what about the Kyrgyz president?', { thread_ts: first.ts }));
    expect(next).toMatchObject({ channel: 'C1', thread_ts: first.ts });
    expect(next.text).toBe('Yes: Jalil Abbas Jilani and Sadyr Zhaparov met on Wed 25 Oct 2023 in Bishkek.');
  });

  it('does not carry a thread over to another thread or channel', async () => {
    const first = mention(`<@UBOT> ${QUESTION}`);
    await answerTo(first);
    const elsewhere = await answerTo(mention('<@UBOT> and where?', { channel: 'C2', thread_ts: first.ts }));
    expect(elsewhere.channel).toBe('C2');
    expect(joinedText(elsewhere)).not.toContain('Shah Mahmood Qureshi met Sergey Lavrov');
    const otherThread = await answerTo(mention('<@UBOT> and where?'));
    expect(joinedText(otherThread)).not.toContain('Shah Mahmood Qureshi met Sergey Lavrov');
  });

  it('shows help for a mention with no question', async () => {
    const event = mention('<@UBOT>');
    const message = await answerTo(event);
    expect(message.thread_ts).toBe(event.ts);
    expect(blocksOf(message)[0]).toMatchObject({ type: 'header', text: { text: 'briefbot help' } });
    expect(message.text).toBe('briefbot help');
  });

  it('ignores a mention written by a bot', async () => {
    const posted = await postedFor(
      () => sendEvent(target, eventCallback(mention(`<@UBOT> ${QUESTION}`, { bot_id: 'B999' }))),
      0,
    );
    expect(posted).toEqual([]);
  });

  it('apologises in the thread when answering throws, and logs why', async () => {
    breakable.failNext();
    const event = mention(`<@UBOT> ${QUESTION}`);
    const message = await answerTo(event);
    expect(message).toMatchObject({ channel: 'C1', thread_ts: event.ts, text: APOLOGY });
    expect(target.logs.some((l) => l.includes('could not answer') && l.includes('index unavailable'))).toBe(true);

    expect(joinedText(await answerTo(mention(`<@UBOT> ${QUESTION}`)))).toContain('three times');
  });
});

describe('questions in a direct message', () => {
  it('answers in the DM', async () => {
    const message = await answerTo(dm('Who did Jilani meet in Bishkek?'));
    expect(message.channel).toBe('D1');
    expect(message.thread_ts).toBeUndefined();
    expect(message.text).toBe(
      'Jalil Abbas Jilani met Sadyr Zhaparov (President, Kyrgyzstan), Zhang Ming (Secretary-General, SCO) and the Foreign Minister of Kyrgyzstan in Bishkek.',
    );
  });

  it('answers a follow-up in the DM', async () => {
    await answerTo(dm(QUESTION));
    const message = await answerTo(dm('and in 2019?'));
    expect(message.text).toBe('Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.');
  });

  it.each<[string, Json]>([
    ['a bot_message', { subtype: 'bot_message', bot_id: 'B999' }],
    ['a message with a bot_id', { bot_id: 'B999', app_id: 'A999', user: 'U999' }],
    ['an edit', { subtype: 'message_changed' }],
  ])('ignores %s', async (_what, fields) => {
    const posted = await postedFor(() => sendEvent(target, eventCallback(dm(QUESTION, fields))), 0);
    expect(posted).toEqual([]);
  });
});

describe('questions in /brief', () => {
  it('answers privately with a Share button that shares the same answer', async () => {
    const body = await commandReply(target, QUESTION);
    expect(body.response_type).toBe('ephemeral');
    expect(joinedText(body)).toContain('three times');
    const share = buttonsOf(body).find((b) => b.action_id === SHARE_ACTION);
    expect(share).toBeDefined();
    expect(decodeButtonValue(share!.value)).toEqual({ command: QUESTION, page: 1 });

    const posted = interceptPostMessage();
    const reply = interceptResponseUrl();
    await sendAction(target, buttonPayload(SHARE_ACTION, share!.value!));
    await waitForBodies(reply, 1, 'delete_original');
    expect(posted.bodies).toHaveLength(1);
    expect(posted.bodies[0]!.channel).toBe('C1');
    expect(joinedText(posted.bodies[0]!)).toContain(`<@U42> shared \`/brief ${QUESTION}\``);
    expect(joinedText(posted.bodies[0]!)).toContain('three times');
    expect(reply.bodies).toEqual([{ delete_original: true }]);
  });

  it('apologises privately when answering throws', async () => {
    breakable.failNext();
    const body = await commandReply(target, QUESTION);
    expect(body).toMatchObject({ response_type: 'ephemeral', text: APOLOGY });
  });
});
