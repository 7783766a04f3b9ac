import { randomUUID } from 'node:crypto';
// Named imports: a default import of this CommonJS package is `module.exports` under Node but `exports.default`
// (the App class) under interop that honours __esModule (vitest, bundlers), where `bolt.LogLevel` is undefined.
import { App, LogLevel, webApi } from '@slack/bolt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App as BoltApp, BlockAction, ButtonAction, MessageShortcut, ViewSubmitAction } from '@slack/bolt';
import type { AskContext } from '../ask/types.js';
import type { SlackConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { CSV_ACTION, SHARE_ACTION } from '../render/buttons.js';
import { FEEDBACK_VIEW } from '../render/feedback.js';
import type { Store } from '../store/types.js';
import { createInflight, type Inflight } from './inflight.js';
import { exportAction } from './listeners/actions/export.js';
import { pageAction, PAGE_ACTION_IDS } from './listeners/actions/page.js';
import { shareAction } from './listeners/actions/share.js';
import { voteAction, VOTE_ACTION_IDS } from './listeners/actions/vote.js';
import { briefCommand } from './listeners/commands/brief.js';
import type { ListenerDeps } from './listeners/deps.js';
import { listenerError } from './listeners/error.js';
import { appHomeOpened } from './listeners/events/app-home-opened.js';
import { appMention } from './listeners/events/app-mention.js';
import { directMessage } from './listeners/events/direct-message.js';
import { feedbackSubmitted } from './listeners/views/feedback.js';
import { addToBriefings } from './listeners/shortcuts/add-to-briefings.js';
import type { CorpusDesk } from '../live/briefing-files.js';
import { downloadSlackFile } from './download.js';
import type { SlackIdentity } from './auth.js';
import { boltLogger } from './bolt-logger.js';
import { httpReceiver } from './receiver.js';
import { poster } from './post.js';
import { DEFAULT_RETRY_POLICY, replier, webApiClientOptions, type RetryPolicy } from './send.js';

/** The slash command briefbot answers; manifest.yml declares the same. */
export const BRIEF_COMMAND = '/brief';

/**
 * The bot scopes briefbot needs, each with what it is for; manifest.yml asks for every one (its test checks).
 * `chat.postEphemeral` and `conversations.open` + `chat.postMessage` reach a user another way when a reply cannot land.
 */
export const BOT_SCOPES: Readonly<Record<string, string>> = {
  commands: '/brief',
  'chat:write': 'chat.postMessage, chat.postEphemeral',
  'chat:write.public': 'chat.postMessage in public channels briefbot is not in (shares, digests)',
  'app_mentions:read': 'app_mention events',
  'im:history': 'message.im events',
  'im:write': 'conversations.open, to DM a user a reply that could not land elsewhere',
  'channels:history': 'conversations.history and .replies: did an answer Slack was slow to take land? (public)',
  'groups:history': 'the same in private channels',
  'mpim:history': 'the same in group DMs',
  'users:read': 'users.info, for a digest subscriber’s timezone',
  'files:write': 'files.uploadV2 (files.getUploadURLExternal, files.completeUploadExternal): CSV exports to a DM',
  'files:read': 'files.info and url_private_download: files shared with briefbot, added to the briefings',
};

/** The events briefbot subscribes to; manifest.yml lists the same. */
export const BOT_EVENTS: readonly string[] = ['app_mention', 'message.im', 'message.mpim', 'app_home_opened'];

/** The callback id of the message shortcut *Add to briefings*; manifest.yml declares it. */
export const ADD_SHORTCUT = 'add_to_briefings';

/** What the Slack app needs: its config, the current answering context, a logger, the store, and how to retry. */
export interface SlackAppDeps {
  config: SlackConfig;
  context: () => AskContext;
  logger: Logger;
  /**
   * What survives a restart: digest subscriptions, digests decided, articles first seen, event ids answered (an hour),
   * what each thread asked last (a week), what a vote on an answer records (90 days) and the votes.
   */
  store: Store;
  clock: () => Date;
  /** Waits between the tries of a reply through a response_url; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * How every request to Slack is tried again, and how long one try may take: replies through a response_url, and the
   * Web API client's calls (see `slack/send.ts`); default {@link DEFAULT_RETRY_POLICY}.
   */
  retry?: RetryPolicy;
  /** What `GET /healthz` reports in HTTP mode. */
  health?: () => Health;
  /** The wall clock requests' timestamps are checked against, in ms (Bolt checks their age on the same). */
  now?: () => number;
  /**
   * Who the bot token says briefbot is, once checked (`slack/auth.ts`): given, Bolt does not call auth.test itself
   * (whose failure it would leave unhandled, a crash with a stack trace).
   */
  identity?: SlackIdentity;
  /**
   * A new id for each answer posted (its metadata's, to find it again) and each answer given 👍 and 👎; default a
   * random UUID.
   */
  newId?: () => string;
  /**
   * The corpus folder and a way to read files of it again (the live corpus's `follow`), for briefings added, dated and
   * removed from Slack; without it, those are answered "still loading".
   */
  corpus?: Pick<CorpusDesk, 'dir' | 'follow'>;
}

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

/** The global fetch, looked up at each call (so that a test's stand-in for Slack sees every request). */
const lateFetch: typeof fetch = (...args) => globalThis.fetch(...args);

/** The app's way to wait between tries: the injected one, else a timer. */
const sleepOf = (deps: SlackAppDeps): ((ms: number) => Promise<void>) =>
  deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));

