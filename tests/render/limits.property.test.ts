import type { webApi } from '@slack/bolt';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { ask } from '../../src/ask/answer.js';
import type { Answer } from '../../src/ask/types.js';
import { buildAnswerMessage, type RenderOptions } from '../../src/render/blocks.js';
import type { SlackMessage } from '../../src/render/limits.js';
import { slackDigestDeps, slackDigestSlack } from '../../src/slack/digest.js';
import { exportMeetings } from '../../src/slack/export.js';
import { rateAnswers } from '../../src/slack/feedback.js';
import { answerBrief } from '../../src/slack/handlers.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { memoryLogger } from '../helpers.js';
import { citation, escapeViolations, item, limitViolations, loadSeeds, searchAnswer } from './helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ({ ctx } = await loadSeeds());
});

/** An answer id as briefbot makes them (a UUID), carried by the 👍 and 👎 buttons. */
const ANSWER_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const MODES: ReadonlyArray<{ name: string; opts: RenderOptions; sharer?: string }> = [
  { name: 'interactive', opts: { interactive: true } },
  { name: 'shared by U42', opts: { interactive: false, sharedBy: 'U42' }, sharer: 'U42' },
  { name: 'not interactive', opts: { interactive: false } },
  { name: 'interactive, rated', opts: { interactive: true, feedback: ANSWER_ID } },
  { name: 'shared by U42, rated', opts: { interactive: false, sharedBy: 'U42', feedback: ANSWER_ID }, sharer: 'U42' },
  { name: 'in a thread, rated', opts: { interactive: false, feedback: ANSWER_ID } },
];

/** Every problem with a message: a broken limit or text Slack would read as a mention, link or entity. */
function problems(message: SlackMessage, sharer?: string, channel?: string): string[] {
  return [...limitViolations(message), ...escapeViolations(message, sharer, channel)];
}

function expectFine(answer: Answer): void {
  for (const { name, opts, sharer } of MODES) {
    const message = buildAnswerMessage(answer, opts);
    const found = problems(message, sharer);
    if (found.length > 0)
      throw new Error(`${name}: ${found.slice(0, 5).join('\n')}\n${JSON.stringify(answer).slice(0, 500)}`);
  }
}

const SEED_WORDS = [
  'Lavrov',
  'SCO',
  'Kyrgyz',
  'CASA-1000',
  'Pakistan',
  'Bishkek',
  'Russia',
  'Dar',
  'Qureshi',
  'minister',
  'Kirgiz',
  'Lavarov',
  '001',
  '0',
  '003_11be3f15fbbdd326',
];
const SLACK_SPECIAL = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123>',
  '<#C123>',
  '<https://evil.example|click>',
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;!here&gt;',
  '&#60;',
  '*bold*',
  '_it_',
  '~strike~',
  '`code`',
  '```',
  '>quote',
  '|',
  '\\',
];
const DATE_FILTERS = [
  'in:2021',
  'in:2024-10',
  'from:2024-13',
  'before:abc',
  'since:2023',
  'to:2021-07',
  'after:2020-02-30',
  'until:2021-12-31',
  'from:2024 to:2021',
  'in:',
  'IN:2021',
  'before:0000',
];
const EXOTIC = [
  '',
  ' ',
  '😀',
  '🇵🇰🇷🇺',
  '👩‍👩‍👧',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202eevil',
  '\u200b',
  '\u0000',
  '\u001b[31m',
  '\t\n\r',
  '…',
  'Ω≈ç√',
  '\ud800',
  'more',
  '?',
];
const PREFIXES = [
  '',
  'search ',
  'source ',
  'sources ',
  'help ',
  '/brief ',
  '/brief search ',
  'SEARCH ',
  'Source ',
  '? ',
];

