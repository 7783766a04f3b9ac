import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../src/logger.js';

const TOKEN = 'xoxb-123456789012-abcdefghijkl';
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

describe('logging', () => {
  it('never writes a token or the signing secret, even inside an error', () => {
    const lines: string[] = [];
    const logger = createLogger((l) => lines.push(l), [TOKEN, SECRET]);
    logger.info(`connecting with ${TOKEN}`);
    logger.warn(`signature ${SECRET} did not match`);
    logger.error('request failed', new Error(`401 for token=${TOKEN}`));
    const all = lines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET);
    expect(all.match(/\[redacted\]/g)).toHaveLength(3);
  });

  it('leaves short strings alone so that ordinary words are not redacted', () => {
    expect(redact('the bot is ok', ['ok'])).toBe('the bot is ok');
  });

  it('starts each line as every operator message does, then says when it is a warning or an error', () => {
    const lines: string[] = [];
    const logger = createLogger((l) => lines.push(l));
    logger.info('ready: 5 briefings');
    logger.warn('skipped x.txt: binary file');
    logger.error('could not answer', 'a cause');
    expect(lines).toEqual([
      'briefbot: ready: 5 briefings',
      'briefbot: warning: skipped x.txt: binary file',
      'briefbot: error: could not answer: a cause',
    ]);
  });
});
