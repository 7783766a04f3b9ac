/** What a listener threw (a Web API call that failed for good, a bug): logged, never shown to Slack. */
import type { Logger } from '../../logger.js';

/** The app's error handler: one log line with the cause. */
export function listenerError(deps: { logger: Logger }): (error: Error) => Promise<void> {
  return async (error) => {
    deps.logger.error('Slack listener failed', error);
  };
}
