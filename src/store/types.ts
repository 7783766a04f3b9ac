/** What briefbot keeps across restarts, behind an interface a server database could implement later. */
import { BriefbotError, isBriefbotError, type ErrorCode } from '../errors.js';

/** A channel's daily digest subscription. */
export interface Subscription {
  channel: string;
  /** Slack team (workspace) id. */
  team: string;
  /** Local time of day, `HH:MM` (24-hour). */
  time: string;
  /** IANA timezone, e.g. `Asia/Karachi`. */
  timezone: string;
  /** Who turned it on (a Slack user id): told by DM when posting fails. */
  subscriber: string;
  /** Why posting is paused (e.g. `not_in_channel`); undefined while active. */
  pausedReason?: string;
  /** ISO instant of creation or last change. */
  updatedAt: string;
}

/** A digest briefbot decided on for a channel and a local date: posted, or nothing to say. */
export interface DigestRecord {
  channel: string;
  /** Local date in the subscription's timezone, `YYYY-MM-DD`. */
  localDate: string;
  /** ISO instant the claim was made. */
  claimedAt: string;
  /** `posted`, `empty` (nothing to say), `failed`, or `claimed` while being posted. */
  outcome: 'claimed' | 'posted' | 'empty' | 'failed';
  /** Slack message ts when posted. */
  ts?: string;
}

/**
 * How long an event id is remembered, in ms: Slack delivers an event again, with the same `event_id`, when it thinks
 * the first delivery failed (at once, after a minute, after five), so an hour is plenty.
 */
export const EVENT_MEMORY_MS = 60 * 60 * 1000;

/** How long what a conversation thread asked last is remembered for its follow-ups, in ms: a week. */
export const THREAD_MEMORY_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * How long what a vote stores of an answer (its question, kind and cited briefings) is kept after the answer is posted,
 * in ms: 90 days. A vote copies it, so votes themselves are kept for good; a button clicked later says it is too old.
 */
export const ANSWER_MEMORY_MS = 90 * 24 * 60 * 60 * 1000;

/** Where an answer was given: privately, shared in a channel, in a mention's thread, in a DM, or a daily digest. */
export type AnswerSurface = 'ephemeral' | 'shared' | 'thread' | 'dm' | 'digest';

/** What a vote on an answer stores of it: what was asked, the kind of answer, the briefings it cited (their ids). */
export interface AnswerFacts {
  question: string;
  /** `search`, `meetings`, `timeline`, `question`, `sources`, `source` or `digest`. */
  kind: string;
  articles: readonly string[];
}

/** An answer briefbot posted with 👍 and 👎 buttons, kept until {@link ANSWER_MEMORY_MS} after it was posted. */
export interface AnswerRecord extends AnswerFacts {
  /** The id its buttons carry. */
  id: string;
  surface: AnswerSurface;
  /** The Slack channel it was given in, when known. */
  channel?: string;
  /** ISO instant it was posted. */
  postedAt: string;
}

/** 👍 or 👎. */
export type VoteValue = 'up' | 'down';

/** One user's vote on one answer, with the answer's facts; a second click changes it. */
export interface Vote extends AnswerFacts {
  answerId: string;
  /** Slack user id of who voted, and their workspace when known. */
  user: string;
  team?: string;
  vote: VoteValue;
  surface: AnswerSurface;
  channel?: string;
  /** What was wrong, as typed in the 👎 form. */
  comment?: string;
  /** ISO instant of the last click (or comment). */
  votedAt: string;
}

/** Where a vote was kept: in the database, or (the database refusing the write) in this process's memory for now. */
export type VoteKept = 'database' | 'memory';

/** What a thread asked last, as the answering layer describes it: a JSON object, saved and given back whole. */
export type ThreadContext = Readonly<Record<string, unknown>>;

/** The codes of a {@link BriefbotError} that says the database cannot do what was asked. */
export const STORE_UNAVAILABLE_CODES = [
  'STORE_READ_ONLY',
  'STORE_LOCKED',
  'STORE_CANNOT_OPEN',
  'STORE_NOT_A_DATABASE',
  'STORE_DISK_FULL',
  'STORE_TOO_NEW',
] as const satisfies readonly ErrorCode[];

/** What kind of trouble keeps a database from doing what briefbot asks. */
export type StoreUnavailableCode = (typeof STORE_UNAVAILABLE_CODES)[number];

