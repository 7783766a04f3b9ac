import { DEFAULT_DIGEST_TIME, parseDigestCommand, type DigestCommand } from '../ask/digest-command.js';
import { deliverDigest, type DigestDeps } from '../digest/schedule.js';
import { StoreUnavailableError, type Subscription } from '../store/types.js';
import { buildNoticeMessage } from '../render/blocks.js';
import type { SlackMessage } from '../render/limits.js';

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
  announce: (channel: string, text: string) => Promise<void>;
}

/** The words that announce a change in the channel. */
export const turnedOn = (user: string, s: Subscription): string =>
  `<@${user}> turned on the daily briefing digest: ${s.time} ${s.timezone}`;
export const turnedOff = (user: string): string => `<@${user}> turned off the daily briefing digest.`;
export const NO_DIGEST =
  'This channel gets no daily digest. Turn it on with `/brief digest on 09:00 Asia/Karachi` (time and timezone are optional).';
export const NOTHING_NEW =
  'Nothing to post today: no new briefings, no meetings coming up and none on this day in earlier years.';
export const CANNOT_POST_NOW =
  'briefbot cannot post in this channel. Invite it with `/invite @briefbot`, then try `/brief digest now` again.';
export const ANNOUNCE_FAILED =
  'The digest is set, but briefbot could not post here. Invite it with `/invite @briefbot` so that the digest can be posted.';

/**
 * What a user is told when the database refuses a digest command: what cannot be done, what is wrong (the explained
 * database error), what whoever runs briefbot should do, and that answering still works.
 * @example storeUnavailableText('on', error) // → 'Digest settings cannot be saved: the database at ./data/briefbot.db is read-only. …'
 */
export function storeUnavailableText(action: 'on' | 'off' | 'status' | 'now', error: StoreUnavailableError): string {
  const what =
    action === 'now'
      ? 'The digest cannot be posted now'
      : action === 'status'
        ? 'Digest settings cannot be read'
        : 'Digest settings cannot be saved';
  return `${what}: ${error.problem}. For whoever runs briefbot: ${error.advice}. Searches and questions still work.`;
}

/** Describe a subscription for `/brief digest status`. */
export function statusText(s: Subscription | undefined, lastPosted?: string): string {
  if (!s) return NO_DIGEST;
  const paused = s.pausedReason
    ? ` It is paused (${s.pausedReason}): invite briefbot to the channel and turn it on again with \`/brief digest on\`.`
    : '';
  return `This channel gets the daily briefing digest at ${s.time} ${s.timezone}.${lastPosted ? ` The last one was decided on ${lastPosted}.` : ''}${paused} Turn it off with \`/brief digest off\`.`;
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
  const cmd = parseDigestCommand(src.text);
  if ('error' in cmd) return buildNoticeMessage(`:warning: ${cmd.error}`);
  try {
    return await runDigestCommand(cmd, src, slack, deps, defaultTimezone);
  } catch (error) {
    if (error instanceof StoreUnavailableError) return buildNoticeMessage(storeUnavailableText(cmd.action, error));
    throw error;
  }
}

/** The digest command proper; a database refusal is thrown, for {@link handleDigestCommand} to explain. */
async function runDigestCommand(
  cmd: Exclude<DigestCommand, { error: string }>,
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
      return announce(slack, src.channel, turnedOff(src.user));
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
      return announce(slack, src.channel, turnedOn(src.user, sub));
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
      const quiet = current ? deps : { ...deps, notify: async () => {} };
      const result = await deliverDigest({ ...sub, pausedReason: undefined }, quiet, true);
      if (result === 'empty') return buildNoticeMessage(NOTHING_NEW);
      if (result === 'paused' || result === 'failed')
        return buildNoticeMessage(current ? ANNOUNCE_FAILED : CANNOT_POST_NOW);
      if (current?.pausedReason) {
        try {
          deps.store.saveSubscription({ ...current, updatedAt: deps.clock().toISOString() });
        } catch (error) {
          if (!(error instanceof StoreUnavailableError)) throw error;
          return buildNoticeMessage(`The digest was posted, but it stays paused. ${storeUnavailableText('on', error)}`);
        }
      }
      return undefined;
    }
  }
}

async function announce(slack: DigestSlack, channel: string, text: string): Promise<SlackMessage | undefined> {
  try {
    await slack.announce(channel, text);
    return undefined;
  } catch {
    return buildNoticeMessage(`${text.replace(/^<@[A-Z0-9]+> /, 'You ')} ${ANNOUNCE_FAILED}`);
  }
}
