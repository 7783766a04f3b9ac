/**
 * 👍 and 👎 on answers: each answer posted with the buttons gets an id, under which the store keeps what a vote on
 * it records (its question, kind and cited briefings) for 90 days; a click records the user's vote under that id, a
 * second click changes it, and a 👎's form adds what was wrong.
 */
import { randomUUID } from 'node:crypto';
import { ANSWER_TOO_OLD, STALE_BUTTON, VOTE_FAILED, VOTE_IN_MEMORY, VOTED_DOWN, VOTED_UP } from '../ask/messages.js';
import type { Answer } from '../ask/types.js';
import type { Logger } from '../logger.js';
import { answerFacts } from '../render/feedback.js';
import type { AnswerFacts, AnswerRecord, AnswerSurface, Store, Vote, VoteKept, VoteValue } from '../store/types.js';

/** How many days of votes the App Home counts. */
export const FEEDBACK_DAYS = 30;

/**
 * True when a user sees what editors see (the worst-rated questions): one of `editors`, or anyone when none is named.
 * @example isEditor([], 'U42') // → true
 */
export const isEditor = (editors: readonly string[], user: string): boolean =>
  editors.length === 0 || editors.includes(user);

/** What rating answers needs: the store of answers and votes, the clock, a logger, and a new id for each answer. */
export interface FeedbackDeps {
  store: Pick<Store, 'saveAnswer' | 'answer' | 'saveVote'>;
  clock: () => Date;
  logger: Logger;
  /** A new id for each answer rated; default a random UUID. */
  newId?: () => string;
}

/** Where an answer is given: how (privately, shared, in a thread, in a DM, a digest), and in which channel. */
export interface AnswerPlace {
  surface: AnswerSurface;
  channel?: string;
}

/**
 * Give an answer its 👍 and 👎: keep what a vote on it records and return its id, or undefined when that could not
 * be kept (the answer then goes out without the buttons).
 */
export type RateAnswer = (facts: AnswerFacts) => string | undefined;

/** A {@link RateAnswer} for answers given at `place`; what goes wrong is logged, never thrown. */
export function rateAnswers(deps: FeedbackDeps, place: AnswerPlace): RateAnswer {
  return (facts) => {
    const id = (deps.newId ?? randomUUID)();
    const now = deps.clock();
    try {
      deps.store.saveAnswer({ ...facts, id, ...place, postedAt: now.toISOString() }, now);
      return id;
    } catch (error) {
      deps.logger.error('could not keep what a vote on an answer records; it goes out without 👍 and 👎', error);
      return undefined;
    }
  };
}

/** The rendering option that gives an answer its 👍 and 👎 (none for help, errors, or without `rate`). */
export function feedbackOf(answer: Answer, rate: RateAnswer | undefined): { feedback?: string } {
  const facts = rate ? answerFacts(answer) : undefined;
  const id = facts && rate ? rate(facts) : undefined;
  return id ? { feedback: id } : {};
}

/** A click on 👍 or 👎 (or a 👎's form sent): the answer's id it carries, who, and any comment. */
export interface VoteClick {
  answerId: string | undefined;
  user: string;
  team?: string;
  vote: VoteValue;
  comment?: string;
}

/**
 * How a vote ended: recorded (in the database, or in memory while the database refuses it), for a button briefbot did
 * not write (`stale`), for an answer no longer kept (`expired`), or `failed` (the cause logged).
 */
export type VoteOutcome =
  | { kind: 'recorded'; answer: AnswerRecord; kept: VoteKept }
  | { kind: 'stale' }
  | { kind: 'expired' }
  | { kind: 'failed' };

/** Record a vote on the answer a button names, with what the store keeps of that answer; never throws. */
export function recordVote(deps: FeedbackDeps, click: VoteClick): VoteOutcome {
  if (!click.answerId) return { kind: 'stale' };
  const now = deps.clock();
  try {
    const answer = deps.store.answer(click.answerId, now);
    if (!answer) return { kind: 'expired' };
    const vote: Vote = {
      answerId: answer.id,
      user: click.user,
      ...(click.team ? { team: click.team } : {}),
      vote: click.vote,
      question: answer.question,
      kind: answer.kind,
      surface: answer.surface,
      ...(answer.channel ? { channel: answer.channel } : {}),
      articles: answer.articles,
      ...(click.comment ? { comment: click.comment } : {}),
      votedAt: now.toISOString(),
    };
    return { kind: 'recorded', answer, kept: deps.store.saveVote(vote) };
  } catch (error) {
    deps.logger.error(`could not record a vote of ${click.user}`, error);
    return { kind: 'failed' };
  }
}

/**
 * What a user is told after a click: thanks (and that the vote waits in memory, when the database refused it), or why
 * nothing was recorded.
 * @example voteReply({ kind: 'expired' }, 'up') // → 'That answer is too old to rate: …'
 */
export function voteReply(outcome: VoteOutcome, vote: VoteValue): string {
  switch (outcome.kind) {
    case 'recorded': {
      const thanks = vote === 'up' ? VOTED_UP : VOTED_DOWN;
      return outcome.kept === 'memory' ? `${thanks} ${VOTE_IN_MEMORY}` : thanks;
    }
    case 'stale':
      return STALE_BUTTON;
    case 'expired':
      return ANSWER_TOO_OLD;
    case 'failed':
      return VOTE_FAILED;
  }
}
