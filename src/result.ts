/**
 * The one shape of an expected failure (bad input, a file that cannot be used, a setting that is wrong): a value, or
 * what is wrong in words a user or operator can act on. Unexpected failures are thrown as {@link BriefbotError}.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** A result with a value. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** A result with what went wrong. */
export const fail = <E = string>(error: E): { ok: false; error: E } => ({ ok: false, error });
