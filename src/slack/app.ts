// Named imports: a default import of this CommonJS package is `module.exports` under Node but `exports.default`
// (the App class) under interop that honours __esModule (vitest, bundlers), where `bolt.LogLevel` is undefined.
import { App, LogLevel } from '@slack/bolt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App as BoltApp, BlockAction, ButtonAction } from '@slack/bolt';
import type { AskContext } from '../ask/answer.js';
import type { SlackConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { PAGE_ACTION, SHARE_ACTION } from '../render/buttons.js';
import { buildNoticeMessage } from '../render/blocks.js';
import { handleDigestCommand, type DigestSlack } from './digest.js';
import { buildHomeView } from '../render/home.js';
import type { Store } from '../store/types.js';
import type { DigestDeps } from '../digest/schedule.js';
import { answerOrApologise, APOLOGY, CANNOT_POST, SHARE_FAILED, conversationAnswer, NOT_ALLOWED_TO_POST, privateAnswer, publicAnswer, readButton, slackErrorCode, stripMentions } from './handlers.js';
import { boundedMap, firstTime } from './memory.js';
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
  /** Waits for Slack's Retry-After; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Retry policy of the Web API client (tests use no retries). */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** What `GET /healthz` reports in HTTP mode. */
  health?: () => Health;
}

/** Readiness and corpus figures, for `GET /healthz`. */
export interface Health {
  ready: boolean;
  briefings: number;
  meetings: number;
  skippedFiles: number;
}

/** The `/healthz` route: 200 with the figures when ready, 503 while the first corpus load is under way. */
function healthRoute(health: () => Health): { path: string; method: string[]; handler: (req: IncomingMessage, res: ServerResponse) => void } {
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

/** Digest delivery through an app's Web API client: post in a channel, tell a subscriber by DM. */
export function slackDigestDeps(app: BoltApp, deps: SlackAppDeps): DigestDeps {
  return {
    store: deps.store,
    context: deps.context,
    clock: deps.clock,
    logger: deps.logger,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    post: async (channel, message) => {
      const r = await app.client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
      return r.ts ? { ts: r.ts } : {};
    },
    notify: async (user, text) => { await app.client.chat.postMessage({ channel: user, text }); },
  };
}

/** Wire the listeners: each acknowledges, asks, renders and responds; no business logic here. */
function registerListeners(app: BoltApp, deps: SlackAppDeps): void {
  const { context, logger } = deps;
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
    announce: async (channel, text) => { await app.client.chat.postMessage({ channel, text }); },
  };

  app.command(BRIEF_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    if (/^\s*digest\b/i.test(command.text)) {
      const src = { text: command.text.replace(/^\s*digest\b/i, ''), channel: command.channel_id, team: command.team_id, user: command.user_id };
      const reply = await handleDigestCommand(src, digestSlack, digests, deps.config.timezone).catch((error: unknown) => {
        logger.error('digest command failed', error);
        return buildNoticeMessage(APOLOGY);
      });
      if (reply) await respond({ response_type: 'ephemeral', ...reply });
      return;
    }
    const message = answerOrApologise(logger, `/brief ${command.text}`, () => privateAnswer(command.text, context()));
    await respond({ response_type: 'ephemeral', ...message });
  });

  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: buildHomeView(context(), deps.store.listSubscriptions(body.team_id)) });
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const button = readButton(action.value);
    if ('blocks' in button) return void (await respond({ response_type: 'ephemeral', replace_original: false, ...button }));
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = answerOrApologise(logger, `share of ${button.command}`, () => publicAnswer(button.command, context(), button.page, body.user.id));
    try {
      await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
      await respond({ delete_original: true });
    } catch (error) {
      const code = slackErrorCode(error);
      if (!code || !NOT_ALLOWED_TO_POST.has(code)) logger.error('could not share an answer', error);
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildNoticeMessage(code && NOT_ALLOWED_TO_POST.has(code) ? CANNOT_POST : SHARE_FAILED) });
    }
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${PAGE_ACTION}_(next|prev)$`), async ({ ack, action, respond }) => {
    await ack();
    const button = readButton(action.value);
    const message = 'blocks' in button ? button : answerOrApologise(logger, `page ${button.page} of ${button.command}`, () => privateAnswer(button.command, context(), button.page));
    await respond({ response_type: 'ephemeral', replace_original: true, ...message });
  });

  app.event('app_mention', async ({ event, body, say }) => {
    if (event.bot_id || !firstTime(seen, body.event_id)) return;
    const thread = event.thread_ts ?? event.ts;
    await say({ ...converse(stripMentions(event.text), `${event.channel}:${thread}`), thread_ts: thread, unfurl_links: false });
  });

  app.message(async ({ message, body, say }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !('text' in message) || !message.text) return;
    if (!firstTime(seen, (body as { event_id?: string }).event_id)) return;
    const thread = 'thread_ts' in message && message.thread_ts ? message.thread_ts : undefined;
    await say({ ...converse(stripMentions(message.text), `${message.channel}:${thread ?? 'dm'}`), ...(thread ? { thread_ts: thread } : {}), unfurl_links: false });
  });

  app.error(async (error) => {
    logger.error('Slack listener failed', error);
  });
}

/**
 * Build the Bolt app from config (a factory: never a module-level singleton). Socket Mode with an app token,
 * HTTP with a signing secret (commands, events and interactions all at `/slack/events`).
 */
export function buildSlackApp(deps: SlackAppDeps): BoltApp {
  const { config } = deps;
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...(deps.retryConfig ? { retryConfig: deps.retryConfig } : {}),
  };
  const common = { token: config.botToken, clientOptions, logLevel: LogLevel.WARN, ignoreSelf: true };
  const app = config.mode === 'socket'
    ? new App({ ...common, appToken: config.appToken, socketMode: true })
    : new App({ ...common, signingSecret: config.signingSecret, ...(deps.health ? { customRoutes: [healthRoute(deps.health)] } : {}) });
  registerListeners(app, deps);
  return app;
}
