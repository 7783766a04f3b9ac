/**
 * What Slack conversations need remembered for a while, kept in the store (so that it survives a restart and every
 * process sharing the database sees it): the event ids answered, and what each thread asked last.
 */
import type { QuestionContext } from '../ask/question.js';
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
