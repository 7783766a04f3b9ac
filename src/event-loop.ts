/** Let the event loop run what is waiting (timers, I/O, Slack requests) before a long task goes on. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
