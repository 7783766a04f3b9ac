/**
 * Work under way: Slack is acknowledged before a listener answers, so stopping the HTTP server does not mean every
 * answer has been sent. The app tracks each request's listener work here, and shutdown waits for it (bounded).
 */

/** How long shutdown waits for answers under way before closing the database anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** A set of promises under way, and a way to wait until none is. */
export interface Inflight {
  /** Count `work` as under way until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** How many are under way now. */
  size(): number;
  /** Resolves once nothing is under way, including work that started while waiting. */
  idle(): Promise<void>;
  /** Wait until nothing is under way or `ms` have passed: true when everything finished in time. */
  drain(ms?: number): Promise<boolean>;
}

/** A sleep whose timer does not keep the process alive. */
const unrefSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * A new, empty {@link Inflight}; `drain` times out through `sleep` (by default a timer that does not hold the
 * process).
 */
export function createInflight(sleep: (ms: number) => Promise<void> = unrefSleep): Inflight {
  const pending = new Set<Promise<unknown>>();
  const idle = async (): Promise<void> => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };
  return {
    track: (work) => {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return work;
    },
    size: () => pending.size,
    idle,
    drain: (ms = SHUTDOWN_GRACE_MS) => Promise.race([idle().then(() => true), sleep(ms).then(() => false)]),
  };
}
