/** What briefbot keeps across restarts, behind an interface a server database could implement later. */

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

/** What kind of trouble keeps a database from doing what briefbot asks. */
export type StoreTrouble = 'read-only' | 'locked' | 'cannot-open' | 'not-a-database' | 'disk-full' | 'too-new';

/**
 * The database cannot do what was asked: it is read-only, locked by another process, cannot be opened… `problem`
 * says what is wrong (naming the file), `advice` what to do; the message is `briefbot: <problem>: <advice>`.
 * Callers tell the user and keep going: nothing else of briefbot depends on the database.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly trouble: StoreTrouble;
  readonly problem: string;
  readonly advice: string;

  constructor(trouble: StoreTrouble, problem: string, advice: string, options?: ErrorOptions) {
    super(`briefbot: ${problem}: ${advice}`, options);
    this.trouble = trouble;
    this.problem = problem;
    this.advice = advice;
  }
}

/**
 * The store: subscriptions, the digests decided, and when each article was first seen. A write the database refuses
 * (read-only, locked longer than the busy timeout, …) throws a {@link StoreUnavailableError}.
 */
export interface Store {
  /**
   * Set when this store stands in for a database that could not be opened for writing at start (it reads the file
   * opened read-only, or nothing): every write throws this error, until briefbot is restarted with the cause fixed.
   */
  readonly unavailable?: StoreUnavailableError;
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
  close(): void;
}
