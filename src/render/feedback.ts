/**
 * Feedback on answers: what a vote stores of an answer or a digest, the 👍 and 👎 buttons, the form a 👎 opens,
 * the App Home's figures, and the votes as the CLI prints them (text, JSON, CSV).
 */
import type { types } from '@slack/bolt';
import {
  FEEDBACK_CLOSE,
  FEEDBACK_LABEL,
  FEEDBACK_PLACEHOLDER,
  FEEDBACK_SUBMIT,
  FEEDBACK_TITLE,
  feedbackPrompt,
  VOTE_DOWN_LABEL,
  VOTE_UP_LABEL,
} from '../ask/messages.js';
import type { Answer } from '../ask/types.js';
import type { Digest } from '../digest/types.js';
import type { AnswerFacts, Vote } from '../store/types.js';
import { clipText } from '../text/clip.js';
import { encodeVoteValue, VOTE_ACTION } from './buttons.js';
import { CSV_JOIN, csvRows } from './csv.js';
import { literalMrkdwn } from './mrkdwn.js';
import { plainText } from './text.js';

/** The form a 👎 opens: its callback id, and the block and action ids of its one box. */
export const FEEDBACK_VIEW = 'brief_feedback';
export const COMMENT_BLOCK = 'comment';
export const COMMENT_ACTION = 'comment';
/** Longest comment the form takes, in characters. */
export const COMMENT_MAX_CHARS = 2000;

/** The ids of a list, each once, in their first order. */
const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

/**
 * What a vote on an answer stores of it: the command it answers, its kind (`timeline` for a timeline), and the ids of
 * the briefings it cites; undefined for help and errors, which are not rated.
 * @example answerFacts(ask('meetings with Russia', ctx))
 * // → { question: 'meetings with Russia', kind: 'meetings', … }
 */
export function answerFacts(answer: Answer): AnswerFacts | undefined {
  const facts = (kind: string, articles: Iterable<string>): AnswerFacts => ({
    question: answer.command,
    kind,
    articles: unique(articles),
  });
  switch (answer.kind) {
    case 'help':
    case 'error':
      return undefined;
    case 'search':
    case 'question':
      return facts(
        answer.kind,
        answer.citations.map((c) => c.articleId),
      );
    case 'meetings':
      return facts(
        answer.timeline ? 'timeline' : 'meetings',
        answer.citations.map((c) => c.articleId),
      );
    case 'sources':
      return facts(
        'sources',
        answer.rows.map((r) => r.id),
      );
    case 'source':
      return facts('source', [answer.article.id]);
  }
}

/** What a vote on a digest stores of it: "daily digest of 2026-07-14", and the briefings it names or cites. */
export function digestFacts(digest: Digest): AnswerFacts {
  const meetings = [...digest.meetings.items, ...digest.comingUp.items, ...digest.onThisDay.items];
  return {
    question: `daily digest of ${digest.localDate}`,
    kind: 'digest',
    articles: unique([
      ...digest.newBriefings.items.map((b) => b.articleId),
      ...meetings.flatMap((m) => m.sources.map((s) => s.articleId)),
    ]),
  };
}

/** The 👍 and 👎 buttons of an answer, each carrying the answer's id. */
export function voteButtons(answerId: string): types.Button[] {
  const value = encodeVoteValue(answerId);
  const vote = (emoji: string, which: 'up' | 'down', label: string): types.Button => ({
    type: 'button',
    text: { type: 'plain_text', text: emoji, emoji: true },
    action_id: `${VOTE_ACTION}_${which}`,
    value,
    accessibility_label: label,
  });
  return [vote('👍', 'up', VOTE_UP_LABEL), vote('👎', 'down', VOTE_DOWN_LABEL)];
}

/** The form a 👎 opens: thanks, and an optional box for what was wrong; its private metadata is the answer's id. */
export function buildFeedbackModal(answerId: string, question: string): types.ModalView {
  const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });
  return {
    type: 'modal',
    callback_id: FEEDBACK_VIEW,
    private_metadata: encodeVoteValue(answerId),
    title: plain(FEEDBACK_TITLE),
    submit: plain(FEEDBACK_SUBMIT),
    close: plain(FEEDBACK_CLOSE),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: literalMrkdwn(feedbackPrompt(clipText(question, 300))) } },
      {
        type: 'input',
        block_id: COMMENT_BLOCK,
        optional: true,
        label: plain(FEEDBACK_LABEL),
        element: {
          type: 'plain_text_input',
          action_id: COMMENT_ACTION,
          multiline: true,
          max_length: COMMENT_MAX_CHARS,
          placeholder: plain(FEEDBACK_PLACEHOLDER),
        },
      },
    ],
  };
}

