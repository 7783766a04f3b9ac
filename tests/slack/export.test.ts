/**
 * `/brief meetings … csv` and the Export CSV button end to end through the real Bolt app: conversations.open, then
 * files.uploadV2's files.getUploadURLExternal, the upload itself and files.completeUploadExternal, all stood in for by
 * nock; the user is told privately that the file was sent, or why not.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CSV_NO_DM, CSV_NO_SCOPE, csvSent, nothingToExport, TIMELINE_WHO } from '../../src/ask/messages.js';
import type { AskContext } from '../../src/ask/types.js';
import { CSV_ACTION } from '../../src/render/buttons.js';
import { csvRecords } from '../csv.js';
import { contextOf, memoryLogger, SEEDS } from '../helpers.js';
import {
  buttonPayload,
  buttonsOf,
  commandReply,
  joinedText,
  mockNetwork,
  parseBody,
  resetMocks,
  restoreNetwork,
  sendAction,
  settle,
  SLACK_API,
  startAppWith,
  waitForBodies,
  interceptResponseUrl,
  type Json,
  type RunningApp,
} from './harness.js';

const UPLOAD_HOST = 'https://files.slack.com';
const UPLOAD_PATH = '/upload/v1/CwABAAAAXwoAAZnVm0';

let ctx: AskContext;
let target: RunningApp;
const logger = memoryLogger();

beforeAll(async () => {
  ctx = await contextOf(SEEDS);
  mockNetwork();
  target = await startAppWith({ context: () => ctx, logger, clock: () => new Date('2026-11-22T12:00:00Z') });
});

afterEach(() => {
  resetMocks();
  logger.lines.length = 0;
});

afterAll(async () => {
  await target?.stop();
  restoreNetwork();
});

/** What Slack got of one upload: the DM opened, the upload URL asked for, the file's bytes, the upload completed. */
interface Upload {
  opened: Json[];
  asked: Json[];
  uploaded: string[];
  completed: Json[];
}

/** Stand in for conversations.open and the three steps of files.uploadV2, capturing each. */
function interceptUpload(getUrl: Json = { ok: true, upload_url: `${UPLOAD_HOST}${UPLOAD_PATH}`, file_id: 'F123' }) {
  const upload: Upload = { opened: [], asked: [], uploaded: [], completed: [] };
  nock(SLACK_API)
    .post('/api/conversations.open')
    .reply(200, (_uri, body) => {
      upload.opened.push(parseBody(body));
      return { ok: true, channel: { id: 'D42' } };
    });
  nock(SLACK_API)
    .post('/api/files.getUploadURLExternal')
    .reply(200, (_uri, body) => {
      upload.asked.push(parseBody(body));
      return getUrl;
    });
  nock(UPLOAD_HOST)
    .post(UPLOAD_PATH)
    .reply(200, (_uri, body) => {
      upload.uploaded.push(typeof body === 'string' ? body : JSON.stringify(body));
      return 'OK - 1234';
    });
  nock(SLACK_API)
    .post('/api/files.completeUploadExternal')
    .reply(200, (_uri, body) => {
      upload.completed.push(parseBody(body));
      return { ok: true, files: [{ id: 'F123', title: 'x' }] };
    });
  return upload;
}

/** The CSV inside an upload's multipart body: from its header row to the closing boundary. */
function csvOf(upload: Upload): string {
  const body = upload.uploaded[0] ?? '';
  const start = body.indexOf('\ufeffdate,status,kind');
  expect(start).toBeGreaterThanOrEqual(0);
  return body.slice(start, body.indexOf('\r\n--', start));
}