/**
 * The listeners' dependencies: the app's, a replier under the retry policy, and a poster of answers over `answers` (a
 * Web API client that does not retry on its own).
 */
function listenerDeps(deps: SlackAppDeps, answers: webApi.WebClient): ListenerDeps {
  const { config, context, logger, store, clock } = deps;
  const policy = deps.retry ?? DEFAULT_RETRY_POLICY;
  const newId = deps.newId ?? randomUUID;
  const sleep = sleepOf(deps);
  const download = { fetch: lateFetch, token: config.botToken, policy, sleep, slackApiUrl: config.slackApiUrl };
  return {
    context,
    logger,
    store,
    clock,
    editors: config.editors,
    newId,
    ...(config.timezone ? { timezone: config.timezone } : {}),
    reply: replier({ fetch: lateFetch, sleep, policy, logger }),
    post: poster({ client: answers, policy, sleep, logger, clock, newId }),
    channels: config.channels,
    briefings: {
      ...(deps.corpus ? { desk: { ...deps.corpus, context } } : {}),
      editors: config.editors,
      download: (url, maxBytes, html) => downloadSlackFile(download, url, maxBytes, html),
      logger,
      store,
      clock,
    },
  };
}

/** Register the listeners, each in its own file under `listeners/`: this only says which answers what. */
function registerListeners(app: BoltApp, deps: ListenerDeps): void {
  app.command(BRIEF_COMMAND, briefCommand(deps));
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, shareAction(deps));
  app.action<BlockAction<ButtonAction>>(PAGE_ACTION_IDS, pageAction(deps));
  app.action<BlockAction<ButtonAction>>(VOTE_ACTION_IDS, voteAction(deps));
  app.action<BlockAction<ButtonAction>>(CSV_ACTION, exportAction(deps));
  app.view<ViewSubmitAction>(FEEDBACK_VIEW, feedbackSubmitted(deps));
  app.event('app_mention', appMention(deps));
  app.message(directMessage(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: ADD_SHORTCUT }, addToBriefings(deps));
  app.error(listenerError(deps));
}

/**
 * Build the Bolt app from config (a factory: never a module-level singleton). Socket Mode with an app token,
 * HTTP with a signing secret (commands, events and interactions all at `/slack/events`). The app counts each
 * request's listener work in `inflight` until its answer is sent, for a shutdown that loses no answer.
 */
export function buildSlackApp(deps: SlackAppDeps): SlackApp {
  const { config } = deps;
  // The Web API client is the one layer that retries Web API calls, under the app's policy (see send.ts).
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...webApiClientOptions(deps.retry ?? DEFAULT_RETRY_POLICY, lateFetch, sleepOf(deps)),
  };
  const logger = boltLogger(deps.logger, LogLevel.WARN);
  const identity = deps.identity ? { botId: deps.identity.botId, botUserId: deps.identity.botUserId } : {};
  const common = {
    token: config.botToken,
    ...identity,
    clientOptions,
    logger,
    logLevel: LogLevel.WARN,
    ignoreSelf: true,
  };
  const app =
    config.mode === 'socket'
      ? new App({ ...common, appToken: config.appToken, socketMode: true })
      : new App({
          ...common,
          receiver: httpReceiver(
            {
              signingSecret: config.signingSecret ?? '',
              logger,
              ...(deps.health ? { customRoutes: [healthRoute(deps.health)] } : {}),
            },
            deps.now ?? Date.now,
          ),
        });
  const inflight = createInflight();
  // Global middleware runs before the listeners and its next() settles when they have: each request's whole answer.
  app.use(async ({ next }) => {
    await inflight.track(next());
  });
  // Answers are posted by a client of their own that does not retry: post.ts retries them without posting twice, and
  // logs what went wrong, so the client's own warnings (a try that failed) are left out.
  const answers = new webApi.WebClient(config.botToken, {
    ...clientOptions,
    retryConfig: { retries: 0 },
    logger: boltLogger(deps.logger, LogLevel.ERROR),
  });
  registerListeners(app, listenerDeps(deps, answers));
  return Object.assign(app, { inflight });
}
