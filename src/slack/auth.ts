/**
 * The tokens checked before briefbot says it runs: the bot token with `auth.test`, and in Socket Mode the app-level
 * token with `apps.connections.open`. A token Slack refuses is a wrong setting: said in one line that names it and
 * what to do, never a stack trace. A Slack that cannot be reached (no network, 5xx, 429, no answer in time) is waited
 * for, with back-off, saying so in the log.
 */
import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import { BriefbotError } from '../errors.js';
import type { Logger } from '../logger.js';
import { fail, ok, type Result } from '../result.js';
import { classifyFailure, slackErrorCode } from './send.js';

/** Who the bot token says briefbot is: what Bolt would otherwise ask `auth.test` for itself. */
export interface SlackIdentity {
  botUserId: string;
  botId: string;
  teamId?: string;
}

/** How long to wait before the next try at an unreachable Slack: doubling from the first, up to the longest. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/** 1 s, 2 s, 4 s … up to a minute between tries, for as long as it takes. */
export const DEFAULT_BACKOFF: Backoff = { firstMs: 1000, maxMs: 60_000 };

/** What checking the tokens needs: a logger, a way to wait (tests pass one that does not), the back-off, a time-out. */
export interface CheckDeps {
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  backoff?: Backoff;
  /** How long one try may take before it counts as no answer. */
  timeoutMs?: number;
}

/** The token settings briefbot checks. */
type TokenSetting = 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';

/** What to do about each token setting Slack refuses: where to get a good one. */
const WHERE: Record<TokenSetting, string> = {
  SLACK_BOT_TOKEN:
    "reinstall the app to your workspace (the app's OAuth & Permissions page at https://api.slack.com/apps → " +
    'Reinstall to Workspace) and copy its Bot User OAuth Token (xoxb-…) into SLACK_BOT_TOKEN',
  SLACK_APP_TOKEN:
    "create an app-level token with the connections:write scope (the app's Basic Information page at " +
    'https://api.slack.com/apps → App-Level Tokens) and copy it (xapp-…) into SLACK_APP_TOKEN',
};

/** Slack error codes of a Slack that is there but cannot answer now: tried again, as network failures are. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'fatal_error',
  'internal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

/**
 * The problem and the advice for a token Slack refused with `code`, naming the setting.
 * @example tokenRefused('SLACK_BOT_TOKEN', 'invalid_auth').problem
 *   // → 'SLACK_BOT_TOKEN is not accepted by Slack (invalid_auth)'
 */
export function tokenRefused(setting: TokenSetting, code: string): BriefbotError {
  const problem = ((): string => {
    switch (code) {
      case 'invalid_auth':
      case 'not_authed':
        return `${setting} is not accepted by Slack (${code})`;
      case 'token_revoked':
      case 'token_expired':
        return `${setting} is no longer valid (${code}): the app was uninstalled, or the token revoked`;
      case 'account_inactive':
        return `${setting} belongs to a deactivated bot or workspace (account_inactive)`;
      case 'not_allowed_token_type':
        return `${setting} is not the kind of token it must be (not_allowed_token_type)`;
      default:
        return `Slack refused ${setting} (${code})`;
    }
  })();
  return new BriefbotError('SLACK_TOKEN_REFUSED', problem, WHERE[setting]);
}

/** What one try at a token came to. */
type TokenTry<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'refused'; error: BriefbotError }
  | { kind: 'unreachable'; reason: string; waitMs?: number };

/**
 * Read a failed call: a token Slack refused, a Web API address that is wrong (a 4xx other than 429), or a Slack that
 * cannot be reached just now; anything else (a bug) is thrown.
 */
