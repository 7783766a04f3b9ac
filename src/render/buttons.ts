/** What a button carries: the command that gives the answer again, and the page to show. */
export interface ButtonValue {
  command: string;
  page: number;
}

export const SHARE_ACTION = 'brief_share';
export const PAGE_ACTION = 'brief_page';
export const BUTTON_VALUE_MAX = 2000;

/** Encode a button value; undefined when it would not fit in Slack's 2000 characters. */
export function encodeButtonValue(v: ButtonValue): string | undefined {
  const s = JSON.stringify({ c: v.command, p: v.page });
  return s.length <= BUTTON_VALUE_MAX ? s : undefined;
}

/**
 * Decode a button value; undefined for anything briefbot did not write.
 * @example decodeButtonValue('{"c":"search dasu","p":2}') // → { command: 'search dasu', page: 2 }
 */
export function decodeButtonValue(value: string | undefined): ButtonValue | undefined {
  if (!value) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== 'object' || v === null) return undefined;
    const { c, p } = v as Record<string, unknown>;
    if (typeof c !== 'string' || typeof p !== 'number' || !Number.isInteger(p) || p < 1) return undefined;
    return { command: c, page: p };
  } catch {
    return undefined;
  }
}

/** The 👍 and 👎 buttons' action ids: `brief_vote_up`, `brief_vote_down`. */
export const VOTE_ACTION = 'brief_vote';
/** The Export CSV button's action id; its value is a {@link ButtonValue} of the meetings command. */
export const CSV_ACTION = 'brief_csv';

/** Slack's own answer ids are UUIDs; anything of these characters up to 100 long is taken. */
const ANSWER_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The value of a 👍 or 👎 button: the id of the answer it rates (what a vote stores is kept in the store under it).
 * @example encodeVoteValue('7c9e…') // → '{"a":"7c9e…"}'
 */
export const encodeVoteValue = (answerId: string): string => JSON.stringify({ a: answerId });

/**
 * The answer id a 👍 or 👎 button carries (or a feedback form's private metadata); undefined for anything briefbot
 * did not write.
 * @example decodeVoteValue('{"a":"7c9e"}') // → '7c9e'
 */
export function decodeVoteValue(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    const a = typeof v === 'object' && v !== null ? (v as Record<string, unknown>).a : undefined;
    return typeof a === 'string' && ANSWER_ID.test(a) ? a : undefined;
  } catch {
    return undefined;
  }
}
