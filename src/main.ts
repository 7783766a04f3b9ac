import type { Readable, Writable } from 'node:stream';
import { CorpusFolderError } from './corpus/load-corpus.js';
import { createLoader, loadLive, saveLive, type LiveCorpus, type Loader } from './live/load.js';
import { updateLive, type Changes } from './live/update.js';
import { createProgress } from './console/progress.js';
import type { AskContext } from './ask/types.js';
import { isSlackConfig, type Config } from './config.js';
import type { Logger } from './logger.js';
import { runConsole } from './console/repl.js';
import { ANSI_BOLD, STAR_BOLD } from './render/text.js';
import { buildSlackApp, slackDigestDeps, type Health } from './slack/app.js';
import { NotReadyError } from './slack/handlers.js';
import { openSqliteStore } from './store/sqlite.js';
import type { Store } from './store/types.js';
import { recordArticlesSeen, runDueDigests, startScheduler } from './digest/schedule.js';
import { watchCorpus } from './corpus/watch.js';

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
export async function loadOrReport(loader: Loader): Promise<LiveCorpus | undefined> {
  try {
    return await loadLive(loader);
  } catch (error) {
    if (error instanceof CorpusFolderError) {
      loader.logger.error(error.message);
      return undefined;
    }
    throw error;
  }
}

/** The loader of the configured corpus: a progress bar on a terminal, progress logs otherwise. */
export function loaderFor(config: Config, io: StdIO, logger: Logger, clock: () => Date = () => new Date()): Loader {
  const progress = createProgress({ stream: io.stderr, log: (message) => logger.info(message), now: () => Date.now() });
  return createLoader({
    dir: config.corpusDir,
    logger,
    clock,
    snapshotPath: config.snapshotPath,
    progress: (stage, done, total) => progress.update(stage, done, total),
  });
}

/** One log line for an update of the corpus. */
function describeChanges(changes: Changes, live: LiveCorpus): string {
  const size = `${live.context.index.articles.size} briefings, ${live.context.meetings.meetings.length} meetings`;
  if (changes.reloaded) return `read the corpus again: ${size}`;
  const files = [
    ...changes.added.map((a) => `+${a.file}`),
    ...changes.removed.map((id) => `-${id}`),
    ...changes.warnings.map((w) => `!${w.file}`),
  ];
  return `updated the corpus (${files.slice(0, 5).join(' ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''}): ${size}`;
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
    const live = await loadOrReport(loader);
    if (!live) return 2;
    const interactive = io.stdin.isTTY === true;
    await runConsole(
      { input: io.stdin, output: io.stdout, interactive, bold: io.stdout.isTTY ? ANSI_BOLD : STAR_BOLD },
      () => live.context,
    );
    return 0;
  }
  const store = openStoreOrReport(config.dbPath, logger);
  const clock = (): Date => new Date();
  let live: LiveCorpus | undefined;
  const context = (): AskContext => {
    if (!live) throw new NotReadyError();
    return live.context;
  };
  const current = (): AskContext | undefined => live?.context;
  const health = (): Health => ({
    ready: live !== undefined,
    briefings: current()?.index.articles.size ?? 0,
    meetings: current()?.meetings.meetings.length ?? 0,
    skippedFiles: current()?.warnings.length ?? 0,
  });
  const deps = { config, context, logger, store, clock, health };
  const app = buildSlackApp(deps);
  if (config.mode === 'http') {
    await app.start(config.port);
    logger.info(
      `running in HTTP mode on port ${config.port}: Slack sends commands, events and interactions to /slack/events; GET /healthz tells readiness`,
    );
  } else {
    await app.start();
    logger.info('running in Socket Mode');
  }
  live = await loadOrReport(loader);
  if (!live) {
    await app.stop();
    store.close();
    return 2;
  }
  recordArticlesSeen(store, live.context, clock().toISOString());
  logger.info(
    `ready: ${live.context.index.articles.size} briefings, ${live.context.meetings.meetings.length} meetings`,
  );
  let unsaved = false;
  let updates = Promise.resolve();
  /** Bring the corpus up to date with its folder, one update after another. */
  const follow = (names?: ReadonlySet<string>): Promise<void> => {
    const next = updates.then(async () => {
      const update = await updateLive(live!, loader, names);
      if (!update) return;
      live = update.live;
      unsaved = !update.changes.reloaded;
      recordArticlesSeen(store, live.context, clock().toISOString(), update.changes.added);
      logger.info(describeChanges(update.changes, live));
    });
    updates = next.catch(() => {});
    return next;
  };
  const stopWatching = watchCorpus(config.corpusDir, follow, logger);
  // Briefings added or changed while the corpus was loading (minutes, for a large one) are read now.
  await follow().catch((error: unknown) => logger.error(`could not read the changes in ${config.corpusDir}`, error));
  const scheduler = startScheduler(
    () => runDueDigests(slackDigestDeps(app, deps)),
    { setInterval, clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
    logger,
  );
  const signal = await untilSignal();
  logger.info(`${signal}: stopping`);
  scheduler.stop();
  stopWatching();
  await updates;
  if (unsaved && live) await saveLive(live, loader);
  // Stop taking requests, let the answers under way reach Slack (bounded: 10 s), then close the database.
  await app.stop();
  if (!(await app.inflight.drain()))
    logger.warn(`${app.inflight.size()} answer(s) still under way after the grace period; stopping anyway`);
  await scheduler.idle();
  store.close();
  logger.info('stopped: answers sent, database closed');
  return 0;
}
