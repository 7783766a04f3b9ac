/**
 * A team's own briefings, added from Slack, end to end through the real Bolt app: files shared in a DM or with a
 * mention (signed `message` events with `subtype: file_share` and `app_mention` events with a `files` array, as Slack
 * sends them), downloaded from nock with the bot token, saved under the corpus folder's `slack/`, indexed at once and
 * answered in the thread; the message shortcut; a date given in reply; `/brief remove`; and each refusal, after
 * which nothing is written.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  nothingToAdd,
  onlyEditorsAdd,
  onlyEditorsRemove,
  REMOVE_WHICH,
  scannedPdf,
  UNDATED_MENTION,
  UNDATED_REPLY,
} from '../../src/ask/messages.js';
import { createLiveCorpus, type LiveCorpus } from '../../src/live/live-corpus.js';
import { createLoader } from '../../src/live/load.js';
import { createLogger } from '../../src/logger.js';
import { ADD_SHORTCUT } from '../../src/slack/app.js';
import {
  commandReply,
  eventCallback,
  interceptPostMessage,
  interceptResponseUrl,
  joinedText,
  mockNetwork,
  parseBody,
  resetMocks,
  restoreNetwork,
  sendAction,
  sendEvent,
  settle,
  SLACK_API,
  startAppWith,
  waitFor,
  waitForBodies,
  type Capture,
  type Json,
  type RunningApp,
} from './harness.js';

const FIXTURES = 'tests/fixtures/slack-files';
const FILES_HOST = 'https://files.slack.com';
const TOKEN = 'xoxb-test';

let root: string;
let corpus: string;
let live: LiveCorpus;
let target: RunningApp;
let ts = 1700000100;

/** A new message ts, as Slack gives each message its own. */
const nextTs = (): string => `${(ts += 1)}.000100`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'briefbot-add-'));
  corpus = join(root, 'corpus');
  cpSync('seeds', corpus, { recursive: true });
  live = createLiveCorpus(createLoader({ dir: corpus, logger: createLogger(() => {}) }));
  expect(await live.load()).toBe(true);
  mockNetwork();
  target = await startAppWith({
    context: () => live.context(),
    corpus: { dir: corpus, follow: (names) => live.follow(names) },
  });
});

afterEach(() => resetMocks());

afterAll(async () => {
  await target?.stop();
  await live?.stop();
  restoreNetwork();
  rmSync(root, { recursive: true, force: true });
});

/** The files of the corpus folder's `slack/` folder. */
const slackFolder = (): string[] => (existsSync(join(corpus, 'slack')) ? readdirSync(join(corpus, 'slack')) : []);

/** A file as Slack describes it in a `file_share` event, and its download served by nock (the token it got kept). */
function sharedFile(
  name: string,
  body: Buffer | string,
  extra: Json = {},
  reply: { status?: number; type?: string } = {},
): { file: Json; tokens: string[]; download: nock.Scope } {
  const id = `F${Math.abs(hash(name))}`;
  const path = `/files-pri/T1-${id}/download/${encodeURIComponent(name)}`;
  const tokens: string[] = [];
  const download = nock(FILES_HOST)
    .get(path)
    .reply(function () {
      tokens.push(String(this.req.headers.authorization));
      return [reply.status ?? 200, body, { 'content-type': reply.type ?? 'application/octet-stream' }];
    });
  const file = {
    id,
    created: 1700000100,
    timestamp: 1700000100,
    name,
    title: name,
    mimetype: 'application/octet-stream',
    filetype: name.split('.').pop(),
    pretty_type: name.split('.').pop()?.toUpperCase(),
    user: 'U1',
    user_team: 'T1',
    editable: false,
    size: Buffer.byteLength(body),
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: false,
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    url_private: `${FILES_HOST}/files-pri/T1-${id}/${encodeURIComponent(name)}`,
    url_private_download: `${FILES_HOST}${path}`,
    permalink: `https://example.slack.com/files/U1/${id}/${encodeURIComponent(name)}`,
    ...extra,
  };
  return { file, tokens, download };
}

const hash = (text: string): number => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

