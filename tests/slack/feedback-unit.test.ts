/** The pure parts of 👍 and 👎: who is an editor, what a vote records, and what the user is told. */
import { describe, expect, it } from 'vitest';
import {
  ANSWER_TOO_OLD,
  STALE_BUTTON,
  VOTE_FAILED,
  VOTE_IN_MEMORY,
  VOTED_DOWN,
  VOTED_UP,
} from '../../src/ask/messages.js';
import { isEditor, rateAnswers, recordVote, voteReply } from '../../src/slack/feedback.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { AnswerRecord } from '../../src/store/types.js';
import { memoryLogger } from '../helpers.js';

const answer: AnswerRecord = {
  id: 'a1',
  question: 'meetings with Russia',
  kind: 'meetings',
  surface: 'thread',
  channel: 'C1',
  articles: ['003_11be3f15fbbdd326'],
  postedAt: '2026-07-14T06:00:00.000Z',
};

describe('isEditor', () => {
  it('takes everyone when no editor is named, else only those named', () => {
    expect(isEditor([], 'U1')).toBe(true);
    expect(isEditor(['U1'], 'U1')).toBe(true);
    expect(isEditor(['U1'], 'U2')).toBe(false);
  });
});

describe('rateAnswers and recordVote', () => {
  const clock = () => new Date('2026-07-14T06:00:00.000Z');

  it('keeps an answer’s facts under a new id, and records a vote with them', () => {
    const store = openSqliteStore(':memory:');
    const deps = { store, clock, logger: memoryLogger(), newId: () => 'a1' };
    const id = rateAnswers(deps, { surface: 'thread', channel: 'C1' })({
      question: answer.question,
      kind: answer.kind,
      articles: answer.articles,
    });
    expect(id).toBe('a1');
    expect(recordVote(deps, { answerId: 'a1', user: 'U1', vote: 'up' })).toEqual({
      kind: 'recorded',
      answer,
      kept: 'database',
    });
    expect(store.listVotes()).toEqual([
      {
        answerId: 'a1',
        user: 'U1',
        vote: 'up',
        question: answer.question,
        kind: 'meetings',
        surface: 'thread',
        channel: 'C1',
        articles: answer.articles,
        votedAt: '2026-07-14T06:00:00.000Z',
      },
    ]);
    store.close();
  });

  it('gives no id, and logs why, when the store throws something unexpected; a vote then fails, logged', () => {
    const logger = memoryLogger();
    const broken = {
      saveAnswer: () => {
        throw new Error('disk on fire');
      },
      answer: () => {
        throw new Error('disk on fire');
      },
      saveVote: () => 'database' as const,
    };
    const deps = { store: broken, clock, logger, newId: () => 'a1' };
    expect(
      rateAnswers(deps, { surface: 'ephemeral' })({ question: 'q', kind: 'search', articles: [] }),
    ).toBeUndefined();
    expect(recordVote(deps, { answerId: 'a1', user: 'U1', vote: 'down' })).toEqual({ kind: 'failed' });
    expect(logger.lines.map((l) => l.split(':').slice(0, 3).join(':'))).toEqual([
      'briefbot: error: could not keep what a vote on an answer records; it goes out without 👍 and 👎',
      'briefbot: error: could not record a vote of U1',
    ]);
  });

  it('records nothing for a button without an answer id', () => {
    const store = openSqliteStore(':memory:');
    expect(
      recordVote({ store, clock, logger: memoryLogger() }, { answerId: undefined, user: 'U1', vote: 'up' }),
    ).toEqual({ kind: 'stale' });
    store.close();
  });
});

describe('voteReply', () => {
  it('thanks for the vote, saying so when it waits in memory, or says why nothing was recorded', () => {
    const recorded = { kind: 'recorded', answer, kept: 'database' } as const;
    expect(voteReply(recorded, 'up')).toBe(VOTED_UP);
    expect(voteReply(recorded, 'down')).toBe(VOTED_DOWN);
    expect(voteReply({ ...recorded, kept: 'memory' }, 'up')).toBe(`${VOTED_UP} ${VOTE_IN_MEMORY}`);
    expect(voteReply({ kind: 'stale' }, 'up')).toBe(STALE_BUTTON);
    expect(voteReply({ kind: 'expired' }, 'up')).toBe(ANSWER_TOO_OLD);
    expect(voteReply({ kind: 'failed' }, 'up')).toBe(VOTE_FAILED);
  });
});
