// Named imports: a default import of this CommonJS package is `module.exports` under Node but `exports.default`
// (the App class) under interop that honours __esModule (vitest, bundlers), where `bolt.LogLevel` is undefined.
import { App, LogLevel } from '@slack/bolt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App as BoltApp, BlockAction, ButtonAction } from '@slack/bolt';
import type { AskContext } from '../ask/types.js';
import type { SlackConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { PAGE_ACTION, SHARE_ACTION } from '../render/buttons.js';
import { buildNoticeMessage } from '../render/blocks.js';
import { handleDigestCommand, type DigestSlack } from './digest.js';
import { buildHomeView } from '../render/home.js';
import type { Store } from '../store/types.js';
import type { DigestDeps } from '../digest/schedule.js';
import {
  answerOrApologise,
  APOLOGY,
  CANNOT_POST,
  SHARE_FAILED,
  conversationAnswer,
  NOT_ALLOWED_TO_POST,
  privateAnswer,
  publicAnswer,
  readButton,
  slackErrorCode,
  stripMentions,
} from './handlers.js';
import { boundedMap, firstTime } from './memory.js';
import { DEFAULT_RETRY_POLICY, respondWithRetries, type ResponseMessage, type RetryPolicy } from './deliver.js';
import { createInflight, type Inflight } from './inflight.js';
import type { QuestionContext } from '../ask/question.js';
import type { SlackMessage } from '../render/limits.js';

/** How many threads (for follow-ups) and event ids (for retries) an app remembers. */
export const MEMORY_LIMIT = 5000;

/** The slash command briefbot answers; manifest.yml declares the same. */
export const BRIEF_COMMAND = '/brief';

/** What the Slack app needs: its config, the current answering context, a logger, and Web API client options. */
export interface SlackAppDeps {
  config: SlackConfig;
  context: () => AskContext;
  logger: Logger;
  /** What survives a restart: digest subscriptions, digests decided, articles first seen. */
  store: Store;
  clock: () => Date;
  /** Waits for Slack's Retry-After and between retries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Retry policy of the Web API client, which itself waits out a 429's Retry-After and tries 5xx answers and
   * timeouts again; default {@link DEFAULT_WEB_API_RETRY}.
   */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number; randomize?: boolean };
  /** How replies through a response_url are tried again, and how long any Slack request may take; default {@link DEFAULT_RETRY_POLICY}. */
  retry?: RetryPolicy;
  /** What `GET /healthz` reports in HTTP mode. */
  health?: () => Health;
}

/** The Web API client's retries in production: three more tries, 1–2, 2–4 and 4–8 s apart (randomized), each bounded by the timeout. */
export const DEFAULT_WEB_API_RETRY = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 30_000, randomize: true };

/** A built app, and the listener work it has under way (what shutdown waits for before closing the database). */
export type SlackApp = BoltApp & { inflight: Inflight };

/** Readiness and corpus figures, for `GET /healthz`. */
export interface Health {
  ready: boolean;
  briefings: number;
  meetings: number;
  skippedFiles: number;
}

/** The `/healthz` route: 200 with the figures when ready, 503 while the first corpus load is under way. */
function healthRoute(health: () => Health): {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
} {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const h = health();
      res.writeHead(h.ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(h));
    },
  };
}

/** The injected sleep, or a real one. */
const sleepOf = (deps: SlackAppDeps): ((ms: number) => Promise<void>) =>
  deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));

/** Digest delivery through an app's Web API client: post in a channel, tell a subscriber by DM. */
export function slackDigestDeps(app: BoltApp, deps: SlackAppDeps): DigestDeps {
  return {
    store: deps.store,
    context: deps.context,
    clock: deps.clock,
    logger: deps.logger,
    sleep: sleepOf(deps),
    post: async (channel, message) => {
      const r = await app.client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
      return r.ts ? { ts: r.ts } : {};
    },
    notify: async (user, text) => {
      await app.client.chat.postMessage({ channel: user, text });
    },
  };
}