/** The error of a database that cannot do what was asked. */
export type StoreUnavailable = BriefbotError & { code: StoreUnavailableCode };

/**
 * True when the database cannot do what was asked: it is read-only, locked by another process, cannot be opened…
 * The error's `problem` says what is wrong (naming the file), its `advice` what to do. Callers tell the user and keep
 * going: nothing else of briefbot depends on the database.
 */
export const isStoreUnavailable = (error: unknown): error is StoreUnavailable =>
  isBriefbotError(error, ...STORE_UNAVAILABLE_CODES);

/** A new {@link StoreUnavailable}: what is wrong (naming the file) and what to do, with the cause when there is one. */
export const storeUnavailable = (
  code: StoreUnavailableCode,
  problem: string,
  advice: string,
  options?: ErrorOptions,
): StoreUnavailable => new BriefbotError(code, problem, advice, options) as StoreUnavailable;

/**
 * The store: subscriptions, the digests decided, when each article was first seen, and what Slack conversations need
 * remembered for a while (event ids answered, what each thread asked last). A write the database refuses
 * (read-only, locked longer than the busy timeout, …) throws a {@link BriefbotError} for which
 * {@link isStoreUnavailable} holds.
 */
export interface Store {
  /**
   * Set when this store stands in for a database that could not be opened for writing at start (it reads the file
   * opened read-only, or nothing): every write throws this error, until briefbot is restarted with the cause fixed.
   */
  readonly unavailable?: StoreUnavailable;
  listSubscriptions(team?: string): Subscription[];
  getSubscription(channel: string): Subscription | undefined;
  /** Create or replace a channel's subscription (clears any pause). */
  saveSubscription(s: Subscription): void;
  removeSubscription(channel: string): boolean;
  pauseSubscription(channel: string, reason: string): void;
  /**
   * Claim the digest of a channel for a local date, atomically: true for the one caller that claims it first,
   * false for every other (another process, a restart, a second timer).
   */
  claimDigest(channel: string, localDate: string, at: string): boolean;
  /** Record how a claimed digest ended. */
  finishDigest(channel: string, localDate: string, outcome: 'posted' | 'empty' | 'failed', ts?: string): void;
  /** The latest digest posted in a channel (outcome `posted` or `empty`), if any. */
  lastDigest(channel: string): DigestRecord | undefined;
  /**
   * Remember when articles were first seen (only the first time counts); returns every article's first-seen instant.
   * Best effort: when the database refuses the write, nothing is saved, ids not recorded before get `at`, and the
   * store's `warn` hears why; it throws only when the database cannot even be read.
   */
  recordSeen(articleIds: readonly string[], at: string): ReadonlyMap<string, string>;
  /**
   * Claim a Slack event id, atomically: true for the one caller that claims it first (in this process, another one
   * sharing the database, or before a restart), false for every other while the claim is younger than
   * {@link EVENT_MEMORY_MS}. Best effort: when the database refuses the write, this process's memory decides, and the
   * store's `warn` hears why.
   */
  claimEvent(eventId: string, now: Date): boolean;
  /** What a thread asked last, when saved less than {@link THREAD_MEMORY_MS} ago; the object saved, whole. */
  threadContext(thread: string, now: Date): ThreadContext | undefined;
  /**
   * Remember what a thread asked last (as JSON), replacing what it asked before unless that was saved later. Best
   * effort: when the database refuses the write, it is kept in this process's memory, and `warn` hears why.
   */
  saveThreadContext(thread: string, context: object, now: Date): void;
  /**
   * Remember what a vote on an answer will store, for {@link ANSWER_MEMORY_MS}. Best effort: when the database refuses
   * the write, it is kept in this process's memory, and `warn` hears why.
   */
  saveAnswer(answer: AnswerRecord, now: Date): void;
  /** An answer saved less than {@link ANSWER_MEMORY_MS} ago. */
  answer(id: string, now: Date): AnswerRecord | undefined;
  /**
   * Record a vote, replacing the same user's earlier vote on the same answer. A comment given replaces the one kept;
   * without one, the comment kept stays while the vote is unchanged and goes when it changes. When the database
   * refuses the write, the vote is kept in this process's memory, written with the next vote the database takes, and
   * `warn` hears why; the result says where it was kept.
   */
  saveVote(vote: Vote): VoteKept;
  /** Every vote cast at or after `since` (an ISO instant; all when undefined), newest first. */
  listVotes(since?: string): Vote[];
  close(): void;
}
