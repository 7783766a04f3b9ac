import type { Meeting } from '../extract/types.js';
import type { PartialDate } from '../types.js';

/**
 * The channel id, team and subscriber of the console's digest in the store: the console prints it; the Slack app,
 * sharing the database, leaves it alone (no Slack id looks like it).
 */
export const CONSOLE_CHANNEL = 'console';

/** A new briefing in a digest: title, date, a one-line lede and how many meetings it reports. */
export interface DigestBriefing {
  articleId: string;
  file: string;
  title: string;
  published?: PartialDate;
  lede: string;
  meetings: number;
}

/** One section of a digest: at most a few items shown, and how many more there are. */
export interface DigestSection<T> {
  items: T[];
  more: number;
}

/** What a channel's digest for a local date holds. Empty sections are left out when rendering. */
export interface Digest {
  /** Local date of the digest, `YYYY-MM-DD`, and its timezone. */
  localDate: string;
  timezone: string;
  newBriefings: DigestSection<DigestBriefing>;
  /** Meetings reported in the new briefings. */
  meetings: DigestSection<Meeting>;
  /** Planned meetings whose date is ahead of the local date. */
  comingUp: DigestSection<Meeting>;
  /** Meetings held on this calendar day (month and day) in earlier years. */
  onThisDay: DigestSection<Meeting>;
  /** Corpus figures for the footer. */
  figures: { briefings: number; meetings: number };
}

/**
 * Why a digest or a notice could not be posted, as its sender (the Slack layer, which retried as it saw fit) reads it:
 * the channel will not take briefbot's posts until someone acts (`cannotPost`, with the reason to tell), or anything
 * else (`failed`, with a reason and maybe the error, to log; `unsure` when Slack got it but did not answer in time, so
 * that it may have been posted after all).
 */
export type PostFailure = { cannotPost: string } | { failed: string; cause?: unknown; unsure?: true };

/**
 * Words briefbot says to someone in Slack (a notice, an announcement), as plain text, and the Slack references the
 * text makes on purpose: the users it mentions (`<@U…>`) and the channels it names (`<#C…>`), by id. The renderer
 * shows every other character as written, so text that came from a user can name no one.
 */
export interface Notice {
  text: string;
  users?: readonly string[];
  channels?: readonly string[];
}
