/** The app's error handler, called directly. */
import { describe, expect, it } from 'vitest';
import { listenerError } from '../../../src/slack/listeners/error.js';
import { memoryLogger } from '../../helpers.js';

describe('listenerError', () => {
  it('logs what a listener threw, once, with its cause', async () => {
    const logger = memoryLogger();
    await listenerError({ logger })(new Error('An API error occurred: invalid_blocks'));
    expect(logger.lines).toEqual([
      expect.stringMatching(/^briefbot: error: Slack listener failed: Error: An API error occurred: invalid_blocks/),
    ]);
  });
});