export function readTokenFailure(error: unknown, setting: TokenSetting, apiUrl: string): TokenTry<never> {
  const e = error as { code?: string; statusCode?: number; retryAfter?: number };
  const code = slackErrorCode(error);
  if (e.code === 'slack_webapi_platform_error' && code && !TRANSIENT_CODES.has(code))
    return { kind: 'refused', error: tokenRefused(setting, code) };
  if (e.code === 'slack_webapi_http_error' && e.statusCode !== undefined && e.statusCode < 500 && e.statusCode !== 429)
    return {
      kind: 'refused',
      error: new BriefbotError(
        'SLACK_TOKEN_REFUSED',
        `Slack's Web API at ${apiUrl} answered HTTP ${e.statusCode}`,
        'check SLACK_API_URL (unset it for slack.com; GovSlack is https://slack-gov.com/api/)',
      ),
    };
  if (e.code === 'slack_webapi_rate_limited_error')
    return { kind: 'unreachable', reason: 'rate limited', ...(e.retryAfter ? { waitMs: e.retryAfter * 1000 } : {}) };
  const failure = classifyFailure(error);
  if ('failed' in failure && failure.cause !== undefined) throw error;
  return { kind: 'unreachable', reason: 'cannotPost' in failure ? failure.cannotPost : failure.failed };
}

/**
 * Try `call` until Slack answers it or refuses the token; while Slack cannot be reached, log why and when the next
 * try is, and wait (doubling, up to the back-off's longest, or as a 429 asks).
 */
async function untilAnswered<T>(
  call: () => Promise<T>,
  setting: TokenSetting,
  apiUrl: string,
  deps: CheckDeps,
): Promise<Result<T, BriefbotError>> {
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  for (let wait = backoff.firstMs; ; wait = Math.min(wait * 2, backoff.maxMs)) {
    let outcome: TokenTry<T>;
    try {
      outcome = { kind: 'ok', value: await call() };
    } catch (error) {
      outcome = readTokenFailure(error, setting, apiUrl);
    }
    if (outcome.kind === 'ok') return ok(outcome.value);
    if (outcome.kind === 'refused') return fail(outcome.error);
    const ms = outcome.waitMs ?? wait;
    deps.logger.warn(`Slack unreachable (${outcome.reason}); trying again in ${secondsText(ms)}`);
    await deps.sleep(ms);
  }
}

/** "1 s", "1.5 s". */
const secondsText = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** A Web API client for the check: no retries of its own (the check does them, saying so), one time-out per try. */
function checkClient(token: string, config: SlackConfig, timeoutMs: number): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    timeout: timeoutMs,
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
    logger: quietLogger,
  });
}

/** The check's client says nothing itself: what matters is logged by the check. */
const quietLogger: webApi.Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => webApi.LogLevel.ERROR,
  setName: () => {},
};

/**
 * Check the tokens of a Slack config before briefbot starts taking requests: `auth.test` with the bot token (giving
 * the identity Bolt needs, so that it does not ask again), then, in Socket Mode, `apps.connections.open` with the
 * app-level token. Waits for an unreachable Slack; a refused token comes back as the error to tell the operator.
 */
export async function checkSlackTokens(
  config: SlackConfig,
  deps: CheckDeps,
): Promise<Result<SlackIdentity, BriefbotError>> {
  const apiUrl = config.slackApiUrl ?? 'https://slack.com/api/';
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const bot = checkClient(config.botToken, config, timeoutMs);
  const auth = await untilAnswered(() => bot.auth.test(), 'SLACK_BOT_TOKEN', apiUrl, deps);
  if (!auth.ok) return auth;
  const { user_id: botUserId, bot_id: botId, team_id: teamId } = auth.value;
  if (!botUserId || !botId)
    return fail(
      new BriefbotError(
        'SLACK_TOKEN_REFUSED',
        'SLACK_BOT_TOKEN is not a bot token: Slack names no bot user for it',
        WHERE.SLACK_BOT_TOKEN,
      ),
    );
  if (config.mode === 'socket' && config.appToken) {
    const app = checkClient(config.appToken, config, timeoutMs);
    const opened = await untilAnswered(() => app.apps.connections.open({}), 'SLACK_APP_TOKEN', apiUrl, deps);
    if (!opened.ok) return opened;
  }
  return ok({ botUserId, botId, ...(teamId ? { teamId } : {}) });
}
