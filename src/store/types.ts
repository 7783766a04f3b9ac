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

/** The store: subscriptions, the digests decided, and when each article was first seen. */
export interface Store {
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
  /** Remember when articles were first seen (only the first time counts); returns every article's first-seen instant. */
  recordSeen(articleIds: readonly string[], at: string): ReadonlyMap<string, string>;
  close(): void;
}
