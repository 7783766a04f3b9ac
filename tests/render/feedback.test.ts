import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import { NO_VOTES, WORST_RATED } from '../../src/ask/messages.js';
import type { AskContext } from '../../src/ask/types.js';
import { composeDigest } from '../../src/digest/compose.js';
import {
  answerFacts,
  buildFeedbackModal,
  digestFacts,
  summarizeVotes,
  VOTE_CSV_COLUMNS,
  voteButtons,
  voteJson,
  votesCsv,
  votesText,
} from '../../src/render/feedback.js';
import { buildHomeView, HOME_BLOCK_LIMIT } from '../../src/render/home.js';
import { SLACK_LIMITS } from '../../src/render/limits.js';
import type { Vote } from '../../src/store/types.js';
import { csvRecords, parseCsv } from '../csv.js';
import { escapeViolations, loadSeeds, type Block } from './helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ({ ctx } = await loadSeeds());
});

const vote = (question: string, v: Vote['vote'], minutes: number, over: Partial<Vote> = {}): Vote => ({
  answerId: `a${minutes}`,
  user: 'U1',
  vote: v,
  question,
  kind: 'meetings',
  surface: 'ephemeral',
  articles: [],
  votedAt: new Date(Date.parse('2026-07-14T06:00:00Z') + minutes * 60_000).toISOString(),
  ...over,
});

describe('answerFacts', () => {
  it('keeps the command, the kind and the cited briefings of each kind of answer', () => {
    expect(answerFacts(ask('meetings with Russia', ctx))).toEqual({
      question: 'meetings with Russia',
      kind: 'meetings',
      articles: ['003_11be3f15fbbdd326', '002_9f8474191b6e5a16'],
    });
    expect(answerFacts(ask('timeline Lavrov', ctx))?.kind).toBe('timeline');
    expect(answerFacts(ask('search CASA-1000', ctx))).toEqual({
      question: 'search CASA-1000',
      kind: 'search',
      articles: ['001_df728569922fd480'],
    });
    expect(answerFacts(ask('When did Qureshi meet Lavrov?', ctx))).toMatchObject({
      question: 'When did Qureshi meet Lavrov?',
      kind: 'question',
    });
    expect(answerFacts(ask('source 001', ctx))).toEqual({
      question: 'source 001',
      kind: 'source',
      articles: ['001_df728569922fd480'],
    });
    expect(answerFacts(ask('sources', ctx))?.articles).toHaveLength(5);
  });

  it('rates neither help nor errors', () => {
    expect(answerFacts(ask('help', ctx))).toBeUndefined();
    expect(answerFacts(ask('timeline', ctx))).toBeUndefined();
  });

  it('keeps a digest as "daily digest of" its day, with the briefings it names and cites', () => {
    const digest = composeDigest({
      ctx,
      localDate: '2026-07-14',
      timezone: 'UTC',
      since: '2026-07-13T00:00:00.000Z',
      firstSeen: new Map([...ctx.index.articles.keys()].map((id) => [id, '2026-07-13T12:00:00.000Z'])),
      now: '2026-07-14T06:00:00.000Z',
    })!;
    const facts = digestFacts(digest);
    expect(facts.question).toBe('daily digest of 2026-07-14');
    expect(facts.kind).toBe('digest');
    expect(new Set(facts.articles)).toEqual(new Set(ctx.index.articles.keys()));
  });
});

describe('the 👍 and 👎 buttons and the form', () => {
  it('carry the answer’s id and say what they mean to a screen reader', () => {
    expect(voteButtons('a1')).toEqual([
      expect.objectContaining({
        action_id: 'brief_vote_up',
        value: '{"a":"a1"}',
        accessibility_label: 'This answer helped',
      }),
      expect.objectContaining({ action_id: 'brief_vote_down', value: '{"a":"a1"}' }),
    ]);
  });

  it('opens a form within Slack’s limits, with an optional box, that shows a hostile question as written', () => {
    const view = buildFeedbackModal('a1', `<!channel> *bold* ${'x'.repeat(1000)}`);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.submit!.text.length).toBeLessThanOrEqual(24);
    expect(view.private_metadata).toBe('{"a":"a1"}');
    expect(view.blocks[1]).toMatchObject({
      type: 'input',
      optional: true,
      element: { type: 'plain_text_input', multiline: true, max_length: 2000 },
    });
    const prompt = (view.blocks[0] as { text: { text: string } }).text.text;
    expect(prompt.length).toBeLessThan(SLACK_LIMITS.sectionText);
    expect(prompt).not.toContain('<!channel>');
    expect(escapeViolations({ text: '', blocks: [view.blocks[0]!] as never })).toEqual([]);
  });
});

