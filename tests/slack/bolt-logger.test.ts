import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { boltLine, boltLogger } from '../../src/slack/bolt-logger.js';

describe('boltLogger', () => {
  it("writes Bolt's warnings and errors as briefbot's lines, secrets redacted, and drops what is below its level", () => {
    const lines: string[] = [];
    const logger = boltLogger(
      createLogger((l) => lines.push(l), ['xoxb-secret-token']),
      LogLevel.WARN,
    );
    logger.debug('body', { token: 'xoxb-secret-token' });
    logger.info('listening');
    logger.warn('socket closed for', 'xoxb-secret-token');
    logger.error(new Error('An API error occurred: invalid_auth'));
    expect(lines).toEqual([
      'briefbot: warning: slack: socket closed for [redacted]',
      'briefbot: error: slack: An API error occurred: invalid_auth',
    ]);
    logger.setLevel(LogLevel.INFO);
    logger.info('listening');
    expect(logger.getLevel()).toBe(LogLevel.INFO);
    expect(lines.at(-1)).toBe('briefbot: slack: listening');
  });

  it('joins strings, errors and objects as one line', () => {
    expect(boltLine(['status', 429, { retry: 1 }, new Error('boom')])).toBe('status 429 {"retry":1} boom');
  });
});
