import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { badPeriodMessage, DATE_NOT_STATED, TIMELINE_WHO } from '../../src/ask/messages.js';
import { createLogger } from '../../src/logger.js';
import { buildContext } from '../../src/main.js';
import { CSV_ACTION, PAGE_ACTION, SHARE_ACTION } from '../../src/render/buttons.js';
import {
  blocksOf,
  buttonPayload,
  buttonsOf,
  interceptPostMessage,
  interceptResponseUrl,
  mockNetwork,
  resetMocks,
  restoreNetwork,
  sendAction,
  startApp,
  waitForBodies,
  type Json,
  type RunningApp,
  commandReply,
  joinedText,
  clickMore,
  VOTE_IDS,
} from './harness.js';

let ctx: AskContext;
let target: RunningApp;

beforeAll(async () => {
  ctx = await buildContext(
    'seeds',
    createLogger(() => {}),
    () => new Date('2026-11-22T12:00:00Z'),
  );
  mockNetwork();
  target = await startApp(() => ctx);
});

afterEach(() => resetMocks());

afterAll(async () => {
  await target?.stop();
  restoreNetwork();
});

const command = (text: string): Promise<Json> => commandReply(target, text);
const joined = joinedText;
/** The first line of each meeting section (the summary section excluded): date · place · kind. */
const meetingHeads = (body: Json): string[] =>
  blocksOf(body)
    .filter((b) => b.type === 'section')
    .slice(1)
    .map((b) => b.text!.text.split('\n')[0]!);
const actionIds = (body: Json): string[] => buttonsOf(body).map((b) => b.action_id ?? '');

describe('/brief meetings over HTTP', () => {
  it('answers "meetings with Russia" privately with the four meetings, newest first, Share, Export CSV, 👍 and 👎', async () => {
    const body = await command('meetings with Russia');
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe('Meetings with Russia: 4 meetings');
    const texts = joined(body);
    expect(texts).toContain('*Meetings with Russia* — 4 meetings');
    expect(meetingHeads(body)).toEqual([
      '*Wed 16 Oct 2024* · Islamabad, Prime Minister’s House · talks',
      '*Wed 14 Jul 2021* · Dushanbe · talks',
      '*September 2020* · Moscow · talks',
      '*June 2019* · Bishkek · talks',
    ]);
    expect(texts).toContain(
      '*Muhammad Shehbaz Sharif* (Prime Minister, Pakistan) with *Mikhail Mishustin* (Prime Minister, Russia)',
    );
    expect(texts).toContain("date from 'on Wednesday', article dated Thu 17 Oct 2024");
    expect(texts).toMatch(/^\[1\] .* · Thu 17 Oct 2024 · 003_11be3f15fbbdd326\.txt · ¶1$/m);
    expect(actionIds(body)).toEqual([SHARE_ACTION, CSV_ACTION, ...VOTE_IDS]);
    expect(JSON.parse(buttonsOf(body)[0]!.value!)).toEqual({ c: 'meetings with Russia', p: 1 });
  });

  it('answers "timeline Lavrov" oldest first under "Timeline of Lavrov"', async () => {
    const body = await command('timeline Lavrov');
    expect(joined(body)).toContain('*Timeline of Lavrov* — 3 meetings');
    expect(meetingHeads(body)).toEqual([
      '*June 2019* · Bishkek · talks',
      '*September 2020* · Moscow · talks',
      '*Wed 14 Jul 2021* · Dushanbe · talks',
    ]);
    expect(joined(body)).toContain(
      '*Shah Mahmood Qureshi* (Foreign Minister, Pakistan) with *Sergey Lavrov* (Foreign Minister, Russia)',
    );
  });

  it('shows a courtesy call as one, and a country no briefing gives as unknown', async () => {
    const calls = await command('meetings with Tokayev');
    expect(meetingHeads(calls)).toEqual(['*date not stated* · presidential palace Akorda · courtesy call']);
    const unknown = await command('meetings with Atabak');
    expect(joined(unknown)).toContain(
      '*Jam Kamal Khan* (Commerce Minister, country unknown) with *Mohammad Atabak* (Minister for Industry, Mining, and Trade, Iran)',
    );
  });

  it('answers "meetings during blah" with the period message and no buttons', async () => {
    const body = await command('meetings during blah');
    expect(body.response_type).toBe('ephemeral');
    expect(joined(body)).toContain(`:warning: ${badPeriodMessage('blah')}`);
    expect(buttonsOf(body)).toEqual([]);
  });

  it('answers "timeline" alone by asking whose', async () => {
    const body = await command('timeline');
    expect(joined(body)).toContain(TIMELINE_WHO);
    expect(buttonsOf(body)).toEqual([]);
  });

  it('offers More results for the 14 meetings with Pakistan, and the button shows page 2 with the undated ones', async () => {
    const page1 = await command('meetings with Pakistan');
    expect(joined(page1)).toContain('*Meetings with Pakistan* — 14 meetings · page 1 of 2');
    expect(meetingHeads(page1)).toHaveLength(8);
    expect(actionIds(page1)).toEqual([SHARE_ACTION, `${PAGE_ACTION}_next`, CSV_ACTION, ...VOTE_IDS]);
    const page2 = await clickMore(target, page1);
    expect(joined(page2)).toContain('page 2 of 2');
    expect(meetingHeads(page2)).toHaveLength(6);
    expect(blocksOf(page2).filter((b) => b.type === 'divider')).toHaveLength(1);
    expect(joined(page2)).toContain(`*${DATE_NOT_STATED}*`);
    expect(actionIds(page2)).toEqual([SHARE_ACTION, `${PAGE_ACTION}_prev`, CSV_ACTION, ...VOTE_IDS]);
  });

  it('shares a meetings answer in the channel with Export CSV, 👍 and 👎 only', async () => {
    const answer = await command('meetings at SCO summit');
    const share = buttonsOf(answer).find((b) => b.action_id === SHARE_ACTION)!;
    const posted = interceptPostMessage();
    const reply = interceptResponseUrl();
    await sendAction(target, buttonPayload(SHARE_ACTION, share.value!));
    await waitForBodies(reply, 1, 'delete_original');
    expect(posted.bodies).toHaveLength(1);
    const message = posted.bodies[0]!;
    expect(joined(message)).toContain('<@U42> shared `/brief meetings at SCO summit`');
    expect(joined(message)).toContain(
      '*Imran Khan* (Prime Minister, Pakistan) with *Wang Yi* (State Councilor and Foreign Minister, China)',
    );
    expect(actionIds(message)).toEqual([CSV_ACTION, ...VOTE_IDS]);
    expect(reply.bodies).toEqual([{ delete_original: true }]);
  });

  it('escapes a hostile filter echoed in the answer', async () => {
    const body = await command('meetings with <!channel> & <@U123>');
    const texts = joined(body);
    expect(texts).not.toContain('<!channel>');
    expect(texts).not.toContain('<@U123>');
    expect(texts).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
  });
});
