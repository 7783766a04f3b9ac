/** Bolt's and the Web API client's log lines, through briefbot's logger: one format, secrets redacted alike. */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logger.js';

/** Levels from the most to the least severe: a level logs itself and those before it. */
const LEVELS: readonly LogLevel[] = [LogLevel.ERROR, LogLevel.WARN, LogLevel.INFO, LogLevel.DEBUG];

/** One log line of Bolt's arguments (strings, errors, objects), as Bolt's console logger joins them. */
export function boltLine(parts: readonly unknown[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p))).join(' ');
}

/**
 * A Bolt logger writing through `logger`, prefixed `slack: ` so that an operator tells Bolt's lines from briefbot's;
 * debug lines are dropped below {@link LogLevel.DEBUG}. Each app builds its own.
 * @example boltLogger(logger, LogLevel.WARN).warn('socket closed') // logger.warn('slack: socket closed')
 */
export function boltLogger(logger: Logger, initial: LogLevel): BoltLogger {
  let level = initial;
  const shown = (at: LogLevel): boolean => LEVELS.indexOf(at) <= LEVELS.indexOf(level);
  const write = (at: LogLevel, parts: unknown[]): void => {
    if (!shown(at)) return;
    const line = `slack: ${boltLine(parts)}`;
    if (at === LogLevel.ERROR) logger.error(line);
    else if (at === LogLevel.WARN) logger.warn(line);
    else logger.info(line);
  };
  return {
    debug: (...parts: unknown[]) => write(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => write(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => write(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => write(LogLevel.ERROR, parts),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
