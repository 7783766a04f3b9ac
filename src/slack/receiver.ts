/**
 * The HTTP receiver: Bolt's, with one more check of the request's age. Bolt refuses a signed request dated more than
 * five minutes in the past; a request dated ahead of the clock is as suspect (a replay prepared in advance, or a host
 * whose clock is wrong), so one dated more than five minutes in the future is refused as well, before Bolt reads it.
 */
import { HTTPReceiver, type Logger as BoltLogger, type HTTPReceiverOptions } from '@slack/bolt';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** How far a request's timestamp may be from the clock, either way: Slack's own rule. */
export const REQUEST_MAX_SKEW_S = 5 * 60;

/**
 * Whether a request's `X-Slack-Request-Timestamp` (whole seconds) is dated more than {@link REQUEST_MAX_SKEW_S}
 * ahead of `nowMs`. A missing or unreadable header is not: Bolt's verification refuses it.
 * @example datedAhead('1700000400', 1_700_000_000_000) // → true
 */
export function datedAhead(header: string | string[] | undefined, nowMs: number): boolean {
  const ts = typeof header === 'string' && /^\s*\d+\s*$/.test(header) ? Number(header) : undefined;
  return ts !== undefined && ts - Math.floor(nowMs / 1000) > REQUEST_MAX_SKEW_S;
}

/**
 * Bolt's HTTP receiver, refusing (401, as Bolt answers a stale one) a request dated too far ahead of `now` on the
 * way in; everything else is Bolt's.
 */
export function httpReceiver(options: HTTPReceiverOptions & { logger: BoltLogger }, now: () => number): HTTPReceiver {
  const receiver = new HTTPReceiver(options);
  const bolts = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse): void => {
    if (!datedAhead(req.headers['x-slack-request-timestamp'], now())) {
      bolts(req, res);
      return;
    }
    options.logger.warn("refused a request dated more than 5 minutes ahead of this host's clock");
    req.resume();
    res.writeHead(401).end();
  };
  return receiver;
}
