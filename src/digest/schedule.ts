import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { AskContext } from '../ask/types.js';
import type { Article } from '../types.js';
import type { Logger } from '../logger.js';
import { pausedNotice } from '../ask/messages.js';
import type { Result } from '../result.js';
import { isStoreUnavailable, type Store, type Subscription } from '../store/types.js';
import { composeDigest } from './compose.js';
import { CONSOLE_CHANNEL, type Digest, type Notice, type PostFailure } from './types.js';

/** The key under which an article's version is remembered: a changed file is a new briefing from when it changed. */
export const seenKey = (a: Article): string => `${a.id}#${a.contentHash}`;

/**
 * Remember articles as seen (the first time counts; every article of the corpus by default) and return each one's
 * first-seen instant. A database that refuses the write does not stop it: the store reports why (its `warn`) and
 * answers as if saved.
 */
export function recordArticlesSeen(
  store: Store,
  ctx: AskContext,
  at: string,
  only?: readonly Article[],
): Map<string, string> {
  const articles = only ?? [...ctx.index.articles.values()];
  const seen = store.recordSeen(articles.map(seenKey), at);
  return new Map(
    articles.flatMap((a) => {
      const t = seen.get(seenKey(a));
      return t ? [[a.id, t] as const] : [];
    }),
  );
}

