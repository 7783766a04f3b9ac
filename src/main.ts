import type { Readable, Writable } from 'node:stream';
import type { AskContext } from './ask/types.js';
import { isSlackConfig, type Config, type SlackConfig } from './config.js';
import { createProgress } from './console/progress.js';
import { runConsole } from './console/repl.js';
import { recordArticlesSeen, runDueDigests, startScheduler } from './digest/schedule.js';
import { createLiveCorpus } from './live/live-corpus.js';
import { createLoader, loadLive, type Loader } from './live/load.js';
import type { Logger } from './logger.js';
import { ANSI_BOLD, STAR_BOLD } from './render/text.js';
import { buildSlackApp, type Health, type SlackApp, type SlackAppDeps } from './slack/app.js';
import { checkSlackTokens, type CheckDeps } from './slack/auth.js';
import { slackDigestDeps } from './slack/digest.js';
import { openSqliteStore } from './store/sqlite.js';
import type { Store } from './store/types.js';

/** Standard streams as the composition root uses them. */
export interface StdIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
}

/**
 * Load the corpus folder, build the search index and extract the meetings; each file that could not be loaded is
 * logged. With a snapshot path, an unchanged folder (same names, sizes, times) is loaded from the snapshot, and a
 * changed one is read again and the snapshot rewritten; a corrupt or old snapshot is ignored with a warning.
 */
export async function buildContext(
  corpusDir: string,
  logger: Logger,
  clock: () => Date = () => new Date(),
  snapshotPath?: string,
): Promise<AskContext> {
  return (await loadLive(createLoader({ dir: corpusDir, logger, clock, ...(snapshotPath ? { snapshotPath } : {}) })))
    .context;
}

/** Load the corpus, reporting a missing or wrong folder as a message rather than a stack trace. */
export async function loadOrReport(loader: Loader): Promise<AskContext | undefined> {
  const live = createLiveCorpus(loader);
  return (await live.load()) ? live.context() : undefined;
}

/** The loader of the configured corpus: a progress bar on a terminal, progress logs otherwise. */
export function loaderFor(config: Config, io: StdIO, logger: Logger, clock: () => Date = () => new Date()): Loader {
  const progress = createProgress({ stream: io.stderr, log: (message) => logger.info(message), now: () => Date.now() });
  return createLoader({
    dir: config.corpusDir,
    logger,
    clock,
    snapshotPath: config.snapshotPath,
    ...(config.corpusSetting ? { dirSetting: config.corpusSetting } : {}),
    progress: (stage, done, total) => progress.update(stage, done, total),
  });
}

/**
 * Open the database. One that is read-only, locked or unopenable does not stop briefbot: the error logged says what
 * is wrong, which setting and what to do, and the store returned stands in (the file read-only, or an empty one in
 * memory), refusing digest changes with that explanation while searches and questions are answered as ever.
 * Best-effort writes the database refuses later (first-seen instants) are logged as warnings.
 */
export function openStoreOrReport(path: string, logger: Logger, options: { busyTimeoutMs?: number } = {}): Store {
  return openSqliteStore(path, {
    ...options,
    warn: (m) => logger.warn(m),
    onUnavailable: (notice) => logger.error(notice),
  });
}