/** A `file_share` message in a DM (or a group DM), as Slack sends it. */
function fileShare(files: Json[], opts: { channel?: string; type?: string; user?: string; ts?: string } = {}): Json {
  const at = opts.ts ?? nextTs();
  return {
    type: 'message',
    subtype: 'file_share',
    text: '',
    files,
    upload: true,
    user: opts.user ?? 'U1',
    display_as_bot: false,
    ts: at,
    event_ts: at,
    channel: opts.channel ?? 'D1',
    channel_type: opts.type ?? 'im',
  };
}

/** A person's message in a DM, in a thread when `thread` is given. */
const dmText = (text: string, thread?: string, channel = 'D1', type = 'im'): Json => {
  const at = nextTs();
  return {
    type: 'message',
    channel,
    channel_type: type,
    user: 'U1',
    text,
    ts: at,
    event_ts: at,
    ...(thread ? { thread_ts: thread } : {}),
  };
};

/** A mention in a channel, with files or in a thread when given. */
const mention = (
  text: string,
  opts: { channel?: string; files?: Json[]; thread?: string; user?: string } = {},
): Json => {
  const at = nextTs();
  return {
    type: 'app_mention',
    text: `<@UBOT> ${text}`,
    user: opts.user ?? 'U1',
    channel: opts.channel ?? 'C1',
    ts: at,
    event_ts: at,
    ...(opts.files ? { files: opts.files } : {}),
    ...(opts.thread ? { thread_ts: opts.thread } : {}),
  };
};

/** Send an event and wait for the `n` answers it posts. */
async function answered(event: Json, n = 1, app = target): Promise<Json[]> {
  const posted = interceptPostMessage({ ok: true, channel: String(event.channel), ts: '1700009999.000100' }, n);
  const res = await sendEvent(app, eventCallback(event));
  expect(res.status).toBe(200);
  await waitForBodies(posted, n, `${n} answer(s) to ${String(event.type)}`);
  return posted.bodies;
}

/** The front matter of a briefing saved in `slack/`. */
const saved = (name: string): string => readFileSync(join(corpus, 'slack', name), 'utf8');

