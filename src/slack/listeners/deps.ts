/**
 * What every listener is given: the app's dependencies (the store keeps event ids, threads, answers and votes) and
 * ways to reply.
 */
import type { AskContext } from '../../ask/types.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/types.js';
import type { BriefingDeps } from '../briefings.js';
import type { Poster } from '../post.js';
import type { Replier } from '../send.js';

/** The dependencies of the listeners, built once per app by `buildSlackApp`. */
export interface ListenerDeps {
  /** The current answering context; throws a `NOT_READY` error while the first corpus load is under way. */
  context: () => AskContext;
  logger: Logger;
  /** Digest subscriptions, digests decided, articles first seen; event ids answered, what each thread asked last. */
  store: Store;
  clock: () => Date;
  /** The timezone of a new digest when the command names none (BRIEFBOT_TZ); else the user's. */
  timezone?: string;
  /** Reply through a response_url, under the retry policy; never throws. */
  reply: Replier;
  /** Post an answer in a channel or thread once, however slow Slack is; never throws. */
  post: Poster;
  /** Slack user ids of the editors, who see the worst-rated questions in the App Home; empty: everyone. */
  editors: readonly string[];
  /** A new id for each answer given 👍 and 👎. */
  newId: () => string;
  /** Briefings added from Slack, dated and removed: the corpus folder, who may, how files are downloaded. */
  briefings: BriefingDeps;
  /** The channels where mentions are answered (BRIEFBOT_CHANNELS); empty: all. DMs and group DMs always. */
  channels: readonly string[];
}