describe('/brief meetings … csv', () => {
  it('uploads every meeting with Russia, one row each, to the user’s DM, and says so privately', async () => {
    const upload = interceptUpload();
    const reply = await commandReply(target, 'meetings with Russia csv');
    const file = 'briefbot-meetings-with-russia-2026-11-22.csv';
    expect(reply.response_type).toBe('ephemeral');
    expect(joinedText(reply)).toContain(csvSent(file, 4));
    expect(upload.opened).toEqual([expect.objectContaining({ users: 'U42' })]);
    expect(upload.asked).toEqual([expect.objectContaining({ filename: file })]);
    expect(Number(upload.asked[0]!.length)).toBe(Buffer.byteLength(csvOf(upload)));
    expect(upload.completed[0]).toMatchObject({ channel_id: 'D42' });
    expect(String(upload.completed[0]!.initial_comment)).toMatch(/^Meetings with Russia: 4 meetings, one row each/);
    const rows = csvRecords(csvOf(upload));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.date)).toEqual(['2024-10-16', '2021-07-14', '2020-09', '2019-06']);
    expect(rows[0]).toMatchObject({
      status: 'held',
      kind: 'talks',
      participants: 'Muhammad Shehbaz Sharif (Prime Minister, Pakistan) | Mikhail Mishustin (Prime Minister, Russia)',
      place: 'Islamabad, Prime Minister’s House',
      source_1_file: '003_11be3f15fbbdd326.txt',
      source_1_paragraph: '1',
    });
    expect(logger.lines).toEqual([]);
  });

  it('says privately that nothing matches, and uploads nothing, when no meeting does', async () => {
    const reply = await commandReply(target, 'meetings in Atlantis csv');
    expect(joinedText(reply)).toContain(nothingToExport('Meetings in Atlantis'));
  });

  it('asks whose timeline for "timeline csv", as for "timeline"', async () => {
    expect(joinedText(await commandReply(target, 'timeline csv'))).toContain(TIMELINE_WHO);
  });

  it('says the app lacks files:write, and logs it, when Slack refuses the upload for that', async () => {
    const upload = interceptUpload({ ok: false, error: 'missing_scope', needed: 'files:write' });
    const reply = await commandReply(target, 'timeline Lavrov csv');
    expect(joinedText(reply)).toContain(CSV_NO_SCOPE);
    expect(upload.uploaded).toEqual([]);
    expect(logger.lines).toEqual([
      expect.stringContaining('briefbot: error: could not upload briefbot-timeline-of-lavrov-2026-11-22.csv: the app'),
    ]);
  });

  it('says it could not open a DM when Slack will not open one', async () => {
    nock(SLACK_API).post('/api/conversations.open').reply(200, { ok: false, error: 'user_not_found' });
    const reply = await commandReply(target, 'meetings with Russia csv');
    expect(joinedText(reply)).toContain(CSV_NO_DM);
    expect(logger.lines).toEqual([
      'briefbot: error: could not open a DM with U42 to send briefbot-meetings-with-russia-2026-11-22.csv: user_not_found',
    ]);
  });
});

describe('the Export CSV button', () => {
  it('sends every meeting of the list, all its pages, as a CSV to the clicker’s DM, and says so in a new private message', async () => {
    const answer = await commandReply(target, 'meetings with Pakistan');
    const button = buttonsOf(answer).find((b) => b.action_id === CSV_ACTION)!;
    expect(button.text).toMatchObject({ text: 'Export CSV' });
    const upload = interceptUpload();
    const reply = interceptResponseUrl();
    const res = await sendAction(target, buttonPayload(CSV_ACTION, button.value!, { user: 'U7' }));
    expect(res.status).toBe(200);
    await waitForBodies(reply, 1, 'the notice that the CSV was sent');
    await settle();
    expect(reply.bodies[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(joinedText(reply.bodies[0]!)).toContain(csvSent('briefbot-meetings-with-pakistan-2026-11-22.csv', 14));
    expect(upload.opened).toEqual([expect.objectContaining({ users: 'U7' })]);
    const rows = csvRecords(csvOf(upload));
    expect(rows).toHaveLength(14);
    expect(rows.filter((r) => r.date === '')).toHaveLength(rows.length - rows.findIndex((r) => r.date === ''));
  });
});
