/**
 * What Slack conversations need remembered for a while, kept in the store (so that it survives a restart and every
 * process sharing the database sees it): the event ids answered, and what each thread asked last.
 */
import type { QuestionContext } from '../ask/follow-up.js';
import type { Store } from '../store/types.js';

/**
 * True the first time an event id is claimed (by this process, another sharing the database, or before a restart)
 * within the store's expiry of event ids, false after: Slack delivers an event again when it thinks the first
 * delivery failed (`X-Slack-Retry-Num`), with the same `event_id`.
 */
export function firstTime(store: Pick<Store, 'claimEvent'>, id: string | undefined, now: Date): boolean {
  return !id || store.claimEvent(id, now);
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** True for a {@link QuestionContext} as saved (its optional fields, and any added later, pass through whole). */
export function isQuestionContext(value: unknown): value is QuestionContext {
  if (typeof value !== 'object' || value === null) return false;
  const { people, filter, facets } = value as Record<string, unknown>;
  return (
    isStrings(people) &&
    typeof filter === 'object' &&
    filter !== null &&
    !Array.isArray(filter) &&
    (facets === undefined || isStrings(facets))
  );
}

/** What a thread asked last, unless it is older than the store keeps threads (or not a question's context). */
export function threadAsked(
  store: Pick<Store, 'threadContext'>,
  thread: string,
  now: Date,
): QuestionContext | undefined {
  const saved = store.threadContext(thread, now);
  return isQuestionContext(saved) ? saved : undefined;
}

/**
 * True the first time a message is claimed (`channel` and `ts`), false after: a mention in a DM or a group DM can come
 * both as a `message` and as an `app_mention` event, with different event ids, and is answered once.
 */
export const firstTimeMessage = (store: Pick<Store, 'claimEvent'>, channel: string, ts: string, now: Date): boolean =>
  store.claimEvent(`message:${channel}:${ts}`, now);

/**
 * True when someone is to be told where briefbot answers (not yet told in this channel within the week threads are
 * kept), and notes that they now are.
 */
export function firstNote(
  store: Pick<Store, 'threadContext' | 'saveThreadContext'>,
  channel: string,
  user: string,
  now: Date,
): boolean {
  const key = `note:${channel}:${user}`;
  if (store.threadContext(key, now)) return false;
  store.saveThreadContext(key, { noted: true }, now);
  return true;
}

/** Remember that a conversation is a group DM (seen in a `message` event), for its mentions, which do not say so. */
export const rememberGroupDm = (store: Pick<Store, 'saveThreadContext'>, channel: string, now: Date): void =>
  store.saveThreadContext(`mpim:${channel}`, { mpim: true }, now);

/** True when a conversation was seen to be a group DM within the week threads are kept. */
export const isGroupDm = (store: Pick<Store, 'threadContext'>, channel: string, now: Date): boolean =>
  store.threadContext(`mpim:${channel}`, now) !== undefined;