describe('a file shared in a DM', () => {
  it('is downloaded with the bot token, saved under slack/, searchable within two seconds, its meetings listed', async () => {
    const { file, tokens, download } = sharedFile('geneva-week.txt', readFileSync(join(FIXTURES, 'geneva-week.txt')));
    const event = fileShare([file]);
    const started = Date.now();
    const [reply] = await answered(event);
    const answer = await commandReply(target, 'search Tsahkna');
    const took = Date.now() - started;
    expect(joinedText(answer)).toContain('slack/geneva-week.md');
    expect(took).toBeLessThan(2000);
    expect(download.isDone()).toBe(true);
    expect(tokens).toEqual([`Bearer ${TOKEN}`]);

    expect(reply).toMatchObject({ channel: 'D1', thread_ts: event.ts });
    const text = joinedText(reply!);
    expect(text).toContain("Added *Norway's foreign minister holds a week of talks in Geneva* to the briefings");
    expect(text).toContain('`geneva-week`');
    expect(text).toContain('Date: Fri 20 Jun 2025');
    expect(text).toContain('7 meetings found in it:');
    expect(text.match(/^• /gm)).toHaveLength(5);
    expect(text).toContain('*Ignazio Cassis*');
    expect(text).toContain('and 2 more');
    expect(text).not.toContain(':warning:');

    const front = saved('geneva-week.md');
    expect(front).toMatch(/^---\ntitle: Norway's foreign minister holds a week of talks in Geneva\ndate: 2025-06-20\n/);
    expect(front).toContain(`source: ${String(file.permalink)}`);
    expect(front).toContain('added_by: U1');
    expect(front).toContain('original_file: geneva-week.txt');
    expect(front).toContain('On Monday, Eide met Switzerland');
  });

  it('reads a PDF: its title, the date its byline gives and the meetings found', async () => {
    const { file } = sharedFile('Ministers Astana.pdf', readFileSync(join(FIXTURES, 'ministers-astana.pdf')));
    const [reply] = await answered(fileShare([file]));
    const text = joinedText(reply!);
    expect(text).toContain('Added *Kazakh and Mongolian foreign ministers agree on new rail corridor*');
    expect(text).toContain('`Ministers-Astana`');
    expect(text).toContain('Date: Wed 12 Mar 2025');
    expect(text).toContain('2 meetings found in it:');
    expect(text).toContain('*Murat Nurtleu* with *Battsetseg Batmunkh*');
    expect(saved('Ministers-Astana.md')).toContain('original_file: Ministers Astana.pdf');
    expect(joinedText(await commandReply(target, 'search Altai rail corridor'))).toContain('slack/Ministers-Astana.md');
  });

  it('reads a Word file; undated, it says how to date it, and a date in reply sets it and reindexes', async () => {
    const { file } = sharedFile('fisheries-montevideo.docx', readFileSync(join(FIXTURES, 'fisheries-montevideo.docx')));
    const share = fileShare([file]);
    const [reply] = await answered(share);
    const text = joinedText(reply!);
    expect(text).toContain('Added *Chilean and Uruguayan ministers discuss fisheries in Montevideo*');
    expect(text).toContain(UNDATED_REPLY);
    expect(text).toContain('*Alberto van Klaveren* with *Omar Paganini*');
    expect(saved('fisheries-montevideo.md')).not.toMatch(/^date:/m);

    const [dated] = await answered(dmText('3 July 2024', String(share.ts)));
    expect(dated).toMatchObject({ channel: 'D1', thread_ts: share.ts });
    expect(joinedText(dated!)).toContain('Set the date of *Chilean and Uruguayan ministers discuss fisheries');
    expect(joinedText(dated!)).toContain('Date: Wed 3 Jul 2024');
    expect(saved('fisheries-montevideo.md')).toMatch(/^date: 2024-07-03$/m);
    expect(joinedText(await commandReply(target, 'search Paganini in:2024'))).toContain(
      'slack/fisheries-montevideo.md',
    );
  });

  it('takes a date given in the DM itself, outside the thread, for an undated briefing added there', async () => {
    const { file } = sharedFile('riga-undated.md', `Talks in Riga\n\n${PROSE}`);
    await answered(fileShare([file], { channel: 'D7' }));
    const [dated] = await answered(dmText('2025-06-21', undefined, 'D7'));
    expect(joinedText(dated!)).toContain('Date: Sat 21 Jun 2025');
    expect(saved('riga-undated.md')).toMatch(/^date: 2025-06-21$/m);
    // Dated now: another date in the DM itself is a search again; in the briefing's thread it would correct it.
    const [search] = await answered(dmText('2025-06-22', undefined, 'D7'));
    expect(joinedText(search!)).not.toContain('Set the date');
    expect(saved('riga-undated.md')).toMatch(/^date: 2025-06-21$/m);
  });

  it('warns when the same text is already in the corpus, and still keeps the copy', async () => {
    const { file } = sharedFile('geneva copy.txt', readFileSync(join(FIXTURES, 'geneva-week.txt')));
    const [reply] = await answered(fileShare([file]));
    const text = joinedText(reply!);
    expect(text).toContain(':warning: The same text is already in the briefings as *Norway');
    expect(text).toContain('(`geneva-week`)');
    expect(text).toContain('to the briefings as `geneva-copy`.');
    expect(text).not.toContain('/brief source geneva-copy');
    expect(text).toContain('`/brief remove geneva-copy` takes this copy out again');
    expect(text).toContain('7 meetings found in it:');
    expect(slackFolder()).toContain('geneva-copy.md');
  });

  it('answers in a group DM (mpim) as in a DM, and files shared there are added', async () => {
    const [answer] = await answered(dmText('search CASA-1000', undefined, 'G1', 'mpim'));
    expect(answer).toMatchObject({ channel: 'G1' });
    expect(answer!.thread_ts).toBeUndefined();
    expect(joinedText(answer!)).toContain('*CASA-1000*');
    const { file } = sharedFile('group.html', '<html><body><nav>Home</nav><h1>Talks in Baku</h1><p>' + PROSE + '</p>');
    const [reply] = await answered(fileShare([file], { channel: 'G1', type: 'mpim' }));
    expect(joinedText(reply!)).toContain('Added *Talks in Baku*');
    expect(saved('group.md')).not.toContain('Home');
  });

  it('answers a mention in a group DM once, though Slack sends it both as a message and as a mention', async () => {
    const message = dmText('<@UBOT> search Lavrov', undefined, 'G1', 'mpim');
    const posted = interceptPostMessage({ ok: true, channel: 'G1', ts: '1700009999.000200' }, 2);
    await sendEvent(target, eventCallback(message));
    await sendEvent(target, eventCallback({ ...mention('search Lavrov', { channel: 'G1' }), ts: message.ts }));
    await waitForBodies(posted, 1, 'the answer');
    await settle(100);
    expect(posted.bodies).toHaveLength(1);
  });

  it('asks files.info for a file that comes with its id only (from another workspace)', async () => {
    const { file } = sharedFile('connect.txt', `Talks in Tallinn\n\n${PROSE}`);
    const info = nock(SLACK_API)
      .post('/api/files.info')
      .reply(200, (_uri, body) => {
        expect(parseBody(body)).toMatchObject({ file: file.id });
        return { ok: true, file };
      });
    const stub = {
      id: file.id,
      mode: 'file_access',
      file_access: 'check_file_info',
      created: 0,
      timestamp: 0,
      user: '',
    };
    const [reply] = await answered(fileShare([stub]));
    expect(info.isDone()).toBe(true);
    expect(joinedText(reply!)).toContain('Added *Talks in Tallinn*');
  });
});

/** Prose of a briefing, long enough to be one (25 words and more), about a meeting. */
const PROSE =
  "Azerbaijan's Foreign Minister Jeyhun Bayramov met Georgia's Foreign Minister Maka Botchorishvili in Baku " +
  'on Tuesday to discuss the transit of goods across the Caspian Sea and the energy projects of the region.';

describe('refusals: nothing is written', () => {
  /** Share a file, and return the one reply, having checked that no file was written. */
  async function refused(event: Json): Promise<string> {
    const before = slackFolder();
    const [reply] = await answered(event);
    expect(slackFolder()).toEqual(before);
    expect(readdirSync(corpus).filter((f) => f.startsWith('.'))).toEqual([]);
    return joinedText(reply!);
  }

  it('refuses a file over 5 MB without downloading it', async () => {
    const { file, download } = sharedFile('huge.pdf', 'x', { size: 6 * 1024 * 1024 });
    const text = await refused(fileShare([file]));
    expect(text).toContain('briefbot could not add `huge.pdf`: it is 6.0 MB, and briefbot reads files of up to 5 MB.');
    expect(text).toContain('Nothing was saved.');
    expect(download.isDone()).toBe(false);
  });

  it('refuses a file that turns out larger than 5 MB while downloading', async () => {
    const { file } = sharedFile('liar.txt', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), { size: 100 });
    expect(await refused(fileShare([file]))).toContain('reads files of up to 5 MB');
  });

  it('refuses a kind of file it cannot read', async () => {
    const { file, download } = sharedFile('photo.jpg', 'jpeg', { filetype: 'jpg', pretty_type: 'JPEG' });
    const text = await refused(fileShare([file]));
    expect(text).toContain('it reads .txt, .md, .pdf, .docx or .html files, and this is a JPEG file');
    expect(download.isDone()).toBe(false);
  });

  it('refuses a scanned PDF with no text', async () => {
    const { file } = sharedFile('scanned-letter.pdf', readFileSync(join(FIXTURES, 'scanned-letter.pdf')));
    expect(await refused(fileShare([file]))).toContain(scannedPdf('scanned-letter.pdf'));
  });

  it('refuses an empty text', async () => {
    const { file } = sharedFile('empty.txt', '  \n\n ');
    expect(await refused(fileShare([file]))).toContain(nothingToAdd('empty.txt'));
  });

  it('refuses a text too short to be a briefing', async () => {
    const { file } = sharedFile('note.md', 'Meeting moved to Thursday.');
    expect(await refused(fileShare([file]))).toContain('it does not read as a briefing (only 4 words)');
  });

  it('refuses a download that fails', async () => {
    const { file } = sharedFile('gone.txt', 'not found', {}, { status: 404 });
    const text = await refused(fileShare([file]));
    expect(text).toContain('briefbot could not download `gone.txt` from Slack (HTTP 404). Nothing was saved.');
    expect(text).toContain('`files:read`');
    expect(target.logs.some((l) => l.includes(TOKEN))).toBe(false);
  });

  it('refuses the sign-in page Slack sends a token that may not read files', async () => {
    const { file } = sharedFile('secret.txt', '<html>Sign in</html>', {}, { type: 'text/html; charset=utf-8' });
    expect(await refused(fileShare([file]))).toContain('Slack sent a sign-in page instead of the file');
  });

  it('refuses a damaged PDF', async () => {
    const { file } = sharedFile('broken.pdf', 'this is no PDF at all');
    expect(await refused(fileShare([file]))).toContain('briefbot could not read `broken.pdf`');
  });
});