/** The local calendar date and time of day of an instant in a timezone. */
export function localParts(now: Date, timezone: string): { date: string; time: string } {
  const local = new TZDate(now.getTime(), timezone);
  return { date: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
}

/**
 * True when a subscription's digest time has come today in its timezone. A time skipped by a daylight-saving
 * change (02:30 on a spring-forward night) comes true at the first minute after it, so the day is never skipped;
 * the claim in the store keeps a repeated hour from posting twice.
 */
export function isDue(sub: Subscription, now: Date): boolean {
  return !sub.pausedReason && localParts(now, sub.timezone).time >= sub.time;
}

/** What a post came to: the message's ts (when the sender has one), or why not. */
export type Posted = Result<{ ts?: string }, PostFailure>;

/**
 * What delivering digests needs: the store, the answers, the clock, a logger, and a sender that renders a digest and
 * posts it in a channel, and tells a subscriber in a DM. The sender reports failures as results: it never throws.
 */
export interface DigestDeps {
  store: Store;
  context: () => AskContext;
  post: (channel: string, digest: Digest) => Promise<Posted>;
  notify: (user: string, notice: Notice) => Promise<Result<unknown, PostFailure>>;
  clock: () => Date;
  logger: Logger;
}

/**
 * How a digest delivery ended. `unavailable` (from {@link runDueDigests} only): the database refused the claim, so
 * nothing was posted or recorded and the next tick tries again.
 */
export type Delivery = 'posted' | 'empty' | 'failed' | 'paused' | 'already' | 'not-due' | 'unavailable';

/**
 * Record how a claimed digest ended; once it is posted, a database that refuses only costs the record (the claim
 * stands).
 */
function finish(
  deps: DigestDeps,
  sub: Subscription,
  localDate: string,
  outcome: 'posted' | 'empty',
  ts?: string,
): void {
  try {
    deps.store.finishDigest(sub.channel, localDate, outcome, ts);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    const what = `the digest of ${sub.channel} for ${localDate} was ${outcome}`;
    deps.logger.warn(
      `${what}, but could not be recorded (${error.problem}): ${error.advice}; ` +
        'its claim keeps it from being posted again',
    );
  }
}

/**
 * Deliver a channel's digest for its local today: claim it in the store (so that it is posted once across timers,
 * restarts and processes), compose it, and post it, or record that there was nothing to say. `force` posts now
 * whatever the time (`/brief digest now`), still at most once a day by the schedule. A database that refuses the
 * claim throws its `STORE_…` error (see {@link isStoreUnavailable}) before anything is posted or recorded.
 */
export async function deliverDigest(sub: Subscription, deps: DigestDeps, force = false): Promise<Delivery> {
  const now = deps.clock();
  if (!force && !isDue(sub, now)) return 'not-due';
  const local = localParts(now, sub.timezone);
  const claimed = deps.store.claimDigest(sub.channel, local.date, now.toISOString());
  if (!claimed && !force) return 'already';
  const ctx = deps.context();
  const firstSeen = recordArticlesSeen(deps.store, ctx, now.toISOString());
  const since = deps.store.lastDigest(sub.channel)?.claimedAt;
  const digest = composeDigest({
    ctx,
    localDate: local.date,
    timezone: sub.timezone,
    ...(since ? { since } : {}),
    firstSeen,
    now: now.toISOString(),
  });
  if (!digest) {
    if (claimed) finish(deps, sub, local.date, 'empty');
    return 'empty';
  }
  const posted = await deps.post(sub.channel, digest);
  if (posted.ok) {
    if (claimed) finish(deps, sub, local.date, 'posted', posted.value.ts);
    return 'posted';
  }
  if (claimed) deps.store.finishDigest(sub.channel, local.date, 'failed');
  const failure = posted.error;
  if ('cannotPost' in failure) {
    deps.store.pauseSubscription(sub.channel, failure.cannotPost);
    const notice = { text: pausedNotice(sub.channel, failure.cannotPost), channels: [sub.channel] };
    const told = await deps.notify(sub.subscriber, notice);
    if (!told.ok) logFailure(deps.logger, 'could not tell the subscriber', told.error);
    return 'paused';
  }
  logFailure(deps.logger, `could not post the digest in ${sub.channel}`, failure);
  return 'failed';
}

/** Log why a post failed: the reason, and the error behind it when the sender kept one. */
function logFailure(logger: Logger, what: string, failure: PostFailure): void {
  if ('cannotPost' in failure) logger.error(`${what}: ${failure.cannotPost}`);
  else logger.error(`${what}: ${failure.failed}`, failure.cause);
}

/**
 * Deliver every digest that is due now; one channel's failure does not stop the others. A database that refuses
 * (locked longer than its busy timeout, read-only…) ends the tick with one log line and an `unavailable`: the
 * other channels would wait on the same lock, and the next tick tries again, nothing having been claimed. A stand-in
 * store (see `Store.unavailable`, reported at start) delivers nothing.
 */
export async function runDueDigests(deps: DigestDeps): Promise<Delivery[]> {
  if (deps.store.unavailable) return [];
  const out: Delivery[] = [];
  try {
    // The console's digest is printed by the console, never posted (see CONSOLE_CHANNEL).
    for (const sub of deps.store.listSubscriptions().filter((s) => s.channel !== CONSOLE_CHANNEL)) {
      out.push(
        await deliverDigest(sub, deps).catch((error: unknown) => {
          if (isStoreUnavailable(error)) throw error;
          deps.logger.error(`digest of ${sub.channel} failed`, error);
          return 'failed' as const;
        }),
      );
    }
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    deps.logger.warn(
      `digests wait for the database (${error.problem}): ${error.advice}; trying again at the next check`,
    );
    out.push('unavailable');
  }
  return out;
}

/** Timers as the scheduler uses them: injected, so tests drive time. */
export interface Timers {
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

/** How often due digests are looked for. */
export const DIGEST_TICK_MS = 60_000;

/**
 * Run `tick` now (a digest whose time passed during downtime is posted on start) and then every `intervalMs`;
 * ticks never overlap. Returns a stop function.
 */
export function startScheduler(
  tick: () => Promise<unknown>,
  timers: Timers,
  logger: Logger,
  intervalMs = DIGEST_TICK_MS,
): { stop: () => void; idle: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const run = (): void => {
    if (busy) return;
    busy = true;
    running = tick()
      .catch((e: unknown) => logger.error('digest tick failed', e))
      .finally(() => {
        busy = false;
      });
  };
  run();
  const handle = timers.setInterval(run, intervalMs);
  return {
    stop: () => timers.clearInterval(handle),
    idle: async () => {
      await running;
    },
  };
}
