/**
 * What the store remembers of Slack conversations in process memory, with the database's expiries: the stand-in for a
 * database that cannot be written, and a process's own copy of the event ids it has seen. Answers and votes too: the
 * same {@link Store} methods over memory alone ({@link memoryFeedback}), for when the database refuses them.
 */
import {
  ANSWER_MEMORY_MS,
  EVENT_MEMORY_MS,
  THREAD_MEMORY_MS,
  type AnswerRecord,
  type Store,
  type Vote,
} from './types.js';

/** How many event ids and threads the memory of one process keeps at most, forgetting the oldest first. */
export const MEMORY_LIMIT = 5000;

/** A map that keeps at most `limit` entries, forgetting the least recently set first. */
export interface BoundedMap<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  delete(key: K): void;
  /** The values kept, the least recently set first. */
  values(): IterableIterator<V>;
}

/** Make a {@link BoundedMap}; each owner builds its own (no module-level state). */
export function boundedMap<K, V>(limit: number): BoundedMap<K, V> {
  const map = new Map<K, V>();
  return {
    get: (key) => map.get(key),
    values: () => map.values(),
    delete: (key) => {
      map.delete(key);
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      while (map.size > limit) map.delete(map.keys().next().value as K);
    },
  };
}

/** True while something written at `at` (ms) is remembered at `now` for `keepMs`: younger than `keepMs`. */
export const isFresh = (at: number, now: Date, keepMs: number): boolean => now.getTime() - at < keepMs;

/** A thread's context as saved: its JSON text and when it was saved (ms since the epoch). */
export interface SavedThread {
  json: string;
  savedAt: number;
}

/** Event ids and threads in process memory, each forgotten after its expiry or when `limit` newer ones came. */
export interface MemoryRecall {
  /** True the first time an id is claimed within {@link EVENT_MEMORY_MS}, false while it is remembered. */
  claimEvent(eventId: string, now: Date): boolean;
  /** A thread's context saved less than {@link THREAD_MEMORY_MS} ago. */
  thread(key: string, now: Date): SavedThread | undefined;
  saveThread(key: string, json: string, now: Date): void;
  forgetThread(key: string): void;
}

/** Make a {@link MemoryRecall}; each store builds its own. */
export function memoryRecall(limit = MEMORY_LIMIT): MemoryRecall {
  const events = boundedMap<string, number>(limit);
  const threads = boundedMap<string, SavedThread>(limit);
  return {
    claimEvent(eventId, now) {
      const at = events.get(eventId);
      if (at !== undefined && isFresh(at, now, EVENT_MEMORY_MS)) return false;
      events.set(eventId, now.getTime());
      return true;
    },
    thread(key, now) {
      const saved = threads.get(key);
      return saved && isFresh(saved.savedAt, now, THREAD_MEMORY_MS) ? saved : undefined;
    },
    saveThread(key, json, now) {
      threads.set(key, { json, savedAt: now.getTime() });
    },
    forgetThread: (key) => threads.delete(key),
  };
}

/** A saved context read back: the JSON object it was, or undefined for anything else (a damaged row). */
export function parseContext(json: string): Readonly<Record<string, unknown>> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The store's methods for Slack conversations. */
export type Recall = Pick<Store, 'claimEvent' | 'threadContext' | 'saveThreadContext'>;

/** Event ids and threads in this process's memory only: for a store opened read-only. */
export function memoryOnlyRecall(memory: MemoryRecall = memoryRecall()): Recall {
  return {
    claimEvent: (eventId, now) => memory.claimEvent(eventId, now),
    threadContext: (thread, now) => {
      const saved = memory.thread(thread, now);
      return saved && parseContext(saved.json);
    },
    saveThreadContext: (thread, context, now) => memory.saveThread(thread, JSON.stringify(context), now),
  };
}

/**
 * A vote as it is kept once `vote` is recorded over `kept` (the same user's earlier vote on the same answer, if any):
 * the new vote and time; the comment given, else the kept one while the vote is unchanged, else none. The database
 * applies the same rule in SQL.
 * @example mergeVote({ …down, comment: 'wrong date' }, { …up }).comment // → undefined
 */
export function mergeVote(kept: Vote | undefined, vote: Vote): Vote {
  const { comment: _given, ...rest } = vote;
  const comment = vote.comment ?? (kept && kept.vote === vote.vote ? kept.comment : undefined);
  return { ...rest, ...(comment !== undefined ? { comment } : {}) };
}

/** The key of one user's vote on one answer. */
export const voteKey = (v: Pick<Vote, 'answerId' | 'user'>): string => JSON.stringify([v.answerId, v.user]);

/** Votes newest first (by the instant of the last click, then by answer and user for a stable order). */
export const newestVotesFirst = (votes: Iterable<Vote>): Vote[] =>
  [...votes].sort(
    (a, b) =>
      b.votedAt.localeCompare(a.votedAt) || a.answerId.localeCompare(b.answerId) || a.user.localeCompare(b.user),
  );

/** The store's methods for answers and votes. */
export type FeedbackBook = Pick<Store, 'saveAnswer' | 'answer' | 'saveVote' | 'listVotes'>;

/** Answers and votes in process memory, and a way to forget what the database has since taken. */
export interface MemoryFeedback extends FeedbackBook {
  forgetAnswer(id: string): void;
  forgetVote(vote: Pick<Vote, 'answerId' | 'user'>): void;
}

/**
 * Answers (each forgotten after {@link ANSWER_MEMORY_MS}, or when `limit` newer ones came) and votes (kept until the
 * database takes them, at most `limit`) in this process's memory; each store builds its own.
 */
export function memoryFeedback(limit = MEMORY_LIMIT): MemoryFeedback {
  const answers = boundedMap<string, AnswerRecord>(limit);
  const votes = boundedMap<string, Vote>(limit);
  return {
    saveAnswer: (answer) => answers.set(answer.id, answer),
    answer: (id, now) => {
      const kept = answers.get(id);
      return kept && isFresh(Date.parse(kept.postedAt), now, ANSWER_MEMORY_MS) ? kept : undefined;
    },
    forgetAnswer: (id) => answers.delete(id),
    saveVote: (vote) => {
      const key = voteKey(vote);
      votes.set(key, mergeVote(votes.get(key), vote));
      return 'memory';
    },
    listVotes: (since) =>
      newestVotesFirst([...votes.values()].filter((v) => since === undefined || v.votedAt >= since)),
    forgetVote: (vote) => votes.delete(voteKey(vote)),
  };
}