/** Wire the listeners: each acknowledges, asks, renders and responds; no business logic here. */
function registerListeners(app: BoltApp, deps: SlackAppDeps): void {
  const { context, logger } = deps;
  const replyDeps = {
    fetch: (...args: Parameters<typeof fetch>) => globalThis.fetch(...args),
    sleep: sleepOf(deps),
    policy: deps.retry ?? DEFAULT_RETRY_POLICY,
    logger,
  };
  /** Reply through a response_url, tried again while Slack is rate limiting, failing or slow; never throws. */
  const reply = (url: string | undefined, message: ResponseMessage, what: string): Promise<boolean> =>
    respondWithRetries(replyDeps, url, message, what);
  const threads = boundedMap<string, QuestionContext>(MEMORY_LIMIT);
  const seen = boundedMap<string, true>(MEMORY_LIMIT);
  /** Answer a mention or a DM in its thread, remembering what it asked; a failure gets the apology. */
  const converse = (text: string, thread: string): SlackMessage =>
    answerOrApologise(logger, `"${text}"`, () => {
      const { message, context: asked } = conversationAnswer(text, context(), threads.get(thread), false);
      if (asked) threads.set(thread, asked);
      return message;
    });

  const digests = slackDigestDeps(app, deps);
  const digestSlack: DigestSlack = {
    userTimezone: async (user) => (await app.client.users.info({ user }).catch(() => undefined))?.user?.tz,
    announce: async (channel, text) => {
      await app.client.chat.postMessage({ channel, text });
    },
  };

  app.command(BRIEF_COMMAND, async ({ command, ack }) => {
    await ack();
    if (/^\s*digest\b/i.test(command.text)) {
      const src = {
        text: command.text.replace(/^\s*digest\b/i, ''),
        channel: command.channel_id,
        team: command.team_id,
        user: command.user_id,
      };
      const answer = await handleDigestCommand(src, digestSlack, digests, deps.config.timezone).catch(
        (error: unknown) => {
          logger.error('digest command failed', error);
          return buildNoticeMessage(APOLOGY);
        },
      );
      if (answer)
        await reply(
          command.response_url,
          { response_type: 'ephemeral', ...answer },
          `the answer to /brief ${command.text}`,
        );
      return;
    }
    const message = answerOrApologise(logger, `/brief ${command.text}`, () => privateAnswer(command.text, context()));
    await reply(
      command.response_url,
      { response_type: 'ephemeral', ...message },
      `the answer to /brief ${command.text}`,
    );
  });

  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({
      user_id: event.user,
      view: buildHomeView(context(), deps.store.listSubscriptions(body.team_id)),
    });
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const button = readButton(action.value);
    if ('blocks' in button)
      return void (await reply(
        body.response_url,
        { response_type: 'ephemeral', replace_original: false, ...button },
        'a stale-button notice',
      ));
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = answerOrApologise(logger, `share of ${button.command}`, () =>
      publicAnswer(button.command, context(), button.page, body.user.id),
    );
    try {
      await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
    } catch (error) {
      const code = slackErrorCode(error);
      if (!code || !NOT_ALLOWED_TO_POST.has(code)) logger.error('could not share an answer', error);
      await reply(
        body.response_url,
        {
          response_type: 'ephemeral',
          replace_original: false,
          ...buildNoticeMessage(code && NOT_ALLOWED_TO_POST.has(code) ? CANNOT_POST : SHARE_FAILED),
        },
        'a share notice',
      );
      return;
    }
    // Shared: whatever becomes of the private copy, the share is not reported as failed (nor posted again).
    await reply(body.response_url, { delete_original: true }, 'the removal of a shared answer');
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${PAGE_ACTION}_(next|prev)$`), async ({ ack, body, action }) => {
    await ack();
    const button = readButton(action.value);
    const message =
      'blocks' in button
        ? button
        : answerOrApologise(logger, `page ${button.page} of ${button.command}`, () =>
            privateAnswer(button.command, context(), button.page),
          );
    await reply(
      body.response_url,
      { response_type: 'ephemeral', replace_original: true, ...message },
      'a page of results',
    );
  });

  app.event('app_mention', async ({ event, body, say }) => {
    if (event.bot_id || !firstTime(seen, body.event_id)) return;
    const thread = event.thread_ts ?? event.ts;
    await say({
      ...converse(stripMentions(event.text), `${event.channel}:${thread}`),
      thread_ts: thread,
      unfurl_links: false,
    });
  });

  app.message(async ({ message, body, say }) => {
    if (
      message.channel_type !== 'im' ||
      message.subtype !== undefined ||
      message.bot_id ||
      !('text' in message) ||
      !message.text
    )
      return;
    if (!firstTime(seen, (body as { event_id?: string }).event_id)) return;
    const thread = 'thread_ts' in message && message.thread_ts ? message.thread_ts : undefined;
    await say({
      ...converse(stripMentions(message.text), `${message.channel}:${thread ?? 'dm'}`),
      ...(thread ? { thread_ts: thread } : {}),
      unfurl_links: false,
    });
  });

  app.error(async (error) => {
    logger.error('Slack listener failed', error);
  });
}

/**
 * Build the Bolt app from config (a factory: never a module-level singleton). Socket Mode with an app token,
 * HTTP with a signing secret (commands, events and interactions all at `/slack/events`). The app counts each
 * request's listener work in `inflight` until its answer is sent, for a shutdown that loses no answer.
 */
export function buildSlackApp(deps: SlackAppDeps): SlackApp {
  const { config } = deps;
  // The Web API client waits out a 429's Retry-After itself, and tries 5xx answers and timeouts again (retryConfig).
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: deps.retryConfig ?? DEFAULT_WEB_API_RETRY,
    timeout: (deps.retry ?? DEFAULT_RETRY_POLICY).timeoutMs,
  };
  const common = { token: config.botToken, clientOptions, logLevel: LogLevel.WARN, ignoreSelf: true };
  const app =
    config.mode === 'socket'
      ? new App({ ...common, appToken: config.appToken, socketMode: true })
      : new App({
          ...common,
          signingSecret: config.signingSecret,
          ...(deps.health ? { customRoutes: [healthRoute(deps.health)] } : {}),
        });
  const inflight = createInflight();
  // Global middleware runs before the listeners and its next() settles when they have: each request's whole answer.
  app.use(async ({ next }) => {
    await inflight.track(next());
  });
  registerListeners(app, deps);
  return Object.assign(app, { inflight });
}
