import type { Readable, Writable } from 'node:stream';
import { buildLexicon } from './reference/lexicon.js';
import { loadCorpus, CorpusFolderError } from './corpus/load-corpus.js';
import { buildSearchIndexAsync, loadSearchIndex } from './index/search-index.js';
import { readSnapshot, saveSnapshot, SNAPSHOT_VERSION } from './index/snapshot.js';
import { corpusFingerprint } from './corpus/fingerprint.js';
import { buildMeetingIndex } from './index/meeting-index.js';
import { buildExtractContext, extractMeetingsAsync } from './extract/extract.js';
import type { AskContext } from './ask/answer.js';
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
export async function buildContext(corpusDir: string, logger: Logger, clock: () => Date = () => new Date(), snapshotPath?: string): Promise<AskContext> {
  const lexicon = buildLexicon();
  const extractContext = buildExtractContext(lexicon);
  const fingerprint = snapshotPath ? await corpusFingerprint(corpusDir).catch(() => undefined) : undefined;
  if (snapshotPath && fingerprint) {
    const { snapshot, problem } = readSnapshot(snapshotPath, fingerprint);
    if (problem) logger.warn(problem);
    if (snapshot) {
      for (const w of snapshot.warnings) logger.warn(`skipped ${w.file}: ${w.reason}`);
      const index = loadSearchIndex(snapshot.articles, lexicon, snapshot.search);
      return { index, meetings: buildMeetingIndex(snapshot.meetings, lexicon, extractContext.places), warnings: snapshot.warnings, clock };
    }
  }
  const corpus = await loadCorpus(corpusDir);
  for (const w of corpus.warnings) logger.warn(`skipped ${w.file}: ${w.reason}`);
  const index = await buildSearchIndexAsync(corpus, lexicon);
  const meetings = await extractMeetingsAsync(corpus, lexicon, extractContext);
  if (snapshotPath && fingerprint) {
    try {
      saveSnapshot(snapshotPath, { version: SNAPSHOT_VERSION, fingerprint, articles: corpus.articles, warnings: corpus.warnings, meetings, search: index.snapshot() });
    } catch (error) {
      logger.warn(`could not save the snapshot at ${snapshotPath}: ${(error as Error).message}`);
    }
  }
  return { index, meetings: buildMeetingIndex(meetings, lexicon, extractContext.places), warnings: corpus.warnings, clock };
}

/** Load the corpus, reporting a missing or wrong folder as a message rather than a stack trace. */
export async function loadContextOrReport(corpusDir: string, logger: Logger, snapshotPath?: string): Promise<AskContext | undefined> {
  try {
    return await buildContext(corpusDir, logger, undefined, snapshotPath);
  } catch (error) {
    if (error instanceof CorpusFolderError) {
      logger.error(error.message);
      return undefined;
    }
    throw error;
  }
}

/** Open the database, reporting a read-only, locked or unopenable one as a message rather than a stack trace. */
export function openStoreOrReport(path: string, logger: Logger): Store | undefined {
  try {
    return openSqliteStore(path);
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    return undefined;
  }
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
  if (forceConsole || !isSlackConfig(config)) {
    const context = await loadContextOrReport(config.corpusDir, logger, config.snapshotPath);
    if (!context) return 2;
    const interactive = io.stdin.isTTY === true;
    await runConsole({ input: io.stdin, output: io.stdout, interactive, bold: io.stdout.isTTY ? ANSI_BOLD : STAR_BOLD }, () => context);
    return 0;
  }
  const store = openStoreOrReport(config.dbPath, logger);
  if (!store) return 2;
  const clock = (): Date => new Date();
  let current: AskContext | undefined;
  const context = (): AskContext => {
    if (!current) throw new NotReadyError();
    return current;
  };
  const health = (): Health => ({ ready: current !== undefined, briefings: current?.index.articles.size ?? 0, meetings: current?.meetings.meetings.length ?? 0, skippedFiles: current?.warnings.length ?? 0 });
  const deps = { config, context, logger, store, clock, health };
  const app = buildSlackApp(deps);
  if (config.mode === 'http') {
    await app.start(config.port);
    logger.info(`running in HTTP mode on port ${config.port}: Slack sends commands, events and interactions to /slack/events; GET /healthz tells readiness`);
  } else {
    await app.start();
    logger.info('running in Socket Mode');
  }
  current = await loadContextOrReport(config.corpusDir, logger, config.snapshotPath);
  if (!current) {
    await app.stop();
    store.close();
    return 2;
  }
  recordArticlesSeen(store, current, clock().toISOString());
  logger.info(`ready: ${current.index.articles.size} briefings, ${current.meetings.meetings.length} meetings`);
  const stopWatching = watchCorpus(config.corpusDir, async () => {
    const next = await loadContextOrReport(config.corpusDir, logger, config.snapshotPath);
    if (!next) return;
    recordArticlesSeen(store, next, clock().toISOString());
    current = next;
    logger.info(`reloaded ${config.corpusDir}: ${next.index.articles.size} briefings, ${next.meetings.meetings.length} meetings`);
  }, logger);
  const scheduler = startScheduler(() => runDueDigests(slackDigestDeps(app, deps)), { setInterval, clearInterval: (h) => clearInterval(h as NodeJS.Timeout) }, logger);
  const signal = await untilSignal();
  logger.info(`${signal}: stopping`);
  scheduler.stop();
  stopWatching();
  await scheduler.idle();
  await app.stop();
  store.close();
  return 0;
}