describe('summarizeVotes', () => {
  it('counts 👍 and 👎 and ranks questions by 👎 over 👍, then by 👎, as last asked, with the last comment', () => {
    const votes = [
      vote('Meetings with Russia', 'down', 9, { comment: 'the 2019 one is missing' }),
      vote('meetings  with russia', 'down', 8, { comment: 'older comment' }),
      vote('timeline Lavrov', 'down', 7),
      vote('timeline Lavrov', 'down', 6),
      vote('timeline Lavrov', 'up', 5),
      vote('search CASA-1000', 'up', 4),
      vote('sources', 'down', 3, { kind: 'sources' }),
    ];
    expect(summarizeVotes(votes)).toEqual({
      up: 2,
      down: 5,
      worst: [
        { question: 'Meetings with Russia', kind: 'meetings', up: 0, down: 2, comment: 'the 2019 one is missing' },
        { question: 'timeline Lavrov', kind: 'meetings', up: 1, down: 2 },
        { question: 'sources', kind: 'sources', up: 0, down: 1 },
      ],
    });
    expect(summarizeVotes(votes, 1).worst).toHaveLength(1);
  });
});

describe('the Home tab’s feedback', () => {
  const hostile = (n: number): Vote =>
    vote(`<!here> ${'*_~`'.repeat(60)} ${n}`, 'down', n, { comment: `<@U1> & ${'_'.repeat(500)}`, kind: '<b>' });

  it('shows the counts to everyone and the worst-rated questions to editors, within the limits, escaped', () => {
    const summary = summarizeVotes(Array.from({ length: 30 }, (_, i) => hostile(i)));
    const editor = buildHomeView(ctx, [], { days: 30, summary, editor: true });
    const reader = buildHomeView(ctx, [], { days: 30, summary, editor: false });
    for (const view of [editor, reader]) {
      expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
      const texts = (view.blocks as Block[]).flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
      for (const t of texts) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(escapeViolations({ text: '', blocks: view.blocks.filter((b) => b.type !== 'header') as never })).toEqual(
        [],
      );
    }
    expect(JSON.stringify(editor)).toContain(WORST_RATED);
    expect(JSON.stringify(editor)).toContain('👍 *0* · 👎 *30*');
    expect(JSON.stringify(reader)).not.toContain(WORST_RATED);
  });

  it('says there are no votes yet, and leaves the feedback out when not given', () => {
    const none = buildHomeView(ctx, [], { days: 30, summary: summarizeVotes([]), editor: true });
    expect(JSON.stringify(none)).toContain(NO_VOTES);
    expect(JSON.stringify(none)).not.toContain(WORST_RATED);
    expect(JSON.stringify(buildHomeView(ctx, []))).not.toContain('Feedback');
  });
});

describe('votes as the CLI prints them', () => {
  const votes = [
    vote('meetings with Russia', 'down', 2, { comment: 'wrong, "very" wrong\nreally', team: 'T1', channel: 'C1' }),
    vote('=cmd', 'up', 1, { articles: ['001_abc', '002_def'] }),
  ];

  it('writes CSV, one row a vote, that reads back as written (a formula defused)', () => {
    const text = votesCsv(votes);
    expect(parseCsv(text)[0]).toEqual([...VOTE_CSV_COLUMNS]);
    expect(csvRecords(text)).toEqual([
      {
        voted_at: '2026-07-14T06:02:00.000Z',
        vote: 'down',
        user: 'U1',
        team: 'T1',
        question: 'meetings with Russia',
        kind: 'meetings',
        surface: 'ephemeral',
        channel: 'C1',
        articles: '',
        comment: 'wrong, "very" wrong\nreally',
        answer_id: 'a2',
      },
      expect.objectContaining({ question: "'=cmd", articles: '001_abc | 002_def', team: '', comment: '' }),
    ]);
  });

  it('writes JSON with every key, null where unknown', () => {
    expect(voteJson(votes[1]!)).toEqual({
      votedAt: '2026-07-14T06:01:00.000Z',
      vote: 'up',
      user: 'U1',
      team: null,
      question: '=cmd',
      kind: 'meetings',
      surface: 'ephemeral',
      channel: null,
      articles: ['001_abc', '002_def'],
      comment: null,
      answerId: 'a1',
    });
  });

  it('writes text: the counts, then a vote a line with its question and comment', () => {
    expect(votesText(votes).split('\n')).toEqual([
      '2 votes: 👍 1 · 👎 1',
      '',
      '2026-07-14 06:02  👎  U1  meetings (ephemeral)',
      '  "meetings with Russia"',
      '  — wrong, "very" wrong really',
      '2026-07-14 06:01  👍  U1  meetings (ephemeral)',
      '  "=cmd" · 001_abc, 002_def',
    ]);
    expect(votesText([])).toBe('No votes.');
  });
});