describe('a file shared with a mention in a channel', () => {
  it('is added and answered in the thread; undated, a mention with a date in the thread dates it', async () => {
    const html = `<html><head><title>x</title></head><body><h1>Ministers meet in Tbilisi</h1><p>${PROSE}</p></body>`;
    const { file } = sharedFile('tbilisi.html', html, {}, { type: 'text/html' });
    const event = mention('', { files: [file] });
    const [reply] = await answered(event);
    expect(reply).toMatchObject({ channel: 'C1', thread_ts: event.ts });
    expect(joinedText(reply!)).toContain('Added *Ministers meet in Tbilisi*');
    expect(joinedText(reply!)).toContain(UNDATED_MENTION);

    const [dated] = await answered(mention('2024-07-03', { thread: String(event.ts) }));
    expect(dated).toMatchObject({ channel: 'C1', thread_ts: event.ts });
    expect(joinedText(dated!)).toContain('Date: Wed 3 Jul 2024');
    expect(saved('tbilisi.md')).toMatch(/^date: 2024-07-03$/m);

    // A question in the same thread is still a question.
    const [answer] = await answered(mention('search Botchorishvili', { thread: String(event.ts) }));
    expect(joinedText(answer!)).toContain('slack/tbilisi.md');
  });
});

/** A `message_action` payload of the shortcut on a message in C1. */
const shortcut = (message: Json, user = 'U1', channel = 'C1'): Json => ({
  type: 'message_action',
  token: 'legacy-token',
  action_ts: '1700000300.000001',
  team: { id: 'T1', domain: 'example' },
  user: { id: user, username: 'ana', name: 'ana', team_id: 'T1' },
  channel: { id: channel, name: 'general' },
  is_enterprise_install: false,
  enterprise: null,
  callback_id: ADD_SHORTCUT,
  trigger_id: '1.2.3',
  response_url: 'https://hooks.slack.com/app/T1/456/def',
  message_ts: message.ts,
  message,
});

