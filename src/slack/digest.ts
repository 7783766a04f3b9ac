/** `/brief digest …` in Slack, and digest delivery through the Web API: the digest's sender, built here. */
import type { webApi } from '@slack/bolt';
import { DEFAULT_DIGEST_TIME, parseDigestCommand, type DigestCommand } from '../ask/digest-command.js';
import {
  announceFailedText,
  APOLOGY,
  CANNOT_POST_NOW,
  ANNOUNCE_FAILED,
  NO_DIGEST,
  NOTHING_NEW,
  postedStillPausedText,
  statusText,
  storeUnavailableText,
  turnedOff,
  turnedOn,
} from '../ask/messages.js';
import { deliverDigest, type DigestDeps } from '../digest/schedule.js';
import type { Notice } from '../digest/types.js';
import { buildNoticeMessage } from '../render/blocks.js';
import { buildDigestMessage } from '../render/digest.js';
import { digestFacts } from '../render/feedback.js';
import { rateAnswers } from './feedback.js';
import type { SlackMessage } from '../render/limits.js';
import { ok } from '../result.js';
import { isStoreUnavailable, type Subscription } from '../store/types.js';
import { sendWeb, type Sent } from './send.js';

/** Where a digest command was typed, and by whom. */
export interface DigestCommandSource {
  text: string;
  channel: string;
  team: string;
  user: string;
}

/** What answering a digest command needs from Slack: the user's timezone, and a way to announce in the channel. */
export interface DigestSlack {
  userTimezone: (user: string) => Promise<string | undefined>;
  announce: (channel: string, message: SlackMessage) => Promise<Sent<unknown>>;
}

/** What delivering digests needs besides the sender (and a new id for each digest given 👍 and 👎). */
export type DigestBase = Pick<DigestDeps, 'store' | 'context' | 'clock' | 'logger'> & { newId?: () => string };

/**
 * Digest delivery through a Web API client (an app's, or a listener's): render the digest (with 👍 and 👎) and post
 * it in the channel, tell a subscriber by DM. Slack's retries and its failures are {@link sendWeb}'s: the digest sees
 * results.
 */
export function slackDigestDeps(app: { client: webApi.WebClient }, deps: DigestBase): DigestDeps {
  const { client } = app;
  return {
    store: deps.store,
    context: deps.context,
    clock: deps.clock,
    logger: deps.logger,
    post: async (channel, digest) => {
      const id = rateAnswers(deps, { surface: 'digest', channel })(digestFacts(digest));
      const message = buildDigestMessage(digest, id);
      const sent = await sendWeb(() =>
        client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false }),
      );
      return sent.ok ? ok(sent.value.ts ? { ts: sent.value.ts } : {}) : sent;
    },
    notify: (user, notice) => sendWeb(() => client.chat.postMessage({ channel: user, ...buildNoticeMessage(notice) })),
  };
}

/** What a digest command needs from Slack, through a Web API client. */
export function slackDigestSlack(client: webApi.WebClient): DigestSlack {
  return {
    userTimezone: async (user) => {
      const info = await sendWeb(() => client.users.info({ user }));
      return info.ok ? info.value.user?.tz : undefined;
    },
    announce: (channel, message) => sendWeb(() => client.chat.postMessage({ channel, ...message })),
  };
}

/**
 * Answer `/brief digest on|off|status|now`: change the subscription and announce it in the channel, or post the
 * digest now. Returns the private reply, if any. A bad time or timezone changes nothing.
 */
export async function handleDigestCommand(
  src: DigestCommandSource,
  slack: DigestSlack,
  deps: DigestDeps,
  defaultTimezone?: string,
): Promise<SlackMessage | undefined> {
  const parsed = parseDigestCommand(src.text);
  if (!parsed.ok) return buildNoticeMessage(`:warning: ${parsed.error}`);
  const cmd = parsed.value;
  try {
    return await runDigestCommand(cmd, src, slack, deps, defaultTimezone);
  } catch (error) {
    if (isStoreUnavailable(error)) return buildNoticeMessage(storeUnavailableText(cmd.action, error));
    throw error;
  }
}

/** {@link handleDigestCommand}, with anything unexpected logged and answered with the apology: it never throws. */
export function answerDigestCommand(
  src: DigestCommandSource,
  slack: DigestSlack,
  deps: DigestDeps,
  defaultTimezone?: string,
): Promise<SlackMessage | undefined> {
  return handleDigestCommand(src, slack, deps, defaultTimezone).catch((error: unknown) => {
    deps.logger.error('digest command failed', error);
    return buildNoticeMessage(APOLOGY);
  });
}

/** The digest command proper; a database refusal is thrown, for {@link handleDigestCommand} to explain. */
async function runDigestCommand(
  cmd: DigestCommand,
  src: DigestCommandSource,
  slack: DigestSlack,
  deps: DigestDeps,
  defaultTimezone?: string,
): Promise<SlackMessage | undefined> {
  const current = deps.store.getSubscription(src.channel);
  switch (cmd.action) {
    case 'status': {
      const status = statusText(current, current ? deps.store.lastDigest(src.channel)?.localDate : undefined);
      const unavailable = deps.store.unavailable;
      return buildNoticeMessage(unavailable ? `${status}\n${storeUnavailableText('on', unavailable)}` : status);
    }
    case 'off': {
      if (!current) return buildNoticeMessage(NO_DIGEST);
      deps.store.removeSubscription(src.channel);
      return announce(slack, src.channel, { text: turnedOff(src.user), users: [src.user] });
    }
    case 'on': {
      const timezone = cmd.timezone ?? defaultTimezone ?? (await slack.userTimezone(src.user)) ?? 'UTC';
      const sub: Subscription = {
        channel: src.channel,
        team: src.team,
        time: cmd.time ?? current?.time ?? DEFAULT_DIGEST_TIME,
        timezone,
        subscriber: src.user,
        updatedAt: deps.clock().toISOString(),
      };
      deps.store.saveSubscription(sub);
      return announce(slack, src.channel, { text: turnedOn(src.user, sub), users: [src.user] });
    }
    case 'now': {
      const sub = current ?? {
        channel: src.channel,
        team: src.team,
        time: DEFAULT_DIGEST_TIME,
        timezone: defaultTimezone ?? (await slack.userTimezone(src.user)) ?? 'UTC',
        subscriber: src.user,
        updatedAt: deps.clock().toISOString(),
      };
      // Without a subscription there is no subscriber to tell about a pause.
      const quiet: DigestDeps = current ? deps : { ...deps, notify: async () => ok(undefined) };
      const result = await deliverDigest({ ...sub, pausedReason: undefined }, quiet, true);
      if (result === 'empty') return buildNoticeMessage(NOTHING_NEW);
      if (result === 'paused' || result === 'failed')
        return buildNoticeMessage(current ? ANNOUNCE_FAILED : CANNOT_POST_NOW);
      if (current?.pausedReason) {
        try {
          deps.store.saveSubscription({ ...current, updatedAt: deps.clock().toISOString() });
        } catch (error) {
          if (!isStoreUnavailable(error)) throw error;
          return buildNoticeMessage(postedStillPausedText(error));
        }
      }
      return undefined;
    }
  }
}

/** Announce a change in the channel; when that cannot be done, tell the user privately instead. */
async function announce(slack: DigestSlack, channel: string, notice: Notice): Promise<SlackMessage | undefined> {
  const announced = await slack.announce(channel, buildNoticeMessage(notice));
  return announced.ok ? undefined : buildNoticeMessage({ ...notice, text: announceFailedText(notice.text) });
}