const punctuation = fc.string({ unit: fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'), maxLength: 60 });
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEED_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SLACK_SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...DATE_FILTERS) },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: punctuation },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 30 }).map(String) },
);
/** A long string: one piece repeated to 1–10 kB. */
const huge = fc
  .tuple(
    fc.oneof(
      word.filter((w) => w.length > 0),
      fc.constantFrom('x', '<!channel> ', '& ', 'Pakistan ', '😀'),
    ),
    fc.integer({ min: 1000, max: 10_240 }),
  )
  .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));
const commandText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom(...PREFIXES), fc.array(word, { maxLength: 10 }))
      .map(([p, ws]) => p + ws.join(' ')),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PREFIXES), fc.array(word, { maxLength: 6 }), huge)
      .map(([p, ws, h]) => `${p}${ws.join(' ')} ${h}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '   ',
      '/brief',
      'help',
      'sources',
      'sources 2',
      'sources x y',
      'source',
      'source 001',
      'source 001 2',
      'source 0',
      'source <!here>',
      '&amp;',
      'search &amp; Pakistan',
      // A question answered with its evidence quoted ("> …").
      'Lavrov ?',
    ),
  },
  { weight: 1, arbitrary: punctuation },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: huge },
);

describe('Slack messages of seed answers to generated commands', () => {
  it('stay within Slack limits and let no user or article text through unescaped, in every mode', () => {
    fc.assert(
      fc.property(commandText, fc.integer({ min: 1, max: 4 }), (text, page) => {
        expectFine(ask(text, ctx, page));
      }),
      { numRuns: 300 },
    );
  });

  it('hold for the fixed examples the generators are built from', () => {
    for (const text of [...SLACK_SPECIAL, ...DATE_FILTERS, ...EXOTIC].flatMap((w) => PREFIXES.map((p) => p + w)))
      expectFine(ask(text, ctx));
    for (const text of ['x'.repeat(10_240), '<!channel> '.repeat(1000), `search ${'& '.repeat(5000)}`])
      expectFine(ask(text, ctx));
  });
});

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...SLACK_SPECIAL, ...EXOTIC, 'Lavrov', ' '), { maxLength: 20 })
      .map((ws) => ws.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('<', '>', '&', '*', ' ', 'a', ';', 'amp'),
      minLength: 4000,
      maxLength: 5200,
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 100, maxLength: 600 }) },
);
const url = fc.option(
  fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => /^https?:\/\/[^\s<>|]+$/i.test(u)),
  { nil: undefined },
);
const searchItem = fc.record({
  title: hostile,
  excerpt: fc.array(fc.record({ text: hostile, hit: fc.boolean() }), { maxLength: 5 }),
  file: hostile,
  alsoParagraphs: fc.array(fc.integer({ min: 1, max: 9999 }), { maxLength: 20 }),
  paragraph: fc.integer({ min: 1, max: 9999 }),
  url,
});

describe('Slack messages of hand-built search answers', () => {
  it('stay within Slack limits and escaped whatever the titles and excerpts hold', () => {
    fc.assert(
      fc.property(
        fc.array(searchItem, { minLength: 1, maxLength: 30 }),
        fc.record({
          query: hostile,
          command: hostile,
          notice: fc.option(hostile, { nil: undefined }),
          rangeText: fc.option(hostile, { nil: undefined }),
          partial: fc.boolean(),
          page: fc.integer({ min: 1, max: 50 }),
          pageCount: fc.integer({ min: 1, max: 50 }),
        }),
        (raw, a) => {
          const items = raw.map((r, i) =>
            item(i + 1, {
              title: r.title,
              excerpt: r.excerpt,
              file: r.file,
              alsoParagraphs: r.alsoParagraphs,
              paragraph: r.paragraph,
            }),
          );
          const citations = raw.map((r, i) =>
            citation(i + 1, { title: r.title, file: r.file, paragraph: r.paragraph, url: r.url }),
          );
          expectFine(searchAnswer({ ...a, items, citations, total: items.length * a.pageCount }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stay within Slack limits and escaped when nothing matched and the suggestions are hostile', () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { maxLength: 10 }), (query, suggestions) => {
        expectFine(searchAnswer({ query, command: query, items: [], citations: [], total: 0, suggestions }));
      }),
      { numRuns: 100 },
    );
  });
});

describe('Slack messages of hand-built sources, source and error answers', () => {
  it('stay within Slack limits and escaped whatever the article text holds', () => {
    const paragraph = fc.record({ text: hostile, heading: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: hostile, title: hostile, url }), { maxLength: 60 }),
        fc.array(fc.record({ file: hostile, reason: hostile }), { maxLength: 8 }),
        hostile,
        fc.array(paragraph, { minLength: 1, maxLength: 40 }),
        url,
        (rows, warnings, title, paras, source) => {
          expectFine({
            kind: 'sources',
            command: 'sources',
            rows: rows.map((r) => ({ ...r, file: `${r.id}.txt`, paragraphs: 3, meetings: 1 })),
            warnings,
            page: 1,
            pageCount: 2,
            total: rows.length,
          });
          expectFine({
            kind: 'source',
            command: `source ${title}`,
            page: 1,
            pageCount: 2,
            total: paras.length,
            article: { id: title, file: `${title}.md`, title, titleDerived: false, source, contentHash: 'h' },
            paragraphs: paras.map((p, i) => ({ n: i + 1, text: p.text, heading: p.heading, sentences: [] })),
          });
          expectFine({ kind: 'error', command: title, message: title, notice: title });
        },
      ),
      { numRuns: 100 },
    );
  });
});

/**
 * Meetings answers quote their evidence with `> ` at the start of a line (a Slack blockquote, a bare `>` by design) and
 * put a divider before undated meetings; the shared checkers know neither, so dividers are counted here and quote
 * marks removed before they look.
 */
function meetingProblems(message: SlackMessage, sharer?: string, channel?: string): string[] {
  const count = message.blocks.length > 50 ? [`${message.blocks.length} blocks`] : [];
  const blocks = message.blocks
    .filter((b) => b.type !== 'divider')
    .map((b) =>
      b.type === 'section' && b.text ? { ...b, text: { ...b.text, text: b.text.text.replace(/^> /gm, '') } } : b,
    );
  return [...count, ...problems({ ...message, blocks }, sharer, channel)];
}

function expectMeetingsFine(answer: Answer): void {
  for (const { name, opts, sharer } of MODES) {
    const found = meetingProblems(buildAnswerMessage(answer, opts), sharer);
    if (found.length > 0)
      throw new Error(`${name}: ${found.slice(0, 5).join('\n')}\n${JSON.stringify(answer).slice(0, 500)}`);
  }
}

const MEETING_PREFIXES = [
  'meetings ',
  'meeting ',
  'timeline ',
  'TIMELINE ',
  '/brief meetings ',
  '/brief timeline ',
  'meetings with ',
  'meetings in ',
  'meetings during ',
  'meetings at ',
  'meetings planned ',
  'meetings between ',
];
const MEETING_WORDS = [
  'with',
  'in',
  'during',
  'at',
  'since',
  'from',
  'before',
  'after',
  'until',
  'between',
  'and',
  'planned',
  'held',
  'all',
  'last year',
  'this month',
  'past 12 months',
  'October 2024',
  'Oct 2024',
  '17 October 2024',
  '2021 to 2023',
  '2021-2023',
  '2023',
  'Russia',
  'Russian',
  'Kyrgyzstan',
  'Lavrov',
  'Sergei',
  'Qureshi',
  'SCO summit',
  'Bishkek',
  'prime minister',
  'blah',
  ',',
];
const meetingWord = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MEETING_WORDS) },
  { weight: 2, arbitrary: word },
);
const meetingCommand = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...MEETING_PREFIXES), fc.array(meetingWord, { maxLength: 8 }))
      .map(([p, ws]) => p + ws.join(' ')),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MEETING_PREFIXES), huge).map(([p, h]) => p + h) },
);

describe('Slack messages of seed answers to generated meetings and timeline commands', () => {
  it('stay within Slack limits and let no user or article text through unescaped, in every mode', () => {
    fc.assert(
      fc.property(meetingCommand, fc.integer({ min: 1, max: 4 }), (text, page) => {
        expectMeetingsFine(ask(text, ctx, page));
      }),
      { numRuns: 200 },
    );
  });

  it('hold for every prefix with every meeting word, special text and date filter', () => {
    for (const p of MEETING_PREFIXES) {
      for (const w of [...MEETING_WORDS, ...SLACK_SPECIAL, ...DATE_FILTERS, ...EXOTIC])
        expectMeetingsFine(ask(p + w, ctx));
      for (const page of [1, 2, 3]) expectMeetingsFine(ask(p, ctx, page));
    }
    for (const text of [
      'meetings',
      'timeline',
      'meetings held',
      'timeline Pakistan',
      `meetings with ${'<!channel> '.repeat(1000)}`,
      `timeline ${'& '.repeat(5000)}`,
    ]) {
      for (const page of [1, 2]) expectMeetingsFine(ask(text, ctx, page));
    }
  });
});

/** What Slack was sent while a command was answered: the private reply and every message posted (announcements, DMs,
 * digests), each as built for Slack. */
interface Exchange {
  reply?: SlackMessage;
  posted: SlackMessage[];
}

/**
 * A Web API client that takes chat.postMessage (or refuses it, as a channel briefbot is not in), knows a timezone,
 * opens a DM and takes a file (recording the comment above it as a message posted).
 */
function recordingClient(posted: SlackMessage[], refuse: boolean): webApi.WebClient {
  const client = {
    conversations: { open: async () => ({ ok: true, channel: { id: 'D42' } }) },
    files: {
      uploadV2: async (args: { initial_comment: string; content: string }) => {
        posted.push({
          text: args.initial_comment,
          blocks: [{ type: 'section', text: { type: 'mrkdwn', text: args.initial_comment } }],
        });
        return { ok: true, files: [] };
      },
    },
    chat: {
      postMessage: async (args: SlackMessage & { channel: string }) => {
        posted.push({ text: args.text, blocks: args.blocks });
        if (refuse)
          throw Object.assign(new Error('An API error occurred: not_in_channel'), {
            code: 'slack_webapi_platform_error',
            data: { ok: false, error: 'not_in_channel' },
          });
        return { ok: true, ts: '1700000000.000900' };
      },
    },
    users: { info: async () => ({ ok: true, user: { tz: 'Asia/Karachi' } }) },
  };
  return client as unknown as webApi.WebClient;
}

/**
 * `/brief <text>` from U42 in C1, answered as the Slack listener answers it ({@link answerBrief}: digest settings or an
 * answer), over a store where C1 may already have a digest; Slack takes or refuses every post.
 */
async function briefExchange(text: string, subscribed: boolean, refuse: boolean): Promise<Exchange> {
  const store = openSqliteStore(':memory:');
  try {
    if (subscribed) {
      const sub = { channel: 'C1', team: 'T1', time: '09:00', timezone: 'Asia/Karachi', subscriber: 'U42' };
      store.saveSubscription({ ...sub, updatedAt: '2026-01-01T00:00:00.000Z' });
    }
    const posted: SlackMessage[] = [];
    const client = recordingClient(posted, refuse);
    const base = { store, context: () => ctx, clock: () => new Date('2026-07-14T06:00:00Z'), logger: memoryLogger() };
    const src = { text, channel: 'C1', team: 'T1', user: 'U42' };
    const extras = {
      rate: rateAnswers({ ...base, newId: () => ANSWER_ID }, { surface: 'ephemeral', channel: 'C1' }),
      exportCsv: (csv: string) => exportMeetings(base, client, csv, 'U42'),
    };
    const reply = await answerBrief(
      src,
      slackDigestSlack(client),
      slackDigestDeps({ client }, base),
      undefined,
      extras,
    );
    return { ...(reply ? { reply } : {}), posted };
  } finally {
    store.close();
  }
}

/**
 * Every message of an exchange that breaks a limit or lets text through unescaped (U42, who typed it, may be named, and
 * C1, where it was typed).
 */
async function expectExchangeFine(text: string, subscribed: boolean, refuse: boolean): Promise<void> {
  const { reply, posted } = await briefExchange(text, subscribed, refuse);
  const messages = [...(reply ? [['reply', reply] as const] : []), ...posted.map((m, i) => [`post ${i}`, m] as const)];
  for (const [where, message] of messages) {
    // A meetings answer quotes its evidence (`> …`), as the meetings checks above allow.
    const found = meetingProblems(message, 'U42', 'C1');
    if (found.length > 0) throw new Error(`${where}: ${found.slice(0, 5).join('\n')}\n${text.slice(0, 300)}`);
  }
}

const DIGEST_PREFIXES = ['digest', 'digest ', 'Digest ', 'DIGEST ', 'digest on ', 'digest off ', 'digest status '];
const DIGEST_WORDS = [
  'on',
  'off',
  'status',
  'now',
  '08:30',
  '8:30 pm',
  '9am',
  '25:99',
  'Europe/London',
  'Asia/Karachi',
  'Mars/Olympus',
  'UTC',
  'daily',
];
/** A very long word, no space in it: one piece repeated to 1–13 k characters. */
const longWord = fc
  .tuple(
    fc.constantFrom('x', '<!channel>', '&', '😀', 'Asia/', '<@U1>', '*_', '08:30'),
    fc.integer({ min: 1000, max: 13_000 }),
  )
  .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));
const digestWord = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DIGEST_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SLACK_SPECIAL) },
  { weight: 2, arbitrary: word },
  { weight: 1, arbitrary: longWord },
  { weight: 1, arbitrary: fc.constantFrom(...SLACK_SPECIAL).map((s) => `${s}/${s}`) },
);
const digestCommandText = fc
  .tuple(fc.constantFrom(...DIGEST_PREFIXES), fc.array(digestWord, { maxLength: 4 }))
  .map(([p, ws]) => p + ws.join(' '));

describe('Slack messages of every /brief command, digest settings included, as the listener builds them', () => {
  it('stay within Slack limits and let no user text through unescaped: replies, announcements, DMs, digests, CSV notes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 3, arbitrary: digestCommandText },
          { weight: 1, arbitrary: commandText },
          { weight: 1, arbitrary: meetingCommand.map((m) => `${m} csv`) },
        ),
        fc.boolean(),
        fc.boolean(),
        expectExchangeFine,
      ),
      { numRuns: 200 },
    );
  });

  it('hold for every digest word after every digest prefix, and for the long words of the issue', async () => {
    for (const p of DIGEST_PREFIXES)
      for (const w of [...DIGEST_WORDS, ...SLACK_SPECIAL, ...EXOTIC]) await expectExchangeFine(p + w, false, false);
    for (const text of [
      'digest <!channel>',
      `digest on ${'x'.repeat(9000)}`,
      `digest on 08:30 ${'<!here>'.repeat(1500)}`,
      `digest ${'a'.repeat(13_000)}`,
      `digest on ${'Asia/'.repeat(2000)}`,
      'digest on 08:30 Europe/London',
      'digest off',
      'digest now',
      'meetings with Russia csv',
      'timeline csv',
      'meetings in Atlantis csv',
      'meetings during blah csv',
      `meetings with ${'<!channel> '.repeat(1000)} csv`,
    ])
      for (const [subscribed, refuse] of [
        [false, false],
        [true, false],
        [true, true],
      ] as const)
        await expectExchangeFine(text, subscribed, refuse);
  });
});
