/**
 * `/brief digest …` in the console, as in a Slack channel: the console is a channel of its own (`console`) in the
 * local database, and its digest is printed instead of posted.
 */
import { DEFAULT_DIGEST_TIME, parseDigestCommand, type DigestCommand } from '../ask/digest-command.js';
import {
  CONSOLE_DIGEST_OFF,
  CONSOLE_NO_DIGEST,
  consoleDigestOn,
  consoleDigestStatus,
  NOTHING_NEW,
  storeUnavailableText,
} from '../ask/messages.js';
import type { AskContext } from '../ask/types.js';
import { deliverDigest, type DigestDeps } from '../digest/schedule.js';
import { CONSOLE_CHANNEL } from '../digest/types.js';
import type { Logger } from '../logger.js';
import { renderDigestText } from '../render/digest.js';
import { ok } from '../result.js';
import { isStoreUnavailable, type Store, type Subscription } from '../store/types.js';

/** What the console's digest commands need. */
export interface ConsoleDigestDeps {
  store: Store;
  context: () => AskContext;
  clock: () => Date;
  logger: Logger;
  /** The timezone of a digest turned on without one (`BRIEFBOT_TZ`, else this machine's). */
  timezone: string;
}

/** The console's subscription at a time of day and timezone. */
const consoleSubscription = (time: string, timezone: string, clock: () => Date): Subscription => ({
  channel: CONSOLE_CHANNEL,
  team: CONSOLE_CHANNEL,
  time,
  timezone,
  subscriber: CONSOLE_CHANNEL,
  updatedAt: clock().toISOString(),
});

/** Digest delivery whose post prints the digest as text (with `print`) and never fails. */
const printing = (deps: ConsoleDigestDeps, print: (text: string) => void): DigestDeps => ({
  store: deps.store,
  context: deps.context,
  clock: deps.clock,
  logger: deps.logger,
  post: async (_channel, digest) => {
    print(renderDigestText(digest));
    return ok({});
  },
  notify: async () => ok(undefined),
});

/**
 * Answer what follows `/brief digest` in the console: `on [HH:MM] [Area/City]`, `off`, `status`, or `now` (today's
 * digest, as text). A database that refuses is explained, as in Slack.
 * @example await answerConsoleDigest('on 08:30 Europe/London', deps)
 *   // → "The console's daily briefing digest is on: 08:30 Europe/London. …"
 */
export async function answerConsoleDigest(text: string, deps: ConsoleDigestDeps): Promise<string> {
  const parsed = parseDigestCommand(text);
  if (!parsed.ok) return parsed.error;
  try {
    return await runDigestCommand(parsed.value, deps);
  } catch (error) {
    if (isStoreUnavailable(error)) return storeUnavailableText(parsed.value.action, error);
    throw error;
  }
}

/** The digest command proper; a database refusal is thrown, for {@link answerConsoleDigest} to explain. */
async function runDigestCommand(cmd: DigestCommand, deps: ConsoleDigestDeps): Promise<string> {
  const { store } = deps;
  const current = store.getSubscription(CONSOLE_CHANNEL);
  switch (cmd.action) {
    case 'status': {
      if (!current) return CONSOLE_NO_DIGEST;
      const status = consoleDigestStatus(current, store.lastDigest(CONSOLE_CHANNEL)?.localDate);
      return store.unavailable ? `${status}\n${storeUnavailableText('on', store.unavailable)}` : status;
    }
    case 'off':
      if (!current) return CONSOLE_NO_DIGEST;
      store.removeSubscription(CONSOLE_CHANNEL);
      return CONSOLE_DIGEST_OFF;
    case 'on': {
      const time = cmd.time ?? current?.time ?? DEFAULT_DIGEST_TIME;
      const sub = consoleSubscription(time, cmd.timezone ?? deps.timezone, deps.clock);
      store.saveSubscription(sub);
      return consoleDigestOn(sub);
    }
    case 'now': {
      const sub = current ?? consoleSubscription(DEFAULT_DIGEST_TIME, deps.timezone, deps.clock);
      let printed = '';
      const delivered = await deliverDigest(
        sub,
        printing(deps, (text) => (printed = text)),
        true,
      );
      return delivered === 'empty' || printed === '' ? NOTHING_NEW : printed;
    }
  }
}

/**
 * Print the console's digest when it is due (once a local day, claimed in the store as a channel's is); nothing when
 * the console has no digest or the database is a stand-in. A database that refuses is a warning: the next check
 * tries again.
 */
export async function printDueConsoleDigest(deps: ConsoleDigestDeps, print: (text: string) => void): Promise<void> {
  if (deps.store.unavailable) return;
  try {
    const sub = deps.store.getSubscription(CONSOLE_CHANNEL);
    if (sub) await deliverDigest(sub, printing(deps, print));
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    deps.logger.warn(`the console's digest waits for the database (${error.problem}): ${error.advice}`);
  }
}