/** Resolve on the first SIGINT or SIGTERM. */
const untilSignal = (): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => resolve(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

/**
 * The composition root: load the corpus, build the index, then run the console (no tokens) or the Slack app
 * (Socket Mode or HTTP). Returns the exit code.
 */
export async function start(config: Config, io: StdIO, logger: Logger, forceConsole = false): Promise<number> {
  const loader = loaderFor(config, io, logger);
  if (forceConsole || !isSlackConfig(config)) {
    const context = await loadOrReport(loader);
    if (!context) return 2;
    const interactive = io.stdin.isTTY === true;
    const bold = io.stdout.isTTY ? ANSI_BOLD : STAR_BOLD;
    const store = openStoreOrReport(config.dbPath, logger);
    const timezone = config.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
    const digest = { store, context: () => context, clock: () => new Date(), logger, timezone };
    try {
      await runConsole({ input: io.stdin, output: io.stdout, interactive, bold }, { context: () => context, digest });
    } finally {
      store.close();
    }
    return 0;
  }
  const store = openStoreOrReport(config.dbPath, logger);
  const clock = (): Date => new Date();
  const live = createLiveCorpus(loader, {
    changed: (context, added) => recordArticlesSeen(store, context, clock().toISOString(), added),
  });
  const deps = {
    config,
    context: () => live.context(),
    logger,
    store,
    clock,
    health: () => healthOf(live.current()),
    // Briefings added, dated or removed from Slack are read at once, through the same updates as the folder's watch.
    corpus: { dir: config.corpusDir, follow: (names: ReadonlySet<string>) => live.follow(names) },
  };
  const app = await connectSlack(deps, { sleep: timerSleep });
  if (!app) {
    store.close();
    return 2;
  }
  if (!(await live.load())) {
    await app.stop();
    store.close();
    return 2;
  }
  const ready = live.context();
  logger.info(`ready: ${ready.index.articles.size} briefings, ${ready.meetings.meetings.length} meetings`);
  live.watch();
  // Briefings added or changed while the corpus was loading (minutes, for a large one) are read now.
  await live
    .follow()
    .catch((error: unknown) => logger.error(`could not read the changes in ${config.corpusDir}`, error));
  const timers = { setInterval, clearInterval: (h: unknown) => clearInterval(h as NodeJS.Timeout) };
  const scheduler = startScheduler(() => runDueDigests(slackDigestDeps(app, deps)), timers, logger);
  const signal = await untilSignal();
  logger.info(`${signal}: stopping`);
  scheduler.stop();
  await live.stop();
  // Stop taking requests, let the answers under way reach Slack (bounded: 10 s), then close the database.
  await app.stop();
  if (!(await app.inflight.drain()))
    logger.warn(`${app.inflight.size()} answer(s) still under way after the grace period; stopping anyway`);
  await scheduler.idle();
  store.close();
  logger.info('stopped: answers sent, database closed');
  return 0;
}

/** What `GET /healthz` reports: ready once the first load is done, with the corpus figures. */
const healthOf = (context: AskContext | undefined): Health => ({
  ready: context !== undefined,
  briefings: context?.index.articles.size ?? 0,
  meetings: context?.meetings.meetings.length ?? 0,
  skippedFiles: context?.warnings.filter((w) => !w.loaded).length ?? 0,
});

/** A wait on a timer. */
const timerSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Connect to Slack: check the tokens first (`slack/auth.ts`: waiting, with back-off, while Slack cannot be reached),
 * then build the app and start taking requests, saying in which mode. A token Slack refuses is logged in one line that
 * names the setting and what to do, and nothing is started: undefined, for an exit with code 2.
 */
export async function connectSlack(
  deps: SlackAppDeps & { config: SlackConfig },
  check: Pick<CheckDeps, 'sleep' | 'backoff'>,
): Promise<SlackApp | undefined> {
  const { config, logger } = deps;
  const identity = await checkSlackTokens(config, { ...check, logger, timeoutMs: deps.retry?.timeoutMs ?? 10_000 });
  if (!identity.ok) {
    logger.error(identity.error.message);
    return undefined;
  }
  const app = buildSlackApp({ ...deps, identity: identity.value });
  await startApp(app, config, logger);
  return app;
}

/** Start taking Slack's requests, in the mode the config selects, and say which. */
async function startApp(app: SlackApp, config: SlackConfig, logger: Logger): Promise<void> {
  if (config.mode === 'http') {
    await app.start(config.port);
    logger.info(
      `running in HTTP mode on port ${config.port}: Slack sends commands, events and interactions to /slack/events; ` +
        'GET /healthz tells readiness',
    );
  } else {
    await app.start();
    logger.info('running in Socket Mode');
  }
}