/** Answer the shortcut's response_url, capturing what it is sent. */
function interceptShortcutReply(): Capture {
  const bodies: Json[] = [];
  const scope = nock('https://hooks.slack.com')
    .post('/app/T1/456/def')
    .reply(200, (_uri, body) => {
      bodies.push(parseBody(body));
      return 'ok';
    });
  return { scope, bodies };
}

describe('the message shortcut Add to briefings', () => {
  it('saves a pasted article, with the message permalink as its source, and answers in its thread', async () => {
    const permalink = 'https://example.slack.com/archives/C1/p1700000200000100';
    const links = nock(SLACK_API)
      .post('/api/chat.getPermalink')
      .reply(200, (_uri, body) => {
        expect(parseBody(body)).toMatchObject({ channel: 'C1', message_ts: '1700000200.000100' });
        return { ok: true, channel: 'C1', permalink };
      });
    const message = {
      type: 'message',
      user: 'U5',
      ts: '1700000200.000100',
      text:
        'Lithuanian and Polish ministers meet in Vilnius\n\nPublished: 14 May 2025\n\n' +
        "VILNIUS - Lithuania's Foreign Minister Kestutis Budrys met Poland's Foreign Minister Radoslaw Sikorski " +
        'in Vilnius on Tuesday to discuss air defence and the &lt;Baltic&gt; rail link, ' +
        '<https://example.org/statement|the ministry said>.',
    };
    const posted = interceptPostMessage({ ok: true, channel: 'C1', ts: '1700009999.000300' });
    const res = await sendAction(target, shortcut(message));
    expect(res.status).toBe(200);
    await waitForBodies(posted, 1, 'the answer in the thread');
    expect(links.isDone()).toBe(true);
    expect(posted.bodies[0]).toMatchObject({ channel: 'C1', thread_ts: '1700000200.000100' });
    const text = joinedText(posted.bodies[0]!);
    expect(text).toContain('Added *Lithuanian and Polish ministers meet in Vilnius*');
    expect(text).toContain('Date: Wed 14 May 2025');
    expect(text).toContain('*Kestutis Budrys* with *Radoslaw Sikorski*');
    const front = saved('lithuanian-and-polish-ministers-meet-in.md');
    expect(front).toContain(`source: ${permalink}`);
    expect(front).toContain('added_by: U1');
    expect(front).toContain('the <Baltic> rail link, the ministry said.');
    expect(joinedText(await commandReply(target, 'search Budrys'))).toContain('lithuanian-and-polish');
  });

  it('answers privately, with nothing written, for a message without text', async () => {
    const before = slackFolder();
    const reply = interceptShortcutReply();
    await sendAction(target, shortcut({ type: 'message', user: 'U5', ts: '1700000200.000200', text: '' }));
    await waitFor(() => reply.bodies.length > 0, 'the private refusal');
    expect(reply.scope.isDone()).toBe(true);
    expect(reply.bodies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(joinedText(reply.bodies[0]!)).toContain(nothingToAdd(undefined));
    expect(slackFolder()).toEqual(before);
  });

  it('adds the files a message shares, rather than its text', async () => {
    const { file } = sharedFile('shared-later.txt', `Talks in Yerevan\n\n${PROSE} Both sides agreed.`);
    const posted = interceptPostMessage({ ok: true, channel: 'C1', ts: '1700009999.000600' });
    const message = { type: 'message', user: 'U5', ts: '1700000200.000300', text: 'see attached', files: [file] };
    await sendAction(target, shortcut(message));
    await waitForBodies(posted, 1, 'the answer in the thread');
    expect(joinedText(posted.bodies[0]!)).toContain('Added *Talks in Yerevan*');
    expect(slackFolder()).toContain('shared-later.md');
  });

  it('sends the answer privately, saying why, when briefbot may not post in the channel', async () => {
    nock(SLACK_API).post('/api/chat.getPermalink').reply(200, { ok: false, error: 'channel_not_found' });
    nock(SLACK_API).post('/api/chat.postMessage').reply(200, { ok: false, error: 'not_in_channel' });
    const reply = interceptShortcutReply();
    const message = { type: 'message', user: 'U5', ts: '1700000200.000400', text: `Talks in Minsk\n\n${PROSE}` };
    await sendAction(target, shortcut(message, 'U1', 'C4'));
    await waitFor(() => reply.bodies.length > 0, 'the private answer');
    const text = joinedText(reply.bodies[0]!);
    expect(text).toContain('it is not in that channel');
    expect(text).toContain('Added *Talks in Minsk*');
    expect(saved('talks-in-minsk.md')).not.toContain('source:');
  });
});

describe('/brief remove', () => {
  it('moves the file into removed/ beside the corpus, says how to restore it, and a file moved back returns', async () => {
    live.watch();
    try {
      const reply = await commandReply(target, 'remove geneva-copy');
      const text = joinedText(reply);
      const from = join(corpus, 'slack', 'geneva-copy.md');
      const to = join(root, 'removed', 'slack', 'geneva-copy.md');
      expect(text).toContain(`Its file was moved, not deleted: \`${from}\` is now \`${to}\``);
      expect(text).toContain(`To restore it, move it back to \`${from}\``);
      expect(existsSync(to)).toBe(true);
      expect(existsSync(from)).toBe(false);

      const removed = await commandReply(target, 'remove Ministers-Astana');
      expect(joinedText(removed)).toContain('Removed *Kazakh and Mongolian');
      expect(joinedText(await commandReply(target, 'search Altai rail corridor'))).not.toContain('Ministers-Astana');
      renameSync(join(root, 'removed', 'slack', 'Ministers-Astana.md'), join(corpus, 'slack', 'Ministers-Astana.md'));
      await waitFor(() => live.context().index.articles.has('Ministers-Astana'), 'the briefing moved back', 3000);
      expect(joinedText(await commandReply(target, 'search Altai rail corridor'))).toContain('Ministers-Astana');
    } finally {
      await live.stop();
    }
  });

  it('says how it is used, and which ids it does not know', async () => {
    expect(joinedText(await commandReply(target, 'remove'))).toContain(REMOVE_WHICH);
    expect(joinedText(await commandReply(target, 'remove nothing-of-the-kind'))).toContain(
      'No briefing has the id `nothing-of-the-kind`',
    );
  });
});

describe('BRIEFBOT_EDITORS and BRIEFBOT_CHANNELS', () => {
  let limited: RunningApp;

  beforeAll(async () => {
    limited = await startAppWith(
      { context: () => live.context(), corpus: { dir: corpus, follow: (names) => live.follow(names) } },
      TOKEN,
      { editors: ['U9'], channels: ['C1'] },
    );
  });

  afterAll(async () => {
    await limited?.stop();
  });

  it('lets only editors add, and says who they are', async () => {
    const before = slackFolder();
    const { file, download } = sharedFile('outsider.txt', `Talks in Oslo\n\n${PROSE}`);
    const [reply] = await answered(fileShare([file], { user: 'U2' }), 1, limited);
    expect(joinedText(reply!)).toContain(onlyEditorsAdd(['U9']));
    expect(download.isDone()).toBe(false);
    expect(slackFolder()).toEqual(before);
  });

  it('lets whoever added a briefing remove it, and no one else but the editors', async () => {
    const { file } = sharedFile('by-editor.txt', `Talks in Bergen\n\n${PROSE} They met again.`);
    await answered(fileShare([file], { user: 'U9' }), 1, limited);
    const asOther = interceptResponseUrl();
    await sendSigned(limited, 'remove by-editor', 'U2');
    await waitForBodies(asOther, 1, 'the refusal');
    expect(joinedText(asOther.bodies[0]!)).toContain(onlyEditorsRemove('by-editor'));
    expect(slackFolder()).toContain('by-editor.md');
    const asAdder = interceptResponseUrl();
    await sendSigned(limited, 'remove by-editor', 'U9');
    await waitForBodies(asAdder, 1, 'the removal');
    expect(joinedText(asAdder.bodies[0]!)).toContain('Removed *Talks in Bergen*');
    expect(slackFolder()).not.toContain('by-editor.md');
  });

  it('answers mentions only in the channels listed, and says once, privately, where it can be used', async () => {
    const ephemeral: Json[] = [];
    nock(SLACK_API)
      .post('/api/chat.postEphemeral')
      .times(2)
      .reply(200, (_uri, body) => {
        ephemeral.push(parseBody(body));
        return { ok: true, message_ts: '1700009999.000400' };
      });
    const posted: Capture = interceptPostMessage({ ok: true, channel: 'C2', ts: '1700009999.000500' }, 2);
    await sendEvent(limited, eventCallback(mention('search Lavrov', { channel: 'C2', user: 'U3' })));
    await waitFor(() => ephemeral.length === 1, 'the private note');
    expect(ephemeral[0]).toMatchObject({ channel: 'C2', user: 'U3' });
    expect(joinedText(ephemeral[0]!)).toContain('briefbot answers mentions in <#C1> and in direct messages');
    await sendEvent(limited, eventCallback(mention('search Lavrov', { channel: 'C2', user: 'U3' })));
    await settle(100);
    expect(ephemeral).toHaveLength(1);
    expect(posted.bodies).toHaveLength(0);
    resetMocks();

    const [answer] = await answered(mention('search Lavrov'), 1, limited);
    expect(answer).toMatchObject({ channel: 'C1' });
    const [dm] = await answered(dmText('search Lavrov', undefined, 'D3'), 1, limited);
    expect(dm).toMatchObject({ channel: 'D3' });
  });

  it('answers the shortcut outside the channels listed privately, with where it can be used, writing nothing', async () => {
    const before = slackFolder();
    const reply = interceptShortcutReply();
    const message = { type: 'message', user: 'U5', ts: '1700000200.000500', text: `Talks in Kyiv\n\n${PROSE}` };
    await sendAction(limited, shortcut(message, 'U9', 'C2'));
    await waitFor(() => reply.bodies.length > 0, 'the private note');
    expect(joinedText(reply.bodies[0]!)).toContain('briefbot answers mentions in <#C1>');
    expect(slackFolder()).toEqual(before);
  });
});

/** Send `/brief <text>` as `user` to an app. */
async function sendSigned(app: RunningApp, text: string, user: string): Promise<void> {
  const { commandBody, postSigned } = await import('./harness.js');
  const body = commandBody(text).replace('user_id=U42', `user_id=${user}`);
  const res = await postSigned(app, body, 'application/x-www-form-urlencoded');
  expect(res.status).toBe(200);
}