/** A question as it is rated: what was asked, how often 👍 and 👎, the kind of answer, the last comment. */
export interface RatedQuestion {
  question: string;
  kind: string;
  up: number;
  down: number;
  comment?: string;
}

/** Votes counted: 👍 and 👎 in all, and the worst-rated questions first. */
export interface FeedbackSummary {
  up: number;
  down: number;
  /** Questions with a 👎, the most 👎 over 👍 first (then the most 👎), at most `limit`. */
  worst: RatedQuestion[];
}

/** A question as it is grouped: letters in lower case, spaces folded. */
const questionKey = (q: string): string => q.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Count votes (newest first, as the store lists them) and find the worst-rated questions: those with a 👎, ranked by
 * 👎 less 👍, then 👎; each shown as last asked, with the last comment left on it.
 * @example summarizeVotes([down('meetings with Russia')]).worst[0]
 *   // → { question: 'meetings with Russia', down: 1, … }
 */
export function summarizeVotes(votes: readonly Vote[], limit = 10): FeedbackSummary {
  const groups = new Map<string, RatedQuestion>();
  for (const v of votes) {
    const key = questionKey(v.question);
    const g = groups.get(key) ?? { question: v.question, kind: v.kind, up: 0, down: 0 };
    if (v.vote === 'up') g.up += 1;
    else g.down += 1;
    if (g.comment === undefined && v.vote === 'down' && v.comment?.trim()) g.comment = v.comment.trim();
    groups.set(key, g);
  }
  const worst = [...groups.values()]
    .filter((g) => g.down > 0)
    .sort((a, b) => b.down - b.up - (a.down - a.up) || b.down - a.down)
    .slice(0, limit);
  return {
    up: votes.filter((v) => v.vote === 'up').length,
    down: votes.filter((v) => v.vote === 'down').length,
    worst,
  };
}

/** A vote as the CLI's JSON: every key present, null where unknown. */
export function voteJson(v: Vote): unknown {
  return {
    votedAt: v.votedAt,
    vote: v.vote,
    user: v.user,
    team: v.team ?? null,
    question: v.question,
    kind: v.kind,
    surface: v.surface,
    channel: v.channel ?? null,
    articles: v.articles,
    comment: v.comment ?? null,
    answerId: v.answerId,
  };
}

/** The columns of `briefbot feedback --csv`. */
export const VOTE_CSV_COLUMNS = [
  'voted_at',
  'vote',
  'user',
  'team',
  'question',
  'kind',
  'surface',
  'channel',
  'articles',
  'comment',
  'answer_id',
] as const;

/** Votes as CSV, one row a vote (the cited briefings' ids in one cell, joined by " | "). */
export function votesCsv(votes: readonly Vote[]): string {
  return csvRows([
    VOTE_CSV_COLUMNS,
    ...votes.map((v) => [
      v.votedAt,
      v.vote,
      v.user,
      v.team,
      v.question,
      v.kind,
      v.surface,
      v.channel,
      v.articles.join(CSV_JOIN),
      v.comment,
      v.answerId,
    ]),
  ]);
}

/** Votes as lines of plain text: a summary, then one line a vote and its comment below it. */
export function votesText(votes: readonly Vote[]): string {
  if (votes.length === 0) return 'No votes.';
  const { up, down } = summarizeVotes(votes);
  const lines = [`${votes.length} ${votes.length === 1 ? 'vote' : 'votes'}: 👍 ${up} · 👎 ${down}`, ''];
  for (const v of votes) {
    const icon = v.vote === 'up' ? '👍' : '👎';
    lines.push(`${v.votedAt.slice(0, 16).replace('T', ' ')}  ${icon}  ${plainText(v.user)}  ${v.kind} (${v.surface})`);
    lines.push(`  "${plainText(v.question)}"${v.articles.length ? ` · ${plainText(v.articles.join(', '))}` : ''}`);
    if (v.comment) lines.push(`  — ${plainText(v.comment.replace(/\s+/g, ' '))}`);
  }
  return lines.join('\n');
}
